import Foundation
import StrictJSON
import TestSupport
import Testing

@testable import SurveyEvaluation

/// Text, JSON and report HTML of a fixed evaluation, compared with reviewed files in `Golden/`
/// (rewritten with `SURVEY_UPDATE_GOLDEN=1`).
struct GoldenOutputTests {
    static let golden = GoldenFiles.beside()

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
        Self.golden.expect(
            Self.result().text(language: OutputLanguage(code: language)), matches: "evaluation-\(language).txt")
    }

    @Test func json() throws {
        Self.golden.expect(Self.result().json.serialized() + "\n", matches: "evaluation.json")
    }

    /// The report of ``result()``, also what the browser tests load.
    static var reportDocument: ReportDocument {
        ReportDocument(
            result: result(), language: OutputLanguage(code: "de"),
            presentation: ReportPresentation(intro: "Testbefragung"),
            date: "27.11.2026")
    }

    @Test func reportHTML() throws {
        // The charts are the chart module's golden files; here only where they stand.
        let html = Self.reportDocument.html.replacing(/<svg[\s\S]*?<\/svg>/, with: "<svg><!-- chart --></svg>")
        Self.golden.expect(html, matches: "report-de.html")
    }
}
