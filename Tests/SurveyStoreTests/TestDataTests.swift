import Foundation
import StrictJSON
import Testing

@testable import SurveyStore

/// The test-data folder beside a survey's real responses, and the marker of generated data.
@Suite struct TestDataTests {
    private func submit(_ id: String, in folder: String, options: ResponseLog.Options = .init()) throws {
        let log = try ResponseLog(directory: folder, options: options)
        defer { log.close() }
        _ = try log.appendBatch([AppendRequest(.submit(answers: .object([])), responseID: id, definitionVersion: "v")])[
            0
        ]
        .get()
    }

    @Test func wipingRemovesTheTestFolderAndNothingElse() throws {
        let directory = TemporaryDirectory()
        let test = TestData.folder(of: directory.path)
        #expect(test == directory.path + "/test")
        try submit("r-real", in: directory.path)
        try submit("gen-1-1", in: test)
        _ = try ParticipantRegistry(directory: test).register([
            .init(id: "gen-1-1", label: "Test 1", email: nil, fields: [:])
        ])
        try TestData.wipe(surveyFolder: directory.path)
        #expect(!FileManager.default.fileExists(atPath: test))
        #expect(try ResponseView.read(directory: directory.path).submitted.keys.sorted() == ["r-real"])
        // Nothing to wipe is not an error.
        try TestData.wipe(surveyFolder: directory.path)
    }

    @Test func wipingWaitsForNoWriter() throws {
        let directory = TemporaryDirectory()
        let test = TestData.folder(of: directory.path)
        let writer = try ResponseLog(directory: test)
        defer { writer.close() }
        #expect(throws: StoreError.self) { try TestData.wipe(surveyFolder: directory.path) }
        #expect(FileManager.default.fileExists(atPath: test + "/log.jsonl"))
    }

    @Test func theMarkerNoticesEveryOtherWriter() throws {
        let directory = TemporaryDirectory()
        #expect(GeneratedMarker.holdsOnlyGenerated(directory.path))
        try submit("gen-1-1", in: directory.path)
        #expect(!GeneratedMarker.holdsOnlyGenerated(directory.path))
        try GeneratedMarker.record(directory.path)
        #expect(GeneratedMarker.holdsOnlyGenerated(directory.path))
        // A real record, whatever its id, makes the log longer than noted.
        try submit("gen-1-2", in: directory.path)
        #expect(!GeneratedMarker.holdsOnlyGenerated(directory.path))
        try GeneratedMarker.record(directory.path)
        _ = try ParticipantRegistry(directory: directory.path).register([
            .init(id: "s017", label: "Grundschule", email: nil, fields: [:])
        ])
        #expect(!GeneratedMarker.holdsOnlyGenerated(directory.path))
    }

    @Test func aLogMayHaveItsOwnFileNameAndLock() throws {
        let directory = TemporaryDirectory()
        var options = ResponseLog.Options()
        options.fileName = "demo.jsonl"
        // The survey's own log is open (as by the server); a separately named log still opens.
        let server = try ResponseLog(directory: directory.path)
        defer { server.close() }
        try submit("gen-1-1", in: directory.path, options: options)
        #expect(directory.files(startingWith: "demo.jsonl") == ["demo.jsonl", "demo.jsonl.lock"])
        #expect(try ResponseView.read(logPath: directory.file("demo.jsonl"), keepAnswers: false).submitted.count == 1)
    }
}
