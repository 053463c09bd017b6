import Glibc

/// Why a backup or a restore stopped; each says which file and what to do.
public enum BackupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The destination of a backup exists and is not an empty folder.
    case destinationNotEmpty(path: String)
    /// A restore target holds files and replacing them was not asked for.
    case targetNotEmpty(path: String)
    /// The backup folder has no readable `manifest.json`, or it is not a manifest.
    case badManifest(path: String, reason: String)
    /// A file listed in the manifest is missing or differs from its size or SHA-256.
    case fileMismatch(path: String, reason: String)
    /// A backup file no longer matched the manifest while it was being restored (changed after the check).
    case changedDuringRestore(path: String)
    /// A file in the backup folder is not listed in the manifest.
    case unlistedFile(path: String)
    /// A response log in the copy does not pass the check of `survey responses check`.
    case damagedCopy(path: String, line: Int, reason: String)
    /// A system call failed.
    case file(FileError)
    /// A survey's responses folder is in use (restore while a server runs).
    case store(StoreError)

    public var description: String {
        switch self {
        case .destinationNotEmpty(let path):
            "\(path) exists and is not empty; give a new or empty folder for the backup"
        case .targetNotEmpty(let path):
            "\(path) is not empty; restore into an empty folder, or pass --force to replace the files the backup holds"
        case .badManifest(let path, let reason):
            "\(path): not a backup manifest (\(reason)); nothing was restored"
        case .fileMismatch(let path, let reason):
            "\(path): \(reason); the backup is damaged, nothing was restored"
        case .changedDuringRestore(let path):
            "\(path) changed while it was restored; the files before it were restored, the rest were not: "
                + "restore again with --force from an unchanged backup"
        case .unlistedFile(let path):
            "\(path) is not listed in the backup's manifest; nothing was restored"
        case .damagedCopy(let path, let line, let reason):
            "\(path):\(line): the copy holds a damaged record (\(reason)); the backup is not usable"
        case .file(let error):
            "\(error.path): \(error.operation.rawValue) failed: \(String(cString: strerror(error.code)))"
        case .store(let error):
            error.description
        }
    }
}
