import Foundation
import StrictJSON
import SurveyStore
import Testing

/// `survey backup` and `survey restore`: what is copied, how far, and what a restore refuses.
struct BackupTests {
    /// A store as a running server leaves it: an open log with a write in progress, locks, a cache, keys.
    final class Installation {
        let root = TemporaryDirectory()
        var surveys: String { root.file("surveys") }
        var responses: String { root.file("responses") }
        let log: ResponseLog
        let committedLog: [UInt8]

        init() throws {
            try FileManager.default.createDirectory(
                atPath: root.file("surveys/.history/s1"), withIntermediateDirectories: true)
            root.write("surveys/s1.json", Array(#"{"id":"s1"}"#.utf8))
            root.write("surveys/.history/s1/versions.jsonl", Array("{\"version\":\"a\"}\n{\"vers".utf8))
            log = try ResponseLog(directory: root.file("responses/s1"))
            _ = try log.write(Requests.submit("r1", key: "k1"))
            _ = try log.write(Requests.submit("r2"))
            committedLog = root.bytes("responses/s1/log.jsonl")
            let inProgress = FileHandle(forWritingAtPath: root.file("responses/s1/log.jsonl"))
            inProgress?.seekToEndOfFile()
            inProgress?.write(Data(#"{"kind":"submit","seq":3,"resp"#.utf8))
            try inProgress?.close()
            root.write("responses/s1/participants.jsonl", Array("{\"kind\":\"participant\"}\n".utf8))
            root.write("responses/s1/columns.bin", [1, 2, 3])
            root.write("responses/s1/participants.lock", [])
            root.write("responses/.server-key", Array((String(repeating: "ab", count: 32) + "\n").utf8))
            root.write("responses/.audit.jsonl", Array("{\"action\":\"sign-in\"}\n".utf8))
        }

        func backup(to name: String = "backup") throws -> StoreBackup.Summary {
            try StoreBackup.make(surveysFolder: surveys, responsesFolder: responses, destination: root.file(name))
        }
    }

    @Test func backupWhileTheLogIsOpenCopiesCompleteRecordsOnly() throws {
        let installation = try Installation()
        let summary = try installation.backup()
        let root = installation.root
        #expect(root.bytes("backup/responses/s1/log.jsonl") == installation.committedLog)
        #expect(root.bytes("backup/surveys/.history/s1/versions.jsonl") == Array("{\"version\":\"a\"}\n".utf8))
        #expect(summary.records == ["responses/s1/log.jsonl": 2])
        let paths = summary.manifest.files.map(\.path)
        #expect(
            paths == [
                "responses/.audit.jsonl", "responses/.server-key", "responses/s1/log.jsonl",
                "responses/s1/participants.jsonl", "surveys/s1.json", "surveys/.history/s1/versions.jsonl",
            ])
        for entry in summary.manifest.files {
            #expect(root.bytes("backup/" + entry.path).count == entry.size)
            #expect(fileMode(root.file("backup/" + entry.path)) == 0o600)
        }
        #expect(!FileManager.default.fileExists(atPath: root.file("backup/responses/s1/lock")))
        #expect(!FileManager.default.fileExists(atPath: root.file("backup/responses/s1/columns.bin")))
        let manifest = try BackupManifest(parsing: root.bytes("backup/manifest.json"), path: "manifest.json")
        #expect(manifest == summary.manifest)
    }

    @Test func restoreIntoFreshFoldersGivesTheSameBytes() throws {
        let installation = try Installation()
        let summary = try installation.backup()
        let root = installation.root
        let restored = try StoreRestore.restore(
            from: root.file("backup"), surveysFolder: root.file("new/surveys"),
            responsesFolder: root.file("new/responses"),
            replacing: false)
        #expect(restored == summary.manifest)
        for entry in summary.manifest.files {
            #expect(root.bytes("new/" + entry.path) == root.bytes("backup/" + entry.path), "\(entry.path)")
        }
        let reopened = try ResponseLog(directory: root.file("new/responses/s1"))
        #expect(reopened.recordCount == 2)
        #expect(reopened.recovery == nil)
    }

    @Test func damagedBackupIsRefusedBeforeAnythingIsWritten() throws {
        let installation = try Installation()
        _ = try installation.backup()
        let root = installation.root
        var log = root.bytes("backup/responses/s1/log.jsonl")
        log[10] ^= 1
        root.write("backup/responses/s1/log.jsonl", log)
        #expect {
            try StoreRestore.restore(
                from: root.file("backup"), surveysFolder: root.file("new/surveys"),
                responsesFolder: root.file("new/responses"), replacing: false)
        } throws: { error in
            guard case BackupError.fileMismatch(let path, _) = error else { return false }
            return path.hasSuffix("backup/responses/s1/log.jsonl")
        }
        #expect(!FileManager.default.fileExists(atPath: root.file("new")))
    }

    @Test func fileNotInTheManifestIsRefused() throws {
        let installation = try Installation()
        _ = try installation.backup()
        installation.root.write("backup/responses/s1/extra.jsonl", Array("{}\n".utf8))
        #expect(throws: BackupError.unlistedFile(path: installation.root.file("backup/responses/s1/extra.jsonl"))) {
            try StoreRestore.checkedManifest(of: installation.root.file("backup"))
        }
    }

    @Test func restoreRefusesFilledTargetsUnlessReplacingAndThenWaitsForTheServer() throws {
        let installation = try Installation()
        _ = try installation.backup()
        let root = installation.root
        #expect(throws: BackupError.targetNotEmpty(path: installation.surveys)) {
            try StoreRestore.restore(
                from: root.file("backup"), surveysFolder: installation.surveys,
                responsesFolder: installation.responses, replacing: false)
        }
        #expect {
            try StoreRestore.restore(
                from: root.file("backup"), surveysFolder: installation.surveys,
                responsesFolder: installation.responses, replacing: true)
        } throws: { error in
            guard case BackupError.store(.inUse) = error else { return false }
            return true
        }
        installation.log.close()
        _ = try StoreRestore.restore(
            from: root.file("backup"), surveysFolder: installation.surveys, responsesFolder: installation.responses,
            replacing: true)
        #expect(root.bytes("responses/s1/log.jsonl") == installation.committedLog)
    }

    @Test func backupNeedsANewOrEmptyFolder() throws {
        let installation = try Installation()
        installation.root.write("full", [])
        #expect(throws: BackupError.destinationNotEmpty(path: installation.root.path)) {
            try StoreBackup.make(
                surveysFolder: installation.surveys, responsesFolder: installation.responses,
                destination: installation.root.path)
        }
    }

    @Test func damagedRecordInTheMiddleFailsTheBackup() throws {
        let installation = try Installation()
        installation.log.close()
        installation.root.write("responses/s1/log.jsonl", Array("garbage\n".utf8) + installation.committedLog)
        #expect {
            try installation.backup()
        } throws: { error in
            guard case BackupError.damagedCopy(_, let line, _) = error else { return false }
            return line == 1
        }
        #expect(!FileManager.default.fileExists(atPath: installation.root.file("backup/manifest.json")))
    }

    @Test(arguments: ["../etc/passwd", "/etc/passwd", "surveys/../../x", "other/file", "surveys"])
    func manifestPathsMustStayInsideTheBackup(path: String) {
        let text =
            #"{"format":1,"created":"2026-12-05T08:00:00.000Z","files":[{"path":"\#(path)","size":0,"sha256":""#
            + String(repeating: "0", count: 64) + "\"}]}"
        #expect {
            try BackupManifest(parsing: Array(text.utf8), path: "manifest.json")
        } throws: { error in
            guard case BackupError.badManifest = error else { return false }
            return true
        }
    }
}
