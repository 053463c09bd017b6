import Glibc

/// Whole-file helpers for the store's small files and directories; ``PrivateFiles`` creates them.
enum FileSystem {
    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
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
