import Foundation
import StrictJSON
import SurveyCharts
import SurveyModel
import SyntheticResponses
import TestSupport
import Testing

@testable import SurveyEvaluation

/// Every chart of every shipped and test survey agrees with its table: each
/// drawn percentage (or count) is the table's, of the base the chart names,
/// the n printed is that base, and no cell the table hides is drawn.
///
/// The chart is read through `Chart.drawnRows`, the values its marks have,
/// rather than by parsing SVG; the expected figures are read from the result
/// the tables print, independently of the code that builds the chart.
@Suite struct ChartConsistencyTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let surveys = [
        "surveys/digitale-bildung.json", "surveys/fortbildung-feedback.json",
        "Tests/SurveyWebTests/Fixtures/alle-typen.json", "Tests/SurveyWebTests/Fixtures/oeffentlich.json",
    ]

    /// One survey with a number of generated responses, with or without a breakdown.
    struct Case: Sendable, CustomTestStringConvertible {
        var survey: String
        var responses: Int
        var breakdown: Bool
        var language: String

        var testDescription: String {
            "\(survey) × \(responses)\(breakdown ? " by group" : "") (\(language))"
        }
    }

    /// Few responses (groups and cells hidden), a middle count and many, both languages.
    static let cases = surveys.flatMap { survey in
        [(9, false, "de"), (40, true, "de"), (120, true, "en"), (300, false, "de")].map {
            Case(survey: survey, responses: $0.0, breakdown: $0.1, language: $0.2)
        }
    }

    @Test(arguments: cases)
    func chartsDrawTheFiguresOfTheirTables(_ test: Case) throws {
        try Self.expectAgreement(try Self.evaluate(test), language: OutputLanguage(code: test.language))
    }

    /// The plan with every question type, whose matrix rows have different
    /// bases and whose scale has "not applicable", with and without groups.
    @Test(arguments: [false, true])
    func fixtureChartsDrawTheFiguresOfTheirTables(breakdown: Bool) throws {
        var generator = SeededGenerator(seed: 11)
        var evaluation = Evaluation(plan: Fixtures.plan(breakdown: breakdown, minGroupSize: 5))
        for _ in 0..<60 { evaluation.add(Fixtures.randomFacts(using: &generator)) }
        let result = evaluation.result()
        let matrix = try #require(result.questions.first { $0.total.type == "matrix" }?.total)
        #expect(Set(matrix.rows.map(\.base.answered)).count > 1, "the matrix rows differ in n")
        try Self.expectAgreement(result, language: OutputLanguage(code: "de"))
    }

    /// Checks every chart of `result` against its table.
    static func expectAgreement(_ result: EvaluationResult, language: OutputLanguage) throws {
        let groups = result.breakdown?.groups ?? []
        var charts = 0
        for entry in result.questions {
            guard let chart = QuestionChart.chart(for: entry, groups: groups, language: language) else { continue }
            charts += 1
            let expected = tableRows(entry)
            let drawn = chart.drawnRows
            let id = entry.total.id
            try #require(drawn.count == expected.count, "\(id): rows")
            for (row, cells) in zip(drawn, expected) {
                try #require(row.values.count == cells.count, "\(id) \(row.label): cells")
                for (value, cell) in zip(row.values, cells) {
                    #expect(agree(value, cell), "\(id) \(row.label): drew \(value), table has \(cell)")
                }
                let visible = row.values.compactMap { if case .number(let x) = $0, x.isFinite { x } else { nil } }
                if case .diverging = chart { #expect(visible.reduce(0, +) <= 100 + 1e-6, "\(id): over 100 %") }
            }
            expectBases(chart, entry, language: language)
        }
        #expect(charts > 0)
    }

    /// A table cell: its count (nil when hidden), the figure printed for
    /// it (percentage or count), and why it is hidden.
    struct Cell: CustomStringConvertible {
        var count: Int?
        var figure: Double?
        var withheld: Withheld?

        var description: String { "\(count.map(String.init) ?? "—") (\(figure.map { "\($0)" } ?? "—"))" }
    }

    /// The figures of the table that belongs to `entry`'s chart, row by row.
    static func tableRows(_ entry: QuestionEntry) -> [[Cell]] {
        let total = entry.total
        func frequencies(_ result: QuestionResult) -> [Cell] {
            // Scale points first, "not applicable" last, as the chart orders them.
            let ordered =
                result.frequencies.filter { $0.value != "na" } + result.frequencies.filter { $0.value == "na" }
            return ordered.map { Cell(count: $0.count, figure: $0.percent, withheld: $0.withheld ?? result.withheld) }
        }
        switch total.type {
        case "single", "boolean", "multiple":
            let shown = [total] + entry.groups.filter { $0.frequencies.contains { $0.percent != nil } }
            return total.frequencies.indices.map { row in shown.map { frequencies($0)[row] } }
        case "scale": return ([total] + entry.groups).map(frequencies)
        case "matrix": return total.rows.map(frequencies)
        case "number":
            return total.histogram.map {
                [Cell(count: $0.count, figure: $0.count.map(Double.init), withheld: $0.withheld)]
            }
        case "date":
            return total.months.map {
                [Cell(count: $0.count, figure: $0.count.map(Double.init), withheld: $0.withheld)]
            }
        case "ranking":
            return total.ranking.map { [Cell(count: $0.first, figure: $0.firstPercent, withheld: $0.withheld)] }
        default: return []
        }
    }

    /// A drawn value agrees with a table cell when both are hidden (for the
    /// same reason), or both show the same figure.
    static func agree(_ drawn: ChartValue, _ cell: Cell) -> Bool {
        switch drawn {
        case .suppressed(let reason):
            let expected: SuppressionReason =
                switch cell.withheld {
                case .protectsOthers: .protectsOthers
                case .sameAnswer: .sameAnswer
                case .fewAnswers, nil: .fewAnswers
                }
            return cell.count == nil && reason == expected
        case .number(let value):
            guard cell.count != nil else { return false }
            guard let figure = cell.figure else { return value.isNaN }
            return (value - figure).magnitude < 1e-9
        }
    }

    /// The n printed with the chart is the base its percentages use, named
    /// as the table names it; groups and differing matrix rows carry their own.
    static func expectBases(_ chart: Chart, _ entry: QuestionEntry, language: OutputLanguage) {
        let total = entry.total
        let id = total.id
        func n(_ result: QuestionResult, _ space: String = " ") -> String {
            "n\(space)=\(space)\(language.count(result.base.count(result.percentBase)))"
        }
        let subtitle = chart.subtitle ?? ""
        if total.type == "matrix" {
            let bases = Set(total.rows.map { $0.base.count($0.percentBase) })
            if bases.count > 1 {
                for (row, result) in zip(chart.drawnRows, total.rows) {
                    #expect(row.label.hasSuffix("(\(n(result, "\u{00A0}")))"), "\(id): row \(row.label)")
                }
            } else if let first = total.rows.first {
                #expect(subtitle.hasPrefix(n(first) + " "), "\(id): \(subtitle)")
            }
            if let first = total.rows.first { #expect(subtitle.contains(language.base(first.percentBase))) }
            return
        }
        #expect(subtitle.contains(n(total) + " "), "\(id): \(subtitle)")
        #expect(subtitle.contains(language.base(total.percentBase)), "\(id): \(subtitle)")
        let groupLabels: [String]
        switch chart {
        case .grouped(let grouped): groupLabels = grouped.groups
        case .diverging(let diverging) where !entry.groups.isEmpty: groupLabels = diverging.rows.map(\.label)
        default: return
        }
        let columns =
            [total] + entry.groups.filter { total.type == "scale" || $0.frequencies.contains { $0.percent != nil } }
        for (label, column) in zip(groupLabels, columns) where column.base.count(column.percentBase) != nil {
            #expect(label.hasSuffix("(\(n(column, "\u{00A0}")))"), "\(id): group \(label)")
        }
    }

    /// The result of `test`'s survey with generated responses.
    static func evaluate(_ test: Case) throws -> EvaluationResult {
        let path = repository.appendingPathComponent(test.survey).path
        let survey = try #require(Survey.load(path: path).survey, "\(test.survey) loads")
        var plan = try EvaluationPlan(survey: survey, language: test.language)
        if test.breakdown, let by = plan.questions.first(where: Self.canBreakDown)?.id {
            plan = try EvaluationPlan(survey: survey, language: test.language, by: by)
        }
        let today = CalendarDate(year: 2026, month: 11, day: 27) ?? survey.today()
        let generator = ResponseGenerator(survey: survey, seed: UInt64(test.responses), today: today)
        let decoder = ResponseDecoder(plan: plan, today: .date(year: 2026, month: 11, day: 27))
        var evaluation = Evaluation(plan: plan)
        for number in 1...test.responses {
            let response = generator.response(number)
            let document = try JSONDocument(parsing: response.answers.json(in: survey).serialized())
            let facts = try #require(decoder.facts(answers: document.root, participant: response.participant))
            evaluation.add(facts)
        }
        return evaluation.result()
    }

    private static func canBreakDown(_ question: QuestionPlan) -> Bool {
        switch question.kind {
        case .single, .boolean: true
        default: false
        }
    }
}
