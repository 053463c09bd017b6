import EscapingCorpus
import Foundation
import Markup
import TestSupport
import Testing

@testable import SurveyEvaluation

/// The committee report, its charts and the terminal text, written from the escaping corpus:
/// every title, label, group, filter, description and free-text answer is hostile.
@Suite struct ReportEscapingTests {
    static let attack = "\u{600}<img src=x onerror=alert(1)>"

    /// A plan in which every text an office or respondent can choose is an attack or a corpus chunk.
    static func result(texts: [String]) -> EvaluationResult {
        let chunks = EscapingCorpus.chunks(maxLength: 120).prefix(6)
        let options = chunks.enumerated().map { Category(value: "o\($0.offset)", label: $0.element) }
        let plan = EvaluationPlan(
            surveyID: "angriff", title: attack,
            questions: [
                QuestionPlan(id: "wahl", title: attack, kind: .single(options: options, other: attack)),
                QuestionPlan(id: "anzahl", title: attack, kind: .number(integer: true, unit: attack)),
                QuestionPlan(id: "freitext", title: attack, kind: .text),
            ],
            breakdown: Breakdown(
                id: "gruppe", label: attack, groups: [Category(value: "g", label: EscapingCorpus.attacks[2])]),
            minGroupSize: 1)
        var evaluation = Evaluation(plan: plan)
        for (index, text) in texts.enumerated() {
            evaluation.add(
                ResponseFacts(
                    observations: [.option(index % options.count), .number(Double(index)), .text(text)],
                    shown: [true, true, true], group: 0))
        }
        return evaluation.result(filter: EscapingCorpus.attacks[2], includeTexts: true)
    }

    static func document(texts: [String] = EscapingCorpus.chunks(maxLength: 2000)) -> ReportDocument {
        ReportDocument(
            result: result(texts: texts), language: OutputLanguage(code: "de"),
            presentation: ReportPresentation(intro: attack),
            date: "27.11.2026")
    }

    @Test func reportEscapesEveryCorpusText() {
        let document = Self.document()
        let html = document.html
        #expect(EscapingCorpus.problems(inDocument: html) == [])
        for chunk in EscapingCorpus.chunks(maxLength: 2000) {
            #expect(html.contains("<li>\(HTMLEscaper.escape(chunk))</li>"))
        }
        #expect(html.contains("<h1>\u{600}&lt;img src=x onerror=alert(1)&gt;</h1>"))
        #expect(!html.contains("\u{600}<"))
        #expect(!html.contains("<meta http-equiv=refresh"))
    }

    @Test func reportFileForbidsScriptsByPolicy() throws {
        let html = Self.document(texts: []).html
        let policy = try #require(html.firstMatch(of: /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/))
        let directives = policy.1.replacing("&#39;", with: "'")
        #expect(directives.hasPrefix("default-src 'none'; style-src 'sha256-"))
        #expect(!directives.contains("unsafe-inline") && !directives.contains("script-src"))
        // The policy stands before the stylesheet it admits, and the hash is the stylesheet's.
        let style = try #require(html.firstMatch(of: /<style>([\s\S]*?)<\/style>/))
        #expect(html.range(of: "Content-Security-Policy")?.lowerBound ?? html.endIndex < style.range.lowerBound)
        #expect(ReportStyle.hashSource.hasPrefix("'sha256-") && directives.contains(ReportStyle.hashSource))
    }

    /// Three answers: a question nobody answered gets a note instead of a chart.
    static let fewAnswers = ["eins", "zwei", "drei"]

    @Test func chartsOfTheCorpusAreEscaped() {
        let document = Self.document(texts: Self.fewAnswers)
        #expect(!document.charts.isEmpty)
        for chart in document.charts {
            #expect(EscapingCorpus.problems(inDocument: chart.svg) == [], "\(chart.name)")
        }
    }

    @Test(.requires(.xmllint)) func chartsOfTheCorpusAreWellFormedXML() throws {
        try Self.document(texts: Self.fewAnswers).expectChartsAreWellFormedXML()
    }

    @Test func terminalTextShowsControlsEscaped() {
        let text = Self.result(texts: EscapingCorpus.attacks + EscapingCorpus.chunks(maxLength: 2000))
            .text(language: OutputLanguage(code: "de"))
        #expect(EscapingCorpus.problems(inTerminalText: text, allowingLineBreaks: true) == [])
        #expect(text.contains("  · \\u{1B}]0;pwned\\u{7}\\u{1B}[2J"))
        #expect(text.contains("  · Zeile 1\\r\\nZeile 2\\rüberschrieben"))
    }
}
