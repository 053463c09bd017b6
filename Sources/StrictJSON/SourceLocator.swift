/// Turns byte offsets into line and column positions.
///
/// Parsing keeps only byte offsets, which cost nothing; the tables here are
/// built once, when the first diagnostic needs a position. Besides the start
/// of every line, the locator remembers the column at every 256th byte, so a
/// lookup counts at most 256 bytes even on a minified file that is one long
/// line.
public struct SourceLocator: Sendable {
    private static let blockSize = 256
    private let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]
    /// The column, within its line, at offset `block * blockSize`.
    private let blockColumns: [Int]
    private let startsWithByteOrderMark: Bool

    public init(_ bytes: [UInt8]) {
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
                // Continuation bytes (10xxxxxx) belong to the scalar before them.
                column += 1
            }
        }
        lineStarts = starts
        blockColumns = columns
        startsWithByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    }

    /// The line and column of the character that starts at `offset`.
    ///
    /// Offsets past the end map to the position just after the last character.
    public func location(ofOffset requested: Int) -> SourceLocation {
        let offset = min(max(requested, 0), bytes.count)
        let line = lineIndex(containing: offset)
        let block = offset / Self.blockSize
        var (index, column) = (lineStarts[line], 1)
        if block * Self.blockSize > index, blockColumns.indices.contains(block) {
            (index, column) = (block * Self.blockSize, blockColumns[block])
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        // The byte-order mark is not a character anyone sees.
        let shift = line == 0 && startsWithByteOrderMark && column > 1 ? 1 : 0
        return SourceLocation(line: line + 1, column: column - shift)
    }

    /// The text of a 1-based line, without its line break (empty when out of range).
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        var start = lineStarts[line - 1]
        if line == 1 && startsWithByteOrderMark { start = 3 }
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
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
