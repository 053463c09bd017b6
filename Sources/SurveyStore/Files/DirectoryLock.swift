import Glibc

/// An exclusive `flock` on a survey's lock file: one writing process per survey.
///
/// The holder writes its process id into the file so that a second process
/// can say who has it. The lock ends when the value is released or the
/// process dies, whichever comes first; the kernel drops it on exit, so a
/// crashed server never leaves a stale lock.
final class DirectoryLock: Sendable {
    private let file: POSIXFile

    /// Takes the lock at `path` without waiting.
    ///
    /// - Throws: ``StoreError/inUse(directory:processID:)`` if another open
    ///   file description holds it, or ``StoreError/file(_:)``.
    init(path: String, displayName: String) throws(StoreError) {
        do {
            file = try POSIXFile(path: path, flags: O_RDWR | O_CREAT | O_CLOEXEC)
        } catch {
            throw .file(error)
        }
        if flock(file.descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK else { throw .file(FileError(.lock, path: path, code: code)) }
            let holder = (try? file.read(upTo: 32)).flatMap { Int32(String(decoding: $0, as: UTF8.self)) }
            throw .inUse(directory: displayName, processID: holder)
        }
        let pid = Array("\(getpid())".utf8)
        do {
            try file.truncate(to: 0)
            // The descriptor is not in append mode, so after truncation this writes at offset 0.
            try file.append(pid)
        } catch {
            throw .file(error)
        }
    }

    /// Gives the lock up now rather than when the value is released; calling it again does nothing.
    func release() {
        flock(file.descriptor, LOCK_UN)
    }
}
