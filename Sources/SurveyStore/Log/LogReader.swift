import Glibc

/// Streams a log file line by line in large chunks, without loading it whole.
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
        guard FileSystem.exists(path) else { return Tail(lineNumber: 1, offset: 0, bytes: []) }
        let file = try POSIXFile(path: path, flags: O_RDONLY | O_CLOEXEC)
        var buffer: [UInt8] = []
        var bufferOffset = 0 // file offset of buffer[0]
        var lineNumber = 1
        while true {
            let chunk = try file.read(upTo: chunkSize)
            if chunk.isEmpty { break }
            buffer.append(contentsOf: chunk)
            var start = 0
            buffer.withUnsafeBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                while start < bytes.count,
                    let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                {
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    body(Line(number: lineNumber, offset: bufferOffset + start, bytes: Array(bytes[start..<end])))
                    lineNumber += 1
                    start = end + 1
                }
            }
            buffer.removeFirst(start)
            bufferOffset += start
        }
        return Tail(lineNumber: lineNumber, offset: bufferOffset, bytes: buffer)
    }
}
