import Glibc

extension PrivateFiles {
    /// Replaces the file at `path` with `bytes` so that after a crash it holds either the old
    /// bytes or the new ones, and after return the new ones survive a power cut.
    ///
    /// The bytes go to a private temporary file in the same folder (so the rename stays on one file
    /// system), which is synchronised, renamed over `path`, and then the folder is synchronised so
    /// the rename itself is durable. A crash before the rename leaves a stray `*.new-…` file, which
    /// no scan of `*.json` files picks up.
    ///
    /// - Parameter beforeRename: runs between writing the temporary file and the rename; tests throw
    ///   from it to stand for a crash at that moment.
    public static func replaceDurably(
        _ bytes: [UInt8], at path: String, beforeRename: () throws(FileError) -> Void = {}
    ) throws(FileError) {
        let temporary = path + ".new-" + String(UInt64.random(in: .min ... .max), radix: 36)
        try writeNew(bytes, to: temporary)
        do {
            try beforeRename()
            try FileSystem.rename(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
        try FileSystem.synchronizeDirectory(folder(of: path))
    }

    /// The folder holding `path`: everything before its last `/`, or `.`.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
