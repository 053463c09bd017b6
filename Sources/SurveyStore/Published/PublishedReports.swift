import Glibc
import StrictJSON

/// The published reports of one survey: `<survey folder>/published/<id>/`, frozen once written.
///
/// Each report's folder holds `report.html` (the self-contained committee
/// file), `evaluation.json` (the same numbers as data) and `meta.json` (see
/// ``PublishedReport``); share links and their revocations are appended to
/// `share-links.jsonl` and `revoked-links.jsonl` beside them. A report is
/// written into a hidden folder and renamed into place, so readers see all of
/// it or nothing, also after a crash; only `meta.json` changes later, replaced
/// in one step when the report is withdrawn.
public struct PublishedReports: Sendable {
    public static let folderName = "published"
    public static let reportFile = "report.html"
    public static let evaluationFile = "evaluation.json"
    static let metaFile = "meta.json"
    static let linksFile = "share-links.jsonl"
    static let revokedFile = "revoked-links.jsonl"

    /// The `published` folder of the survey.
    public let folder: String

    /// The published reports of the survey whose responses are in `surveyFolder` (`responses/<survey>`).
    public init(surveyFolder: String) {
        folder = surveyFolder + "/" + Self.folderName
    }

    /// Whether `id` can name a report: hex digits only, so it never leaves the folder.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private func path(_ id: String, _ file: String) -> String { folder + "/" + id + "/" + file }

    /// Stores a new report with its two files, durably and all at once.
    public func publish(_ report: PublishedReport, html: [UInt8], evaluation: [UInt8]) throws(FileError) {
        precondition(Self.isValidID(report.id), "report ids are hex digits")
        try PrivateFiles.createFolder(folder)
        let partial = folder + "/." + report.id + ".partial"
        try PrivateFiles.createFolder(partial)
        try PrivateFiles.writeNew(html, to: partial + "/" + Self.reportFile)
        try PrivateFiles.writeNew(evaluation, to: partial + "/" + Self.evaluationFile)
        try PrivateFiles.writeNew(Array(report.json.serialized().utf8), to: partial + "/" + Self.metaFile)
        try FileSystem.synchronizeDirectory(partial)
        try FileSystem.rename(partial, to: folder + "/" + report.id)
        try FileSystem.synchronizeDirectory(folder)
    }

    /// Every report of the survey, newest first; folders that cannot be read are left out.
    public func all() -> [PublishedReport] {
        guard let directory = opendir(folder) else { return [] }
        var ids: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if Self.isValidID(name) { ids.append(name) }
        }
        closedir(directory)
        return ids.compactMap(report).sorted { $0.published > $1.published }
    }

    /// The report `id`, or nil when there is none or its `meta.json` cannot be read.
    public func report(_ id: String) -> PublishedReport? {
        guard Self.isValidID(id), let bytes = try? read(path(id, Self.metaFile)),
            let document = try? JSONDocument(parsing: bytes)
        else { return nil }
        return PublishedReport(document.root)
    }

    /// The bytes of one of the report's frozen files (``reportFile``, ``evaluationFile``).
    public func file(_ name: String, of id: String) throws(FileError) -> [UInt8] {
        precondition(Self.isValidID(id), "report ids are hex digits")
        return try read(path(id, name))
    }

    /// Marks the report withdrawn; returns it as now stored, or nil when there is no such report.
    ///
    /// Withdrawing a withdrawn report changes nothing.
    public func withdraw(_ id: String, by accountID: String, now: Timestamp) throws(FileError) -> PublishedReport? {
        guard var report = report(id) else { return nil }
        guard report.state == .published else { return report }
        report.state = .withdrawn
        report.withdrawn = now
        report.withdrawnBy = accountID
        try PrivateFiles.write(Array(report.json.serialized().utf8), to: path(id, Self.metaFile))
        try FileSystem.synchronizeDirectory(folder + "/" + id)
        return report
    }

    /// Records a new share link of the report.
    public func addShareLink(_ link: ShareLinkRecord, to id: String) throws(FileError) {
        precondition(Self.isValidID(id), "report ids are hex digits")
        try appendLine(link.line, to: path(id, Self.linksFile))
    }

    /// The report's share links, oldest first.
    public func shareLinks(of id: String) -> [ShareLinkRecord] {
        guard Self.isValidID(id), let bytes = try? read(path(id, Self.linksFile)) else { return [] }
        return bytes.split(separator: UInt8(ascii: "\n")).compactMap(ShareLinkRecord.init(line:))
    }

    /// Adds the link to the report's revocation list; it stops working at once.
    public func revokeShareLink(_ link: String, of id: String, by accountID: String, now: Timestamp) throws(FileError) {
        precondition(Self.isValidID(id), "report ids are hex digits")
        let line = JSON.object([
            JSONField(key: "link", value: .string(link)),
            JSONField(key: "revoked", value: .string(now.description)),
            JSONField(key: "by", value: .string(accountID)),
        ]).serialized()
        try appendLine(line, to: path(id, Self.revokedFile))
    }

    /// The ids of the report's revoked links.
    ///
    /// A list that cannot be read counts every link as revoked: a link must not open a report by accident.
    public func revokedLinks(of id: String) -> Set<String>? {
        guard Self.isValidID(id) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try read(path(id, Self.revokedFile))
        } catch {
            return error.code == ENOENT ? [] : nil
        }
        return Set(
            bytes.split(separator: UInt8(ascii: "\n")).compactMap { line in
                (try? JSONDocument(parsing: Array(line)))?.root["link"]?.string
            })
    }

    private func appendLine(_ line: String, to path: String) throws(FileError) {
        let file = try POSIXFile.openForAppending(path)
        try file.append(Array((line + "\n").utf8))
        try file.synchronize()
    }

    private func read(_ path: String) throws(FileError) -> [UInt8] {
        try POSIXFile.openForReading(path).readToEnd(from: 0)
    }
}
