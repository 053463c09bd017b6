import Foundation
import TestSupport
import Testing

@testable import SurveyCLI

/// The committee reports of the shipped example surveys, from generated test data, compared with
/// reviewed files: what an office sees when it tries a survey before inviting anyone.
@Suite struct ShippedSurveyReportTests {
    static let golden = TrialReportTests.golden

    /// Each shipped survey with the options that give it plausible test data and a breakdown.
    static let surveys: [(id: String, generate: [String], report: [String])] = [
        ("digitale-bildung", ["--participants"], ["--by", "schulart"]),
        ("fortbildung-feedback", [], []),
    ]

    @Test(arguments: surveys.map(\.id))
    func reportOfGeneratedTestDataMatchesTheReviewedFile(id: String) throws {
        let survey = try #require(Self.surveys.first { $0.id == id })
        let responses = FileManager.default.temporaryDirectory.appendingPathComponent("shipped-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: responses) }
        let definition = "\(repository)/surveys/\(id).json"
        let generated = Run(
            ["generate", definition, "--count", "150", "--seed", "11", "--test", "--responses", responses]
                + survey.generate)
        #expect(generated.code == .success, "\(generated.error)")
        let out = responses + "/report"
        let run = Run(["report", definition, "--test", "--responses", responses, "--out", out] + survey.report)
        #expect(run.code == .success, "\(run.error)")
        let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        Self.golden.expect(TrialReportTests.stable(html), matches: "shipped-\(id).html")
    }
}
