/// Held by the process that sends a round of a survey's mail, so that the command line and the server
/// (or two office staff) never send rounds of the same survey at once.
///
/// Like the response log's lock, the kernel drops it when the process ends, so a crashed round never
/// leaves it behind.
public final class MailRoundLock: Sendable {
    private let lock: DirectoryLock

    /// Takes the lock of the survey in `folder` without waiting.
    ///
    /// - Throws: ``StoreError/inUse(directory:processID:)`` while another round runs, or ``StoreError/file(_:)``.
    public init(folder: SurveyFolder) throws(StoreError) {
        do {
            try PrivateFiles.createFolder(folder.path)
        } catch {
            throw .file(error)
        }
        lock = try DirectoryLock(path: folder.mailRoundLock, displayName: folder.path)
    }

    /// Gives the lock up now rather than when the value is released.
    public func release() { lock.release() }
}
