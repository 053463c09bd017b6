import Glibc
import Synchronization

/// The office's audit log, `<responses>/.audit.jsonl`: one JSON line per office action, fsynced.
///
/// Appends are serialised by a lock in this process and by `O_APPEND`
/// between processes (the server and `survey users …`), so lines never
/// interleave. A line that cannot be written is reported to the caller; the
/// action itself has already happened, so callers pass the failure on to the
/// operator rather than undoing the action.
public final class AuditLog: Sendable {
    /// The log's file name inside the responses folder.
    public static let fileName = ".audit.jsonl"

    public let path: String
    private let lock = Mutex(())

    public init(folder: String) {
        path = folder + "/" + Self.fileName
    }

    /// Appends `entry` and makes it durable.
    public func append(_ entry: AuditEntry) throws(FileError) {
        try lock.withLock { _ throws(FileError) in
            let file = try POSIXFile.openForAppending(path)
            try file.append(Array((entry.line + "\n").utf8))
            try file.synchronize()
        }
    }

    /// The entries, oldest first, that match every filter given; unreadable lines are skipped.
    ///
    /// - Parameter actor: an address or account id; matches what that person did and what was done to them.
    public func entries(actor: String? = nil, action: AuditAction? = nil, since: Timestamp? = nil) throws(FileError)
        -> [AuditEntry]
    {
        let bytes: [UInt8]
        do {
            bytes = try POSIXFile.openForReading(path).readToEnd(from: 0)
        } catch {
            if error.code == ENOENT { return [] }
            throw error
        }
        let filter = AuditFilter(actor: actor, action: action, since: since)
        return bytes.split(separator: UInt8(ascii: "\n")).compactMap(AuditEntry.init(line:)).filter(filter.matches)
    }
}
