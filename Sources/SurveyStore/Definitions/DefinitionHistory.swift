import Glibc
import StrictJSON

/// The kept versions of one definition: `.history/<id>/<UTC time>-<short hash>.json` holds the
/// bytes of each, and `versions.jsonl` lists them oldest first, one JSON object a line with
/// `version`, `file`, `savedAt` and `author`.
///
/// The list is append-only, so a crash can at worst tear its last line, which is then skipped.
struct DefinitionHistory {
    static let folderName = ".history"
    static let listName = "versions.jsonl"

    /// `.history/<id>`.
    let path: String
    /// Every version listed, oldest first.
    private(set) var versions: [DefinitionFileVersion]

    init(folder: String, id: String) throws(DefinitionFileError) {
        path = folder + "/" + Self.folderName + "/" + id
        let list: [UInt8]
        do {
            list = try POSIXFile.openForReading(path + "/" + Self.listName).readToEnd(from: 0)
        } catch  where error.code == ENOENT {
            list = []
        } catch {
            throw .file(error)
        }
        versions = list.split(separator: UInt8(ascii: "\n")).compactMap { Self.version(fromLine: Array($0)) }
    }

    /// The most recently listed version.
    var latest: DefinitionFileVersion? { versions.last }

    /// The file holding the bytes of `version`.
    func path(of version: DefinitionFileVersion) -> String {
        path + "/" + version.fileName
    }

    /// Writes `bytes` into the history (durably) without listing them yet.
    func store(_ bytes: [UInt8], at time: Timestamp) throws(DefinitionFileError) -> DefinitionFileVersion {
        let version = DefinitionVersion.of(bytes)
        let compactTime = time.description.filter { $0 != "-" && $0 != ":" }
        let kept = DefinitionFileVersion(
            version: version, savedAt: time, author: nil, fileName: "\(compactTime)-\(version.prefix(12)).json")
        do {
            try PrivateFiles.createFolder(path)
            // The name holds the time and the hash, so a file already there holds these very bytes.
            if access(path(of: kept), F_OK) != 0 {
                try PrivateFiles.writeNew(bytes, to: path(of: kept))
                try FileSystem.synchronizeDirectory(path)
            }
        } catch {
            throw .file(error)
        }
        return kept
    }

    /// Lists a stored version as saved by `author` (nil: found on disk, written outside the designer).
    mutating func record(_ stored: DefinitionFileVersion, author: String?) throws(DefinitionFileError) {
        let entry = DefinitionFileVersion(
            version: stored.version, savedAt: stored.savedAt, author: author, fileName: stored.fileName)
        let line: JSON = [
            "version": .string(entry.version), "file": .string(entry.fileName),
            "savedAt": .string(entry.savedAt.description), "author": author.map(JSON.string) ?? .null,
        ]
        do {
            let file = try POSIXFile.openForAppending(path + "/" + Self.listName)
            try file.append(Array((line.serialized() + "\n").utf8))
            try file.synchronize()
            // The first line creates the list; its name in the folder must survive a power cut too.
            if versions.isEmpty { try FileSystem.synchronizeDirectory(path) }
        } catch {
            throw .file(error)
        }
        versions.append(entry)
    }

    /// Stores and lists `bytes` in one step.
    mutating func keep(_ bytes: [UInt8], author: String?, at time: Timestamp) throws(DefinitionFileError) {
        try record(store(bytes, at: time), author: author)
    }

    /// One line of the list; nil for a line torn by a crash or otherwise unreadable.
    private static func version(fromLine line: [UInt8]) -> DefinitionFileVersion? {
        guard let root = try? JSONDocument(parsing: line).root,
            let version = root["version"]?.string, let file = root["file"]?.string,
            let savedAt = root["savedAt"]?.string.flatMap(Timestamp.init(iso:)),
            !file.contains("/")
        else { return nil }
        return DefinitionFileVersion(version: version, savedAt: savedAt, author: root["author"]?.string, fileName: file)
    }
}
