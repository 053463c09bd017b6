import Glibc

/// Appending whole lines to a file that several processes write, one writer at a time.
///
/// The participants file and the mail log are written both by the server and by
/// the command line. Each write takes a short exclusive `flock` on a lock file
/// beside the data file, sets aside bytes a crashed writer left after the last
/// newline (``TornTail``), appends the new lines and makes them durable with the
/// folder entry. Readers never lock: they apply only complete lines.
enum LockedAppend {
    /// Runs `body` while holding an exclusive `flock` on `lockPath` (created if missing).
    static func withExclusiveLock<Result>(
        on lockPath: String, _ body: () throws(StoreError) -> Result
    ) throws(StoreError) -> Result {
        let lockFile: POSIXFile
        do {
            lockFile = try POSIXFile(path: lockPath, flags: O_RDWR | O_CREAT | O_CLOEXEC)
        } catch {
            throw .file(error)
        }
        while flock(lockFile.descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .file(FileError(.lock, path: lockFile.path, code: errno)) }
        }
        // Closing the descriptor (when lockFile is released) drops the lock.
        defer { withExtendedLifetime(lockFile) {} }
        return try body()
    }

    /// Appends `bytes` to `path` in `folder` and makes them and the folder entry durable; call it under the lock.
    ///
    /// - Parameters:
    ///   - complete: the length of the file up to its last newline, as the caller read it under the lock.
    ///   - torn: the number of bytes after that newline; when nonzero they are set aside and cut off first.
    static func append(
        _ bytes: [UInt8], to path: String, in folder: String, complete: Int, torn: Int, time: Timestamp
    ) throws(FileError) {
        let file = try POSIXFile.openForAppending(path)
        if torn > 0 {
            let tail = try POSIXFile(path: path, flags: O_RDONLY | O_CLOEXEC).readToEnd(from: complete)
            _ = try TornTail.setAside(tail, of: path, time: time)
            try file.truncate(to: complete)
        }
        try file.append(bytes)
        try file.synchronize()
        try FileSystem.synchronizeDirectory(folder)
    }
}
