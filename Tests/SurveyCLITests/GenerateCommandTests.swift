import Foundation
import StrictJSON
import SurveyModel
import Testing

@testable import SurveyCLI

@Suite struct GenerateCommandTests {
    /// A fresh folder for response logs, removed after the test.
    private func withResponsesFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("generate-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    @Test func writesValidSubmissionsThroughTheStore() throws {
        try withResponsesFolder { folder in
            let definition = "\(repository)/surveys/digitale-bildung.json"
            let run = Run("generate", definition, "--count", "120", "--seed", "7", "--responses", folder)
            #expect(run.code == .success, "\(run.error)")
            #expect(run.out.hasPrefix("wrote 120 submissions to \(folder)/digitale-bildung/log.jsonl in "))
            let survey = try #require(Survey.load(path: definition).survey)
            let text = try String(contentsOfFile: "\(folder)/digitale-bildung/log.jsonl", encoding: .utf8)
            let lines = text.split(separator: "\n")
            #expect(lines.count == 120)
            for (number, line) in lines.enumerated() {
                let record = try JSON(JSONDocument(parsing: String(line)).root)
                #expect(record["kind"] == "submit")
                #expect(record["response"] == .string("gen-7-\(number + 1)"))
                let answers = try Answers(json: try #require(record["answers"]), in: survey)
                // The log does not hold participant fields; no required question of this survey depends on them.
                #expect(survey.validate(answers, participant: [:], today: survey.today()).isEmpty)
            }
        }
    }

    @Test func theSameSeedWritesTheSameAnswers() throws {
        try withResponsesFolder { first in
            try withResponsesFolder { second in
                let definition = "\(repository)/surveys/fortbildung-feedback.json"
                #expect(Run("generate", definition, "-n", "30", "--seed", "3", "--responses", first).code == .success)
                #expect(Run("generate", definition, "-n", "30", "--seed", "3", "--responses", second).code == .success)
                func answers(_ folder: String) throws -> [JSON?] {
                    let text = try String(contentsOfFile: "\(folder)/fortbildung-feedback/log.jsonl", encoding: .utf8)
                    return try text.split(separator: "\n").map {
                        try JSON(JSONDocument(parsing: String($0)).root)["answers"]
                    }
                }
                let firstAnswers = try answers(first)
                let secondAnswers = try answers(second)
                #expect(firstAnswers.count == 30)
                #expect(firstAnswers == secondAnswers)
            }
        }
    }

    @Test(arguments: [
        (
            ["generate", "surveys/digitale-bildung.json"],
            "survey generate: error: --count needs a whole number of submissions, e.g. --count 1000\n"
        ),
        (
            ["generate", "x.json", "--count", "viele"],
            "survey: error: --count must be a whole number of at least 0, not \"viele\"\nRun 'survey generate --help' for usage.\n"
        ),
        (
            ["generate", "x.json", "--count", "5", "--seed", "abc"],
            "survey: error: --seed must be a whole number from 0 to 18446744073709551615, not \"abc\"\nRun 'survey generate --help' for usage.\n"
        ),
        (["generate", "no/such.json", "--count", "5"], "survey generate: error: no such survey file: no/such.json\n"),
    ])
    func explainsWrongUsage(arguments: [String], message: String) {
        let run = Run(arguments)
        #expect(run.code == .usage)
        #expect(run.error == message)
    }

    @Test func refusesABrokenDefinition() {
        let file = "\(repository)/Tests/SurveyModelTests/Fixtures/invalid/unknown-key.json"
        let run = Run("generate", file, "--count", "5")
        #expect(run.code == .failure)
        #expect(run.error == "survey generate: error: \(file) has errors; run `survey validate \(file)` to see them\n")
    }

    @Test func interleavingRestoresTheOrder() {
        #expect(GenerateCommand.interleave([[1, 3, 5], [2, 4]]) == [1, 2, 3, 4, 5])
        #expect(GenerateCommand.interleave([[Int]]()) == [])
    }
}
