import Glibc

/// Reads a log file in byte ranges that start at line beginnings, so that
/// several cores can parse one log at once without copying a line per record.
///
/// This is the raw access the evaluation's parallel parser needs; the log's
/// meaning (records, revisions) stays with the caller.
public struct LogRanges: Sendable {
    /// The log file.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The file's size in bytes, 0 when there is no file.
    public func size() throws(FileError) -> Int {
        guard FileSystem.exists(path) else { return 0 }
        return try POSIXFile.openForReading(path).size()
    }

    /// Splits `range` of the file into at most `parts` ranges of about equal size, each starting at a line start.
    public func split(_ range: Range<Int>, parts: Int) throws(FileError) -> [Range<Int>] {
        guard !range.isEmpty else { return [range] }
        let file = try POSIXFile.openForReading(path)
        var starts = [range.lowerBound]
        let parts = max(1, parts)
        for part in 1..<parts {
            let guess = range.lowerBound + range.count * part / parts
            guard let newline = try Self.nextNewline(file, from: max(guess - 1, starts[starts.count - 1])) else {
                break
            }
            if newline + 1 > starts[starts.count - 1], newline + 1 < range.upperBound { starts.append(newline + 1) }
        }
        return starts.indices.map { index in
            starts[index]..<(index + 1 < starts.count ? starts[index + 1] : range.upperBound)
        }
    }

    /// Calls `body` with each line of `range`: its offset, its bytes without the newline
    /// (valid only during the call) and whether a newline ended it (false only for the range's last bytes).
    public func forEachLine(
        in range: Range<Int>, chunkSize: Int = 1 << 20, _ body: (Int, UnsafeBufferPointer<UInt8>, Bool) -> Void
    ) throws(FileError) {
        guard !range.isEmpty else { return }
        let file = try POSIXFile.openForReading(path)
        var buffer = [UInt8](repeating: 0, count: max(chunkSize, 1))
        var filled = 0 // bytes of buffer in use, the first of them at file offset `bufferOffset`
        var bufferOffset = range.lowerBound
        while bufferOffset + filled < range.upperBound {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let wanted = min(buffer.count - filled, range.upperBound - bufferOffset - filled)
            let count = buffer.withUnsafeMutableBytes {
                pread(file.descriptor, $0.baseAddress! + filled, wanted, off_t(bufferOffset + filled))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, path: path, code: errno)
            }
            if count == 0 { break }
            filled += count
            let consumed = buffer.withUnsafeBufferPointer { bytes -> Int in
                let base = bytes.baseAddress!
                var start = 0
                while start < filled, let found = memchr(base + start, 0x0A, filled - start) {
                    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    body(bufferOffset + start, UnsafeBufferPointer(start: base + start, count: end - start), true)
                    start = end + 1
                }
                return start
            }
            if consumed > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    let base = raw.baseAddress!
                    memmove(base, base + consumed, filled - consumed)
                }
                filled -= consumed
                bufferOffset += consumed
            }
        }
        if filled > 0 {
            buffer.withUnsafeBufferPointer { body(bufferOffset, UnsafeBufferPointer(rebasing: $0[0..<filled]), false) }
        }
    }

    /// Up to `count` bytes at `offset`; fewer where the file ends.
    public func bytes(at offset: Int, count: Int) throws(FileError) -> [UInt8] {
        guard FileSystem.exists(path) else { return [] }
        return try POSIXFile.openForReading(path).read(count: count, at: offset)
    }

    private static func nextNewline(_ file: POSIXFile, from offset: Int) throws(FileError) -> Int? {
        var position = offset
        while true {
            let chunk = try file.read(count: 64 << 10, at: position)
            if chunk.isEmpty { return nil }
            if let found = chunk.firstIndex(of: 0x0A) { return position + found }
            position += chunk.count
        }
    }
}
