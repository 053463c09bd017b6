import Glibc

/// The audit log read from its end, one page at a time, for the office's audit page.
///
/// The log only grows, and people look at its newest lines. Reading it
/// backwards in chunks and stopping once a page is full keeps the cost of a
/// page to what it shows (and what a filter skips), however long the log is.
extension AuditLog {
    /// One page of entries, newest first.
    public struct Page: Sendable, Equatable {
        public let entries: [AuditEntry]
        /// Where the next older page starts reading (a byte offset), or nil when there is nothing older.
        public let older: Int?
    }

    /// Up to `limit` entries that match `filter`, newest first, from the lines that end before byte `before`
    /// (the whole log when nil); unreadable lines are skipped.
    ///
    /// The log is in time order, so reading stops at the first line older than the filter's start.
    public func page(_ filter: AuditFilter, before: Int? = nil, limit: Int = 100, chunkSize: Int = 64 * 1024)
        throws(FileError) -> Page
    {
        let file: POSIXFile
        do {
            file = try POSIXFile.openForReading(path)
        } catch {
            if error.code == ENOENT { return Page(entries: [], older: nil) }
            throw error
        }
        let size = try file.size()
        var end = min(max(before ?? size, 0), size)
        var found: [AuditEntry] = []
        // The beginning of a line that started before the chunk last read.
        var carry: [UInt8] = []
        while end > 0 {
            let start = max(0, end - max(chunkSize, 1))
            let buffer = try file.read(count: end - start, at: start) + carry
            var cursor = buffer.count
            while cursor > 0 {
                let newline = buffer[..<cursor].lastIndex(of: UInt8(ascii: "\n"))
                if newline == nil, start > 0 { break }
                let lineStart = newline.map { $0 + 1 } ?? 0
                if let entry = AuditEntry(line: buffer[lineStart..<cursor]) {
                    if let since = filter.since, entry.time < since { return Page(entries: found, older: nil) }
                    if filter.matches(entry) {
                        found.append(entry)
                        if found.count == limit {
                            let offset = start + lineStart
                            return Page(entries: found, older: offset > 0 ? offset : nil)
                        }
                    }
                }
                cursor = newline ?? 0
            }
            carry = Array(buffer[..<cursor])
            end = start
        }
        return Page(entries: found, older: nil)
    }
}
