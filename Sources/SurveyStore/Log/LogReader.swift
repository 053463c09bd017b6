/// Streams a log file line by line in large chunks, without loading it whole.
///
/// Each line comes as an owned array, for the store's own record decoding;
/// readers that decode the bytes in place use ``LogLines``, which this wraps.
public struct LogReader {
    /// One complete line (its `\n` removed).
    public struct Line {
        /// 1-based line number.
        public let number: Int
        /// Byte offset of the line's first byte in the file.
        public let offset: Int
        /// The line's bytes, without the newline.
        public let bytes: [UInt8]
    }

    /// The bytes after the last newline: a torn write if not empty.
    public struct Tail: Sendable, Hashable {
        /// 1-based line number the tail would have had.
        public let lineNumber: Int
        /// Byte offset where it starts, which is also the length of the complete part.
        public let offset: Int
        /// The bytes themselves.
        public let bytes: [UInt8]
    }

    private let path: String
    private let chunkSize: Int

    /// Prepares to read `path`; a missing file reads as empty.
    public init(path: String, chunkSize: Int = 4 << 20) {
        self.path = path
        self.chunkSize = chunkSize
    }

    /// Calls `body` for every complete line in order, then returns the unterminated tail.
    ///
    /// - Throws: ``FileError`` if the file exists but cannot be read.
    public func forEachLine(_ body: (Line) -> Void) throws(FileError) -> Tail {
        let lines = try LogLines(path: path)
        var tail = Tail(lineNumber: 1, offset: lines.length, bytes: [])
        try lines.forEachLine(in: 0..<lines.length, chunkSize: chunkSize) { line in
            guard line.isComplete else {
                tail = Tail(lineNumber: line.number, offset: line.offset, bytes: Array(line.bytes))
                return
            }
            body(Line(number: line.number, offset: line.offset, bytes: Array(line.bytes)))
            tail = Tail(lineNumber: line.number + 1, offset: line.offset + line.bytes.count + 1, bytes: [])
        }
        return tail
    }
}
