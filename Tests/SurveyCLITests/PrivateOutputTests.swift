import Foundation
import SurveyStore
import Testing

@testable import SurveyCLI

/// Files with tokens or answers are written for their owner only, and the demo never reuses a planted folder.
@Suite struct PrivateOutputTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-private-\(UUID().uuidString)")
        .path
    let survey = "\(repository)/surveys/digitale-bildung.json"

    /// The permission bits of `path`, as `stat` reports them.
    func mode(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue
        if mode == nil { Issue.record("\(path) does not exist", sourceLocation: sourceLocation) }
        return mode
    }

    @Test func exportReportAndInvitationsAreForTheOwnerOnly() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let responses = ["--responses", folder + "/responses"]
        #expect(Run(["generate", survey, "--count", "5"] + responses).code == .success)
        #expect(mode(folder + "/responses") == 0o700)
        #expect(mode(folder + "/responses/digitale-bildung") == 0o700)
        #expect(mode(folder + "/responses/digitale-bildung/log.jsonl") == 0o600)

        // An earlier export that others could read is replaced by a private one.
        #expect(
            FileManager.default.createFile(
                atPath: folder + "/export.csv", contents: Data("alt".utf8), attributes: [.posixPermissions: 0o644]))
        #expect(Run(["export", survey, "-o", folder + "/export.csv"] + responses).code == .success)
        #expect(mode(folder + "/export.csv") == 0o600)

        let report = Run(["report", survey, "--out", folder + "/bericht/2026"] + responses)
        #expect(report.code == .success, "\(report.error)")
        #expect(mode(folder + "/bericht") == 0o700)
        #expect(mode(folder + "/bericht/2026") == 0o700)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder + "/bericht/2026") {
            #expect(mode(folder + "/bericht/2026/" + file) == 0o600, "\(file)")
        }

        let schools = folder + "/schulen.csv"
        #expect(
            FileManager.default.createFile(
                atPath: schools, contents: Data("id;label;schulart;region\r\ns1;Grundschule;gs;nord\r\n".utf8)))
        let invited = Run(
            ["participants", "import", survey, schools, "--out", folder + "/einladungen.csv"] + responses)
        #expect(invited.code == .success, "\(invited.error)")
        #expect(mode(folder + "/einladungen.csv") == 0o600)
        #expect(mode(folder + "/responses/digitale-bildung/participants.jsonl") == 0o600)
    }

    /// Another user could create `/tmp/survey-demo-<pid>` first, with a signing key and password of their own.
    @Test func demoFolderIsNewAndNeverThePredictableOne() throws {
        let planted = NSTemporaryDirectory() + "survey-demo-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: planted, withIntermediateDirectories: true)
        #expect(
            FileManager.default.createFile(
                atPath: planted + "/.server-key", contents: Data(String(repeating: "0", count: 64).utf8)))
        defer { try? FileManager.default.removeItem(atPath: planted) }

        let first = try DemoFolder.create()
        let second = try DemoFolder.create()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        #expect(first != planted && second != planted && first != second)
        #expect(try FileManager.default.contentsOfDirectory(atPath: first).isEmpty)
        #expect(mode(first) == 0o700)
    }

    @Test func demoFolderFailsWithTheReason() {
        #expect(throws: FileError(.mkdir, path: folder + "/fehlt/survey-demo-XXXXXX", code: ENOENT)) {
            try DemoFolder.create(in: folder + "/fehlt")
        }
    }
}
