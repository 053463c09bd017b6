import Glibc
import StrictJSON
import SurveyModel
import Synchronization

/// A survey's send log: `responses/<survey-id>/mail.jsonl` (docs/response-log.md).
///
/// Append-only like the participants file: a `sending` line is made durable
/// before a message goes out and a `sent` or `failed` line after, so a crash
/// between the two leaves an uncertain message that is never resent by itself.
/// Writers take a short exclusive `flock` on `mail.lock` (the server and the
/// command line may both send); a torn last line is set aside; readers pick up
/// new lines whenever the file has grown.
public final class MailLog: Sendable {
    /// Path of the log file.
    public let path: String
    private let folder: SurveyFolder
    private let clock: @Sendable () -> Timestamp
    private let state = Mutex(State())

    private struct State {
        var entries: [MailLogEntry] = []
        /// Offset just after the last complete line applied.
        var readOffset = 0
    }

    /// Opens the log in `folder`; reading a missing log finds no lines, and the first append creates folder and file.
    ///
    /// - Throws: ``StoreError/damagedLine(file:line:reason:)`` or ``StoreError/file(_:)``.
    public init(folder: SurveyFolder, clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() })
        throws(StoreError)
    {
        self.folder = folder
        self.clock = clock
        path = folder.mailLog
        _ = try refresh()
    }

    /// Every complete line, oldest first.
    public func entries() throws(StoreError) -> [MailLogEntry] {
        _ = try refresh()
        return state.withLock { $0.entries }
    }

    /// Appends `entry` durably (fsync of the file and its folder entry) before returning.
    public func append(_ entry: MailLogEntry) throws(StoreError) {
        var bytes: [UInt8] = []
        entry.writeLine(to: &bytes)
        do {
            try PrivateFiles.createFolder(folder.path)
        } catch {
            throw .file(error)
        }
        try LockedAppend.withExclusiveLock(on: folder.mailLock) { () throws(StoreError) in
            let torn = try refresh()
            let complete = state.withLock { $0.readOffset }
            do throws(FileError) {
                try LockedAppend.append(
                    bytes, to: path, in: folder.path, complete: complete, torn: torn,
                    time: clock())
            } catch {
                throw .file(error)
            }
            _ = try refresh()
        }
    }

    /// Applies the complete lines added since the last read; returns the length of an unterminated tail.
    private func refresh() throws(StoreError) -> Int {
        let offset = state.withLock { $0.readOffset }
        let new: NewLines
        do {
            new = try NewLines(of: path, from: offset)
        } catch {
            throw .file(error)
        }
        try state.withLock { (state) throws(StoreError) in
            // Another thread may have applied the same lines meanwhile.
            guard state.readOffset == offset else { return }
            var added: [MailLogEntry] = []
            try new.forEachRecord(of: path, firstLine: state.entries.count + 1) { record in
                added.append(try MailLogEntry(decoding: record))
            }
            state.entries += added
            state.readOffset = new.end
        }
        return new.tornLength
    }
}
