import Foundation
import StrictJSON
import Testing

@testable import SurveyEvaluation

/// Text, JSON and report HTML of a fixed evaluation, compared with reviewed files in `Golden/`.
///
/// A missing golden file is written and the test fails, so a new file is
/// always looked at before it is committed.
struct GoldenOutputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// 40 responses over four groups, one of them small, with the same seed every time.
    static func result() -> EvaluationResult {
        var generator = SeededGenerator(seed: 2026)
        var evaluation = Evaluation(plan: Fixtures.plan(breakdown: true, minGroupSize: 5))
        for index in 0..<40 {
            var facts = Fixtures.randomFacts(using: &generator)
            facts.group = index < 3 ? 3 : index % 3
            evaluation.add(facts)
        }
        return evaluation.result(filter: "n > 0")
    }

    @Test(arguments: ["de", "en"])
    func text(language: String) throws {
        try Self.compare(
            Self.result().text(language: OutputLanguage(code: language)), with: "evaluation-\(language).txt")
    }

    @Test func json() throws {
        try Self.compare(Self.result().json.serialized() + "\n", with: "evaluation.json")
    }

    /// The report of ``result()``, also what the browser tests load.
    static var reportDocument: ReportDocument {
        ReportDocument(
            result: result(), language: OutputLanguage(code: "de"), description: "Testbefragung", date: "27.11.2026")
    }

    @Test func reportHTML() throws {
        // The charts are the chart module's golden files; here only where they stand.
        let html = Self.reportDocument.html.replacing(/<svg[\s\S]*?<\/svg>/, with: "<svg><!-- chart --></svg>")
        try Self.compare(html, with: "report-de.html")
    }

    static func compare(_ output: String, with name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let url = folder.appendingPathComponent(name)
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try output.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("wrote \(name); review it and run the tests again", sourceLocation: sourceLocation)
            return
        }
        #expect(output == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}
