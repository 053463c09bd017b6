import Glibc

/// `survey restore`: puts a backup's files back, after checking the whole backup first.
///
/// Nothing is written until every file the manifest lists is present with its size and SHA-256
/// and no other file is in the backup. The targets must be empty (or missing) unless replacing is
/// asked for; then each survey's lock is taken first, so a restore never writes under a running
/// server. Each file is written beside its target and renamed into place.
public enum StoreRestore {
    /// Restores the backup in `backup` into `surveysFolder` and `responsesFolder`.
    ///
    /// - Parameter replacing: write over the files the backup holds in non-empty targets; files
    ///   the backup does not hold are left as they are.
    /// - Returns: the manifest of what was restored.
    public static func restore(
        from backup: String, surveysFolder: String, responsesFolder: String, replacing: Bool
    ) throws(BackupError) -> BackupManifest {
        let manifest = try checkedManifest(of: backup)
        let targets = ["surveys": surveysFolder, "responses": responsesFolder]
        for root in BackupManifest.roots {
            let target = targets[root] ?? root
            let empty: Bool
            do {
                empty = try StoreBackup.isEmptyOrMissing(target)
            } catch {
                throw .file(error)
            }
            guard empty || replacing else { throw .targetNotEmpty(path: target) }
        }
        let locks = try lockSurveys(of: manifest, responsesFolder: responsesFolder)
        defer { withExtendedLifetime(locks) {} }
        var folders: Set<String> = []
        for entry in manifest.files {
            let (root, relative) = split(entry.path)
            let target = (targets[root] ?? root) + "/" + relative
            let folder = String(target[..<(target.lastIndex(of: "/") ?? target.endIndex)])
            do {
                if folders.insert(folder).inserted { try PrivateFiles.createFolder(folder) }
            } catch {
                throw .file(error)
            }
            try restoreFile(entry, from: backup + "/" + entry.path, to: target)
        }
        do {
            for folder in folders { try FileSystem.synchronizeDirectory(folder) }
        } catch {
            throw .file(error)
        }
        // A replaced log may no longer be the one a columns file there was built from; the server builds it again.
        for folder in restoredSurveyFolders(of: manifest, responsesFolder: responsesFolder) {
            unlink(folder.columns)
        }
        return manifest
    }

    /// Writes one file beside its target, checks it against the manifest once more, and renames it into place.
    private static func restoreFile(_ entry: BackupManifest.Entry, from source: String, to target: String)
        throws(BackupError)
    {
        let temporary = target + ".new-" + String(UInt64.random(in: .min ... .max), radix: 36)
        let written: (size: Int, sha256: String)
        do {
            written = try FileCopy.copy(source, to: temporary, completeLinesOnly: false)
        } catch {
            unlink(temporary)
            throw .file(error)
        }
        guard written.size == entry.size && written.sha256 == entry.sha256 else {
            unlink(temporary)
            throw .changedDuringRestore(path: source)
        }
        do {
            try FileSystem.rename(temporary, to: target)
        } catch {
            unlink(temporary)
            throw .file(error)
        }
    }

    /// Reads the manifest and checks every file of the backup against it.
    public static func checkedManifest(of backup: String) throws(BackupError) -> BackupManifest {
        let path = backup + "/" + BackupManifest.fileName
        let bytes: [UInt8]
        do {
            bytes = try POSIXFile.openForReading(path).readToEnd(from: 0)
        } catch {
            throw .badManifest(path: path, reason: "it cannot be read: \(String(cString: strerror(error.code)))")
        }
        let manifest = try BackupManifest(parsing: bytes, path: path)
        var listed: Set<String> = []
        for entry in manifest.files {
            let file = backup + "/" + entry.path
            guard listed.insert(entry.path).inserted else {
                throw .badManifest(path: path, reason: "\(entry.path) is listed twice")
            }
            let digest: (size: Int, sha256: String)
            do {
                digest = try FileCopy.digest(of: file)
            } catch {
                throw .fileMismatch(path: file, reason: "it cannot be read")
            }
            guard digest.size == entry.size else {
                throw .fileMismatch(path: file, reason: "\(digest.size) bytes, the manifest says \(entry.size)")
            }
            guard digest.sha256 == entry.sha256 else {
                throw .fileMismatch(path: file, reason: "its SHA-256 differs from the manifest's")
            }
        }
        for root in BackupManifest.roots {
            let files: [String]
            do {
                files = try FileCopy.tree(backup + "/" + root, applyingRules: false)
            } catch {
                throw .file(error)
            }
            if let unlisted = files.first(where: { !listed.contains(root + "/" + $0) }) {
                throw .unlistedFile(path: backup + "/" + root + "/" + unlisted)
            }
        }
        return manifest
    }

    /// Takes the lock of every survey folder the backup holds a log for.
    private static func lockSurveys(of manifest: BackupManifest, responsesFolder: String) throws(BackupError)
        -> [DirectoryLock]
    {
        var locks: [DirectoryLock] = []
        for folder in restoredSurveyFolders(of: manifest, responsesFolder: responsesFolder) {
            let directory = folder.path
            do {
                try PrivateFiles.createFolder(directory)
            } catch {
                throw .file(error)
            }
            do {
                locks.append(try DirectoryLock(path: SurveyFolder(directory).lock, displayName: directory))
            } catch {
                throw .store(error)
            }
        }
        return locks
    }

    /// The survey folders (and test-data folders) the backup holds a response log for, in the target.
    private static func restoredSurveyFolders(of manifest: BackupManifest, responsesFolder: String) -> [SurveyFolder] {
        manifest.files.compactMap { entry in
            let (root, relative) = split(entry.path)
            guard root == "responses", relative.hasSuffix("/" + SurveyFolder.logFileName) else { return nil }
            return SurveyFolder(responsesFolder + "/" + relative.dropLast(SurveyFolder.logFileName.count + 1))
        }
    }

    /// `responses/a/log.jsonl` → (`responses`, `a/log.jsonl`).
    private static func split(_ path: String) -> (root: String, relative: String) {
        let slash = path.firstIndex(of: "/") ?? path.endIndex
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}
