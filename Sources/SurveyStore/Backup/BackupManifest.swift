import StrictJSON
import SurveyModel

/// `manifest.json` of a backup: every file it holds, with size and SHA-256, so a restore can tell a
/// complete, unchanged backup from a damaged one before it writes anything.
///
/// Paths are relative to the backup folder and start with `surveys/` or `responses/`, the two
/// folders a backup copies.
public struct BackupManifest: Sendable, Hashable {
    /// One copied file.
    public struct Entry: Sendable, Hashable {
        /// `surveys/…` or `responses/…`, with `/` between components.
        public let path: String
        /// Bytes in the copy.
        public let size: Int
        /// SHA-256 of the copy's bytes, 64 lower-case hex digits.
        public let sha256: String
    }

    /// The file name in the backup folder.
    public static let fileName = "manifest.json"
    /// The format this version writes and reads.
    public static let format = 1
    /// The two folders a backup holds, named as in the backup folder.
    public static let roots = ["surveys", "responses"]

    /// When the backup started, UTC.
    public let created: Timestamp
    /// Every file, in the order copied.
    public let files: [Entry]

    /// The manifest as written: one file per line, so that `diff` and `grep` read it.
    public var bytes: [UInt8] {
        var text = "{\"format\":\(Self.format),\"created\":\"\(created)\",\"files\":[\n"
        for (position, entry) in files.enumerated() {
            let fields: [JSONField] = [
                JSONField(key: "path", value: .string(entry.path)),
                JSONField(key: "size", value: .number(Double(entry.size))),
                JSONField(key: "sha256", value: .string(entry.sha256)),
            ]
            text += JSON.object(fields).serialized() + (position + 1 < files.count ? ",\n" : "\n")
        }
        return Array((text + "]}\n").utf8)
    }

    /// Reads a manifest written by ``bytes``; `path` names the file in errors.
    public init(parsing bytes: [UInt8], path: String) throws(BackupError) {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes)
        } catch {
            throw .badManifest(path: path, reason: error.message)
        }
        let root = document.root
        guard root["format"]?.int == Self.format else {
            throw .badManifest(path: path, reason: "format must be \(Self.format)")
        }
        guard let created = root["created"]?.string.flatMap(Timestamp.init(iso:)) else {
            throw .badManifest(path: path, reason: "created is not a UTC time")
        }
        guard let elements = root["files"]?.elements else {
            throw .badManifest(path: path, reason: "files is not a list")
        }
        var files: [Entry] = []
        for (index, element) in elements.enumerated() {
            guard let name = element["path"]?.string, Self.isSafe(name), let size = element["size"]?.int, size >= 0,
                let sha256 = element["sha256"]?.string, sha256.utf8.count == 64
            else {
                throw .badManifest(
                    path: path,
                    reason: "file \(index + 1) needs a path below surveys/ or responses/, "
                        + "a size and a SHA-256")
            }
            files.append(Entry(path: name, size: size, sha256: sha256))
        }
        self.init(created: created, files: files)
    }

    init(created: Timestamp, files: [Entry]) {
        self.created = created
        self.files = files
    }

    /// Whether `path` stays inside one of the two roots: no `..`, `.`, empty or absolute components.
    static func isSafe(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return components.count >= 2 && roots.contains(String(components[0]))
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
