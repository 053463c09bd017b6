import Glibc

/// Whole-file helpers for the store's small files and directories.
enum FileSystem {
    /// Creates `path` and its missing parents (mode 0750).
    static func createDirectory(_ path: String) throws(FileError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o750) != 0, errno != EEXIST {
                throw FileError(.mkdir, path: prefix, code: errno)
            }
            prefix += "/"
        }
    }

    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// Writes `bytes` to a new file at `path` and makes it durable; fails if it exists.
    static func writeNew(_ path: String, _ bytes: [UInt8]) throws(FileError) {
        let file = try POSIXFile(path: path, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC)
        try file.append(bytes)
        try file.synchronize()
    }

    /// Renames atomically.
    static func rename(_ source: String, to destination: String) throws(FileError) {
        guard Glibc.rename(source, destination) == 0 else { throw FileError(.rename, path: source, code: errno) }
    }

    /// Makes the directory's entries (new files, renames) durable.
    static func synchronizeDirectory(_ path: String) throws(FileError) {
        try POSIXFile(path: path, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC).synchronize()
    }
}
