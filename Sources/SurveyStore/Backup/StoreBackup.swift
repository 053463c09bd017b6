/// `survey backup`: a consistent copy of the surveys and responses folders while the server runs.
///
/// The responses folder is copied first and, in each survey's folder, the log before anything
/// else: a record only refers to participants and definition versions that existed when it was
/// written, so copying them later finds them. Append-only files are copied up to their last
/// complete line (``BackupFileRule``), which no acknowledged record lies beyond. No lock is taken:
/// the server keeps answering while the copy is made.
///
/// The copy is then read back: every file's size and SHA-256 against what was written, and every
/// response log with the checks of `survey responses check`. Only then is `manifest.json`
/// written, so a backup folder with a manifest is a verified one.
public enum StoreBackup {
    /// What a backup wrote.
    public struct Summary: Sendable, Hashable {
        /// The manifest written.
        public let manifest: BackupManifest
        /// Records in each copied response log, by its path in the backup.
        public let records: [String: Int]
        /// Bytes copied in all.
        public var bytes: Int { manifest.files.reduce(0) { $0 + $1.size } }
    }

    /// Copies `responsesFolder` and `surveysFolder` into `destination`, which must be new or empty.
    public static func make(
        surveysFolder: String, responsesFolder: String, destination: String,
        clock: () -> Timestamp = { Timestamp.now() }
    ) throws(BackupError) -> Summary {
        let created = clock()
        let usable: Bool
        do {
            usable = try isEmptyOrMissing(destination)
            if usable { try PrivateFiles.createFolder(destination) }
        } catch {
            throw .file(error)
        }
        guard usable else { throw .destinationNotEmpty(path: destination) }
        var entries: [BackupManifest.Entry] = []
        for (root, source) in [("responses", responsesFolder), ("surveys", surveysFolder)] {
            entries += try copyTree(source, to: destination, root: root)
        }
        let records = try verify(entries, in: destination)
        let manifest = BackupManifest(created: created, files: entries)
        do {
            try PrivateFiles.writeNew(manifest.bytes, to: destination + "/" + BackupManifest.fileName)
            try FileSystem.synchronizeDirectory(destination)
        } catch {
            throw .file(error)
        }
        return Summary(manifest: manifest, records: records)
    }

    /// Whether nothing is at `path`, or an empty folder.
    static func isEmptyOrMissing(_ path: String) throws(FileError) -> Bool {
        guard FileSystem.exists(path) else { return true }
        let (files, folders) = try FileCopy.entries(of: path)
        return files.isEmpty && folders.isEmpty
    }

    private static func copyTree(_ source: String, to destination: String, root: String) throws(BackupError)
        -> [BackupManifest.Entry]
    {
        var entries: [BackupManifest.Entry] = []
        do {
            var createdFolders: Set<String> = []
            for relative in try FileCopy.tree(source, applyingRules: true) {
                let path = root + "/" + relative
                let target = destination + "/" + path
                let folder = String(target[..<(target.lastIndex(of: "/") ?? target.endIndex)])
                if createdFolders.insert(folder).inserted { try PrivateFiles.createFolder(folder) }
                let name = String(relative.split(separator: "/").last ?? "")
                let copied = try FileCopy.copy(
                    source + "/" + relative, to: target,
                    completeLinesOnly: BackupFileRule.rule(forName: name) == .completeLines)
                entries.append(BackupManifest.Entry(path: path, size: copied.size, sha256: copied.sha256))
            }
            for folder in createdFolders { try FileSystem.synchronizeDirectory(folder) }
        } catch {
            throw .file(error)
        }
        return entries
    }

    /// Reads the copy back; returns the record count of each response log.
    private static func verify(_ entries: [BackupManifest.Entry], in destination: String) throws(BackupError)
        -> [String: Int]
    {
        var records: [String: Int] = [:]
        for entry in entries {
            let path = destination + "/" + entry.path
            let digest: (size: Int, sha256: String)
            do {
                digest = try FileCopy.digest(of: path)
            } catch {
                throw .file(error)
            }
            guard digest.size == entry.size && digest.sha256 == entry.sha256 else {
                throw .fileMismatch(path: path, reason: "the copy reads back differently from what was written")
            }
            guard entry.path.hasPrefix("responses/") && entry.path.hasSuffix("/" + SurveyFolder.logFileName) else {
                continue
            }
            let report: LogMaintenance.Report
            do {
                report = try LogMaintenance.inspect(log: path)
            } catch {
                throw .store(error)
            }
            if let damaged = report.damagedLines.first {
                throw .damagedCopy(path: path, line: damaged.line, reason: damaged.reason)
            }
            records[entry.path] = report.recordCount
        }
        return records
    }
}
