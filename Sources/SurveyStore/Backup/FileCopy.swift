import CryptoPrimitives
import Glibc

/// Streams one file into a new private file while hashing what it writes, and lists folders:
/// the file work of backup and restore, in one place.
enum FileCopy {
    /// Bytes read at a time; a large log is never held in memory whole.
    static let chunkSize = 1 << 20

    /// Copies `source` to the new file `destination` (mode 0600, which must not exist yet) and makes it durable.
    ///
    /// The source's length is taken once, when it is opened: bytes appended later are not copied.
    /// With `completeLinesOnly`, bytes after the last newline are left out.
    /// - Returns: the bytes written and their SHA-256 in hex.
    static func copy(_ source: String, to destination: String, completeLinesOnly: Bool) throws(FileError) -> (
        size: Int, sha256: String
    ) {
        let input = try POSIXFile.openForReading(source)
        let length = try input.size()
        let output = try POSIXFile(path: destination, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC)
        var hash = SHA256()
        var written = 0
        var pending: [UInt8] = []
        var offset = 0
        while offset < length {
            let chunk = try input.read(count: min(chunkSize, length - offset), at: offset)
            guard !chunk.isEmpty else { break } // the file shrank (a repair ran): copy what was there
            offset += chunk.count
            pending.append(contentsOf: chunk)
            let end =
                completeLinesOnly ? (pending.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0) : pending.count
            guard end > 0 else { continue }
            let ready = Array(pending[..<end])
            try output.append(ready)
            hash.update(ready)
            written += ready.count
            pending.removeFirst(end)
        }
        try output.synchronize()
        return (written, Hex.encode(hash.finalize()))
    }

    /// Size and SHA-256 of the file at `path`, read in chunks.
    static func digest(of path: String) throws(FileError) -> (size: Int, sha256: String) {
        let file = try POSIXFile.openForReading(path)
        var hash = SHA256()
        var size = 0
        while true {
            let chunk = try file.read(count: chunkSize, at: size)
            guard !chunk.isEmpty else { break }
            hash.update(chunk)
            size += chunk.count
        }
        return (size, Hex.encode(hash.finalize()))
    }

    /// A folder's entries (without `.` and `..`): regular files and folders; symbolic links and
    /// anything else are not followed.
    static func entries(of folder: String) throws(FileError) -> (files: [String], folders: [String]) {
        guard let directory = opendir(folder) else { throw FileError(.open, path: folder, code: errno) }
        defer { closedir(directory) }
        var files: [String] = []
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            var status = stat()
            guard lstat(folder + "/" + name, &status) == 0 else {
                throw FileError(.stat, path: folder + "/" + name, code: errno)
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG: files.append(name)
            case S_IFDIR: folders.append(name)
            default: continue
            }
        }
        return (files.sorted(by: BackupFileRule.copyOrder), folders.sorted())
    }

    /// Every regular file below `folder`, as paths relative to it, in copy order; none if it does not exist.
    static func tree(_ folder: String, applyingRules: Bool) throws(FileError) -> [String] {
        guard FileSystem.exists(folder) else { return [] }
        var result: [String] = []
        try walk(folder, prefix: "", applyingRules: applyingRules, into: &result)
        return result
    }

    private static func walk(_ folder: String, prefix: String, applyingRules: Bool, into result: inout [String])
        throws(FileError)
    {
        let (files, folders) = try entries(of: folder)
        for name in files where !applyingRules || BackupFileRule.rule(forName: name) != .skip {
            result.append(prefix + name)
        }
        for name in folders where !applyingRules || BackupFileRule.rule(forName: name) != .skip {
            try walk(folder + "/" + name, prefix: prefix + name + "/", applyingRules: applyingRules, into: &result)
        }
    }
}
