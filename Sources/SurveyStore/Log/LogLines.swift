import Glibc

/// A response log opened for readers that decode its lines themselves, such as
/// an evaluation's decoder specialised to one survey.
///
/// It splits the file into byte ranges that start at line beginnings, one per
/// worker, and hands out each range's lines as bytes that point into a large
/// read buffer, without copying them. The record format stays the store's
/// business (`docs/response-log.md`); only how the bytes are interpreted is
/// the reader's.
public final class LogLines: Sendable {
    /// One line of the log, valid only during the call that receives it.
    public struct Line {
        /// 1-based number of the line within its range (the whole file for a range from 0).
        public let number: Int
        /// Byte offset of the line's first byte in the file.
        public let offset: Int
        /// The line's bytes without the newline; they point into the reader's buffer.
        public let bytes: UnsafeBufferPointer<UInt8>
        /// False for bytes after the last newline of the range: a write in progress or a torn tail.
        public let isComplete: Bool
    }

    /// The file, for messages.
    public let path: String
    /// How many bytes from the start are read: the file's length when opened, or less if asked.
    public let length: Int
    private let file: POSIXFile?

    /// Opens the log at `path`; a missing file reads as empty.
    ///
    /// - Parameter limit: Read no further than this offset, e.g. ``ResponseLog/committedLength``,
    ///   so that a write in progress is not met.
    /// - Throws: ``FileError`` if the file exists but cannot be opened or measured.
    public init(path: String, upTo limit: Int? = nil) throws(FileError) {
        self.path = path
        guard FileSystem.exists(path) else {
            file = nil
            length = 0
            return
        }
        let file = try POSIXFile.openForReading(path)
        let size = try file.size()
        self.file = file
        length = limit.map { min(max($0, 0), size) } ?? size
    }

    /// Opens the log of `folder`, like ``init(path:upTo:)``.
    public convenience init(folder: SurveyFolder, upTo limit: Int? = nil) throws(FileError) {
        try self.init(path: folder.log, upTo: limit)
    }

    /// Byte ranges of about equal size that start at line beginnings and together cover ``length``.
    ///
    /// - Parameters:
    ///   - parts: How many ranges are wanted (one per worker).
    ///   - minimumPartSize: A file is split only into ranges at least this large; a small one gives one range.
    public func ranges(parts: Int, minimumPartSize: Int = 1) throws(FileError) -> [Range<Int>] {
        try ranges(of: 0..<length, parts: parts, minimumPartSize: minimumPartSize)
    }

    /// Byte ranges of about equal size that together cover `range`, each after the first starting at a line
    /// beginning; `range` itself should start at one, e.g. the offset a derived file covers up to.
    ///
    /// - Parameters:
    ///   - range: The part of the file to split, clamped to ``length``.
    ///   - parts: How many ranges are wanted (one per worker).
    ///   - minimumPartSize: The range is split only into ranges at least this large; a small one stays whole.
    public func ranges(of range: Range<Int>, parts: Int, minimumPartSize: Int = 1) throws(FileError) -> [Range<Int>] {
        let range = range.clamped(to: 0..<length)
        let count = max(1, min(parts, range.count / max(minimumPartSize, 1)))
        var starts = [range.lowerBound]
        for part in 1..<count {
            let guess = range.lowerBound + range.count * part / count
            guard let lineEnd = try nextNewline(from: max(guess - 1, starts.last ?? 0)) else { break }
            if lineEnd + 1 > (starts.last ?? 0), lineEnd + 1 < range.upperBound { starts.append(lineEnd + 1) }
        }
        return starts.indices.map { index in
            starts[index]..<(index + 1 < starts.count ? starts[index + 1] : range.upperBound)
        }
    }

    /// Up to `count` raw bytes at `offset`, fewer where ``length`` ends; for checksums of what a derived file
    /// covers.
    public func bytes(at offset: Int, count: Int) throws(FileError) -> [UInt8] {
        guard let file, offset >= 0, offset < length, count > 0 else { return [] }
        return try file.read(count: min(count, length - offset), at: offset)
    }

    /// Calls `body` with each line that starts in `range`, in order; the last one may be incomplete.
    ///
    /// - Parameter chunkSize: How much is read at once; a longer line grows the buffer.
    /// - Throws: ``FileError`` when the file cannot be read.
    public func forEachLine(
        in range: Range<Int>, chunkSize: Int = 1 << 20, _ body: (Line) -> Void
    ) throws(FileError) {
        guard let file else { return }
        let range = range.clamped(to: 0..<length)
        var capacity = max(chunkSize, 1)
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 1)
        defer { buffer.deallocate() }
        var filled = 0 // bytes in the buffer
        var bufferOffset = range.lowerBound // file offset of the buffer's first byte
        var position = range.lowerBound // next file offset to read
        var number = 1
        while position < range.upperBound {
            if filled == capacity {
                // A line longer than the buffer: make room for more of it.
                let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity * 2, alignment: 1)
                larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let wanted = min(capacity - filled, range.upperBound - position)
            let count = pread(file.descriptor, buffer.baseAddress! + filled, wanted, off_t(position))
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, path: path, code: errno)
            }
            if count == 0 { break }
            position += count
            filled += count
            let bytes = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            var start = 0
            while start < filled, let found = memchr(bytes + start, Int32(UInt8(ascii: "\n")), filled - start) {
                let end = bytes.distance(to: found.assumingMemoryBound(to: UInt8.self))
                body(
                    Line(
                        number: number, offset: bufferOffset + start,
                        bytes: UnsafeBufferPointer(start: bytes + start, count: end - start), isComplete: true))
                number += 1
                start = end + 1
            }
            // Keep the unfinished line at the front for the next read.
            if start > 0 {
                (buffer.baseAddress! + 0).copyMemory(from: buffer.baseAddress! + start, byteCount: filled - start)
                filled -= start
                bufferOffset += start
            }
        }
        if filled > 0 {
            let bytes = buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)
            body(
                Line(
                    number: number, offset: bufferOffset, bytes: UnsafeBufferPointer(start: bytes, count: filled),
                    isComplete: false))
        }
    }

    /// The bytes of the line that starts at `offset`, without its newline; nil past the end or for an
    /// unfinished line.
    public func line(at offset: Int) throws(FileError) -> [UInt8]? {
        guard let file, offset >= 0, offset < length else { return nil }
        var line: [UInt8] = []
        var position = offset
        while position < length {
            let chunk = try file.read(count: min(16 << 10, length - position), at: position)
            if chunk.isEmpty { return nil }
            if let end = chunk.firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: chunk[0..<end])
                return line
            }
            line.append(contentsOf: chunk)
            position += chunk.count
        }
        return nil
    }

    private func nextNewline(from offset: Int) throws(FileError) -> Int? {
        guard let file else { return nil }
        var position = offset
        while position < length {
            let chunk = try file.read(count: min(64 << 10, length - position), at: position)
            if chunk.isEmpty { return nil }
            if let found = chunk.firstIndex(of: UInt8(ascii: "\n")) { return position + found }
            position += chunk.count
        }
        return nil
    }
}
