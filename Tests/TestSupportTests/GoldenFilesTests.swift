import Foundation
import Testing

@testable import TestSupport

/// Comparing with and rewriting golden files, and the environment variable that chooses between them.
@Suite struct GoldenFilesTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")

    func write(_ text: String, _ name: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func equalOutputMatches() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("<p>eins</p>\n", "page.html")
        #expect(try GoldenFiles(folder: folder, mode: .compare).compare("<p>eins</p>\n", with: "page.html") == .matches)
    }

    @Test func differenceNamesTheFirstDifferingLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("a\nb\nc\n", "page.html")
        let outcome = try GoldenFiles(folder: folder, mode: .compare).compare("a\nB\nc\n", with: "page.html")
        #expect(outcome == .differs(line: 2, golden: "b", output: "B"))
        #expect(try read("page.html") == "a\nb\nc\n", "comparing never writes")
    }

    @Test func shorterOutputDiffersAtItsEnd() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("a\nb", "page.html")
        let outcome = try GoldenFiles(folder: folder, mode: .compare).compare("a", with: "page.html")
        #expect(outcome == .differs(line: 2, golden: "b", output: "(end of text)"))
    }

    @Test func missingFileIsReportedNotWritten() throws {
        let outcome = try GoldenFiles(folder: folder, mode: .compare).compare("neu", with: "new.svg")
        #expect(outcome == .missing)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func updateRewritesOnlyWhatDiffers() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let golden = GoldenFiles(folder: folder, mode: .update)
        #expect(try golden.compare("neu\n", with: "sub/new.svg") == .rewritten)
        #expect(try read("sub/new.svg") == "neu\n")
        #expect(try golden.compare("neu\n", with: "sub/new.svg") == .matches)
        #expect(try golden.compare("anders\n", with: "sub/new.svg") == .rewritten)
        #expect(try read("sub/new.svg") == "anders\n")
    }

    @Test func expectRecordsADifferenceAtTheCaller() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("alt\n", "page.html")
        withKnownIssue {
            GoldenFiles(folder: folder, mode: .compare).expect("neu\n", matches: "page.html")
        } matching: { issue in
            issue.sourceLocation?.fileID == #fileID
                && issue.comments.contains { $0.rawValue.contains("SURVEY_UPDATE_GOLDEN=1") }
        }
    }

    @Test func environmentChoosesTheMode() {
        func mode(_ variables: [String: String]) -> GoldenFiles.Mode {
            GoldenFiles(folder: folder, environment: TestEnvironment(variables: variables)).mode
        }
        #expect(mode([:]) == .compare)
        #expect(mode(["SURVEY_UPDATE_GOLDEN": "1"]) == .update)
        #expect(mode(["SURVEY_UPDATE_GOLDEN": "0"]) == .compare)
        #expect(mode(["SURVEY_UPDATE_GOLDEN": "1", "CI": "true"]) == .compare, "CI only compares")
    }
}
