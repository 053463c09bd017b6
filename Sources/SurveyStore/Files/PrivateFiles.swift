import Glibc

/// Files and folders that only their owner can read or enter.
///
/// Everything this product writes holds something worth protecting: answers,
/// access tokens, the server's signing key, the office password's hash, reports
/// of unpublished results. The mode is given to `open` and `mkdir` themselves,
/// so there is no moment in which another user of the machine could open the
/// file (`FileManager.createFile(attributes:)` changes the mode only after writing).
public enum PrivateFiles {
    /// Read and write for the owner only.
    public static let fileMode: mode_t = 0o600
    /// Read, write and enter for the owner only.
    public static let folderMode: mode_t = 0o700

    /// Creates `path` and its missing parents, each new one with ``folderMode``.
    ///
    /// Folders that already exist keep their mode: they belong to someone who chose it.
    public static func createFolder(_ path: String) throws(FileError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, folderMode) != 0, errno != EEXIST {
                throw FileError(.mkdir, path: prefix, code: errno)
            }
            prefix += "/"
        }
    }

    /// Writes `bytes` to a new file at `path` and makes it durable.
    ///
    /// - Throws: ``FileError`` with `EEXIST` if anything, even a dangling symbolic link, is at `path`.
    public static func writeNew(_ bytes: [UInt8], to path: String) throws(FileError) {
        let file = try POSIXFile(path: path, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode: fileMode)
        try file.append(bytes)
        try file.synchronize()
    }

    /// Writes `bytes` to `path`, replacing any file there in one step.
    ///
    /// The bytes go to a new private file beside it, which is then renamed over
    /// `path`: readers see the old file or the new one, the result has
    /// ``fileMode`` even if the old file was readable by others, and a symbolic
    /// link at `path` is replaced rather than followed.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        let temporary = path + ".new-" + String(UInt64.random(in: .min ... .max), radix: 36)
        try writeNew(bytes, to: temporary)
        guard rename(temporary, path) == 0 else {
            let error = FileError(.rename, path: path, code: errno)
            unlink(temporary)
            throw error
        }
    }
}
