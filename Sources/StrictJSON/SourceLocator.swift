/// Turns byte offsets into line and column positions.
///
/// Parsing keeps only byte offsets, which cost nothing; the line table is
/// built once, on the first question, since only diagnostics need it.
public struct SourceLocator: Sendable {
    private let bytes: [UInt8]
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// The line and column of the character that starts at `offset`.
    ///
    /// Offsets past the end map to the position just after the last character.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        let lineIndex = lineIndex(containing: offset)
        var column = 1
        var index = lineStarts[lineIndex]
        while index < offset {
            // Continuation bytes (10xxxxxx) belong to the scalar before them.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        if lineIndex == 0 && column > 1 && startsWithByteOrderMark { column -= 1 }
        return SourceLocation(line: lineIndex + 1, column: column)
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

    private var startsWithByteOrderMark: Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
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
