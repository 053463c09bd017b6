import StrictJSON

/// Turns byte offsets into line and column in bounded time, even on very long lines.
///
/// `SourceLocator` counts each column from the start of its line, which makes
/// locating every question of a minified file (one line of a megabyte)
/// quadratic. This locator also remembers the column at every 256 bytes of the
/// file, so it never counts more than 256 bytes. Results equal `SourceLocator`'s.
struct OffsetLocator {
    private static let blockSize = 256
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    /// The column at offset `block * blockSize`, within its line.
    private let blockColumns: [Int]
    private let skipsByteOrderMark: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var columns: [Int] = []
        columns.reserveCapacity(bytes.count / Self.blockSize + 1)
        var column = 1
        for (index, byte) in bytes.enumerated() {
            if index % Self.blockSize == 0 { columns.append(column) }
            if byte == UInt8(ascii: "\n") {
                starts.append(index + 1)
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        lineStarts = starts
        blockColumns = columns
        skipsByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    func location(ofOffset requested: Int) -> SourceLocation {
        let offset = min(max(requested, 0), bytes.count)
        let line = lineIndex(containing: offset)
        let block = offset / Self.blockSize
        var (index, column) = (lineStarts[line], 1)
        if block * Self.blockSize > index, blockColumns.indices.contains(block) {
            (index, column) = (block * Self.blockSize, blockColumns[block])
        }
        while index < offset {
            // Continuation bytes (10xxxxxx) belong to the scalar before them.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        let shift = line == 0 && skipsByteOrderMark && column > 1 ? 1 : 0
        return SourceLocation(line: line + 1, column: column - shift)
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
