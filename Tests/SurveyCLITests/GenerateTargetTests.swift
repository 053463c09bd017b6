import Foundation
import StrictJSON
import SurveyStore
import Testing

@testable import SurveyCLI

/// `survey generate` keeps synthetic responses out of real data: where it refuses to write and where it may.
@Suite struct GenerateTargetTests {
    static let definition = "\(repository)/surveys/digitale-bildung.json"

    /// A fresh responses folder with the survey's folder in it, removed after the test.
    private func withResponses(_ body: (_ root: String, _ survey: String) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("generate-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try body(root, root + "/digitale-bildung")
    }

    /// Writes one submission as the server would.
    private func submitRealResponse(in folder: String) throws {
        let log = try ResponseLog(directory: folder)
        defer { log.close() }
        let request = AppendRequest(
            .submit(answers: .object([])), responseID: "r-7k2m", definitionVersion: "v", participantID: "s017")
        _ = try log.appendBatch([request])[0].get()
    }

    private func contents(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    private func submittedCount(_ arguments: String...) throws -> Int? {
        let run = Run(["evaluate", Self.definition, "--format", "json"] + arguments)
        return try JSON(JSONDocument(parsing: run.out).root)["responses"]?.int
    }

    @Test func refusesALogWithRealResponses() throws {
        try withResponses { root, survey in
            try submitRealResponse(in: survey)
            let before = contents(survey + "/log.jsonl")
            let run = Run("generate", Self.definition, "-n", "5", "--responses", root)
            #expect(run.code == .failure)
            #expect(
                run.error
                    == "survey generate: error: \(survey) holds responses or participants that survey generate did not write; synthetic responses must not mix with them: write synthetic responses to the survey's test data with --test (the office can show and wipe it) or to a log file of your own with --log FILE\n"
            )
            #expect(contents(survey + "/log.jsonl") == before)
        }
    }

    @Test func refusesRealParticipants() throws {
        try withResponses { root, survey in
            _ = try ParticipantRegistry(directory: survey).register([
                .init(id: "s017", label: "Grundschule Am Park", email: nil, fields: ["schulart": "gs"])
            ])
            let run = Run("generate", Self.definition, "-n", "5", "--participants", "--responses", root)
            #expect(run.code == .failure)
            #expect(run.error.contains("holds responses or participants that survey generate did not write"))
            #expect((contents(survey + "/log.jsonl") ?? "").isEmpty)
        }
    }

    @Test func refusesTheLogOfARunningServer() throws {
        try withResponses { root, survey in
            // The server holds the log's lock while it runs, even before its first record.
            let server = try ResponseLog(directory: survey)
            defer { server.close() }
            let run = Run("generate", Self.definition, "-n", "5", "--responses", root)
            #expect(run.code == .failure)
            #expect(
                run.error
                    == "survey generate: error: \(survey) is in use by process \(getpid()), most likely the server collecting real responses; write synthetic responses to the survey's test data with --test (the office can show and wipe it) or to a log file of your own with --log FILE\n"
            )
        }
    }

    @Test func addsToALogThatHoldsOnlyGeneratedResponses() throws {
        try withResponses { root, survey in
            #expect(Run("generate", Self.definition, "-n", "5", "--responses", root).code == .success)
            #expect(Run("generate", Self.definition, "-n", "5", "--seed", "2", "--responses", root).code == .success)
            #expect(try submittedCount("--responses", root) == 10)
            // Once the server has written, the log is real.
            try submitRealResponse(in: survey)
            #expect(Run("generate", Self.definition, "-n", "5", "--seed", "3", "--responses", root).code == .failure)
        }
    }

    @Test func writesTestDataBesideRealResponses() throws {
        try withResponses { root, survey in
            try submitRealResponse(in: survey)
            let before = contents(survey + "/log.jsonl")
            let run = Run("generate", Self.definition, "-n", "12", "--test", "--responses", root)
            #expect(run.code == .success, "\(run.error)")
            #expect(run.out.hasPrefix("wrote 12 submissions to \(survey)/test/log.jsonl in "))
            #expect(contents(survey + "/log.jsonl") == before)
            #expect(try submittedCount("--test", "--responses", root) == 12)
            #expect(try submittedCount("--responses", root) == 1)
        }
    }

    @Test func writesAnyLogFile() throws {
        try withResponses { root, survey in
            try submitRealResponse(in: survey)
            let file = root + "/own/demo.jsonl"
            let run = Run("generate", Self.definition, "-n", "7", "--log", file, "--responses", root)
            #expect(run.code == .success, "\(run.error)")
            #expect(run.out == run.out.split(separator: "\n").first.map { "\($0)\n" })
            #expect(try submittedCount("--log", file, "--responses", root) == 7)
            #expect(try submittedCount("--responses", root) == 1)
        }
    }

    @Test func registersAParticipantPerResponse() throws {
        try withResponses { root, survey in
            let arguments = ["generate", Self.definition, "-n", "40", "--test", "--participants", "--responses", root]
            #expect(Run(arguments).code == .success)
            // The same seed again revises the same responses of the same participants.
            #expect(Run(arguments).code == .success)
            let participants = try ParticipantRegistry(directory: survey + "/test").all()
            #expect(participants.count == 40)
            #expect(Set(participants.map(\.id)) == Set((1...40).map { "gen-1-\($0)" }))
            let schoolTypes: Set = ["gs", "rsplus", "gym", "igs", "foerder", "bbs", "kolleg", "sonstige"]
            #expect(participants.allSatisfy { schoolTypes.contains($0.fields["schulart"] ?? "") })
            #expect(participants.allSatisfy { ["nord", "mitte", "sued"].contains($0.fields["region"] ?? "") })
            #expect(!FileManager.default.fileExists(atPath: survey + "/participants.jsonl"))
            // Every response belongs to a registered participant, so a breakdown by a participant field loses none.
            let view = try ResponseView.read(directory: survey + "/test")
            #expect(view.submitted.count == 40)
            #expect(Set(view.submitted.values.compactMap(\.participantID)) == Set(participants.map(\.id)))
        }
    }

    @Test func reportsTheResponseRateOfTestData() throws {
        try withResponses { root, _ in
            #expect(
                Run("generate", Self.definition, "-n", "30", "--test", "--participants", "--responses", root).code
                    == .success)
            let out = root + "/report"
            let run = Run("report", Self.definition, "--test", "--out", out, "--responses", root)
            #expect(run.code == .success, "\(run.error)")
            let html = try #require(contents(out + "/index.html"))
            #expect(html.contains("<h1>Testdaten: "))
            #expect(html.contains("<caption>Rücklauf nach Schulart</caption>"))
            #expect(
                html.contains(
                    "<th scope=\"row\">Insgesamt</th><td class=\"n\">30</td><td class=\"n\">0</td><td class=\"n\">30</td><td class=\"n\">100,0\u{00A0}%</td>"
                ))
        }
    }

    @Test(arguments: [
        (["--test", "--log", "x.jsonl"], "--test and --log both name where to write; give one of them"),
        (
            ["--log", "x.jsonl", "--participants"],
            "--participants needs the survey's folder or --test: a --log file has no participants"
        ),
    ])
    func explainsConflictingTargets(options: [String], message: String) {
        let run = Run(["generate", Self.definition, "-n", "5"] + options)
        #expect(run.code == .usage)
        #expect(run.error == "survey generate: error: \(message)\n")
    }

    @Test(arguments: ["evaluate", "report"])
    func readsEitherTestDataOrALogFile(command: String) {
        let run = Run(
            [command, Self.definition, "--test", "--log", "x.jsonl"] + (command == "report" ? ["-o", "b"] : []))
        #expect(run.code == .usage)
        #expect(
            run.error
                == "survey \(command): error: --test and --log both name the responses to read; give one of them\n")
    }

    @Test func refusesParticipantsForAPublicSurvey() {
        let run = Run(
            "generate", "\(repository)/surveys/fortbildung-feedback.json", "-n", "5", "--test", "--participants")
        #expect(run.code == .usage)
        #expect(
            run.error
                == "survey generate: error: --participants is for surveys with personal access links (\"access\": \"token\"); fortbildung-feedback is answered without them\n"
        )
    }
}
