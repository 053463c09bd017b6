import CSVCodec
import Foundation
import StrictJSON
import SurveyModel
import SyntheticResponses
import TestSupport
import Testing

@testable import SurveyEvaluation

/// The evaluation, report and exports on the real school survey with generated responses.
struct SurveyEvaluationTests {
    static let surveyPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("surveys/digitale-bildung.json").path

    static func survey() throws -> Survey {
        try #require(Survey.load(path: surveyPath).survey)
    }

    static func responses(_ survey: Survey, count: Int) -> [GeneratedResponse] {
        let generator = ResponseGenerator(
            survey: survey, seed: 7, today: CalendarDate(year: 2026, month: 11, day: 27) ?? survey.today())
        return (1...count).map { generator.response($0) }
    }

    /// The decoder's visibility and counts agree with the model's own visibility and typed answers.
    @Test func decoderAgreesWithTheModel() throws {
        let survey = try Self.survey()
        let plan = try EvaluationPlan(survey: survey, language: "de")
        let decoder = ResponseDecoder(plan: plan, today: .date(year: 2026, month: 11, day: 27))
        let responses = Self.responses(survey, count: 200)
        var evaluation = Evaluation(plan: plan)
        for response in responses {
            let document = try JSONDocument(parsing: response.answers.json(in: survey).serialized())
            let facts = try #require(decoder.facts(answers: document.root, participant: response.participant))
            let visibility = survey.visibility(
                of: response.answers, participant: response.participant,
                today: CalendarDate(year: 2026, month: 11, day: 27) ?? survey.today())
            for (index, question) in plan.questions.enumerated() {
                #expect(facts.shown[index] == visibility.isVisible(question: question.id), "\(question.id)")
            }
            evaluation.add(facts)
        }
        let result = evaluation.result()
        for entry in result.questions {
            let answered = responses.count { $0.answers[entry.total.id] != nil }
            if entry.total.type != "matrix" { #expect(entry.total.base.answered == answered, "\(entry.total.id)") }
        }
        let schueler = responses.compactMap { response -> Double? in
            if case .number(let n)? = response.answers["schueler"] { n } else { nil }
        }
        let stats = result.questions.first { $0.total.id == "schueler" }?.total.stats
        #expect(isClose(stats?.mean, NaiveStatistics.mean(schueler)))
        #expect(stats?.median == NaiveStatistics.quantile(schueler, 0.5))
    }

    @Test func breakdownNeedsAChoiceQuestionOrAParticipantField() throws {
        let survey = try Self.survey()
        #expect(throws: EvaluationSetupError.unsuitableBreakdown("schueler", type: "number")) {
            try EvaluationPlan(survey: survey, language: "de", by: "schueler")
        }
        #expect(throws: EvaluationSetupError.self) {
            try EvaluationPlan(survey: survey, language: "de", by: "schulform")
        }
        let byField = try EvaluationPlan(survey: survey, language: "de", by: "participant.region")
        #expect(byField.breakdown?.groups.map(\.value) == ["nord", "mitte", "sued"])
        #expect(
            try EvaluationPlan(survey: survey, language: "en", by: "ganztag").breakdown?.groups.map(\.label) == [
                "yes", "no",
            ])
    }

    /// Export rows read back through the CSV writer and reader as the same answers, with codes and with labels.
    @Test(arguments: [false, true])
    func exportReadsBack(labels: Bool) throws {
        let survey = try Self.survey()
        let layout = ExportLayout(survey: survey, language: "de", includesPersonal: true)
        #expect(Set(layout.header).count == layout.header.count, "column names are unique")
        let responses = Self.responses(survey, count: 100)
        let (table, positions) = try Self.exportAndRead(
            responses.map(\.answers), layout: layout, labels: labels, excel: labels)
        for (number, (row, response)) in zip(table.rows, responses).enumerated() {
            let (answers, problems) = layout.answers(row.fields, positions: positions, row: number + 1)
            #expect(problems.isEmpty, "\(problems)")
            #expect(answers == response.answers)
        }
    }

    /// Writes the answer cells as `survey export` does and reads them back as `survey import` does.
    static func exportAndRead(_ answers: [Answers], layout: ExportLayout, labels: Bool, excel: Bool) throws
        -> (CSVTable, positions: [String: Int])
    {
        let writer = excel ? CSVWriter.excel : CSVWriter.standard
        let rows = answers.map { layout.cells($0, labels: labels, decimalComma: excel) }
        let table = try CSVReader.read(writer.write(header: layout.columns.map(\.name), rows: rows))
        var positions: [String: Int] = [:]
        for (index, name) in table.header.enumerated() { positions[name] = index }
        return (table, positions)
    }

    @Test func importReportsEveryBadCell() throws {
        let survey = try Self.survey()
        let layout = ExportLayout(survey: survey, language: "de")
        let positions = ["schueler": 0, "ganztag": 1, "internet": 2, "stichtag": 3]
        let (_, problems) = layout.answers(
            ["viele", "vielleicht", "Satellit", "31.02.2026"], positions: positions, row: 3)
        #expect(problems.map(\.column) == ["ganztag", "schueler", "stichtag", "internet"])
        #expect(problems.allSatisfy { $0.row == 3 })
    }

    /// The report of 40 generated responses by school type, with suppressed cells.
    static func report() throws -> ReportDocument {
        let survey = try Self.survey()
        let plan = try EvaluationPlan(survey: survey, language: "de", by: "schulart")
        let decoder = ResponseDecoder(
            plan: plan, groupSource: try EvaluationPlan.groupSource("schulart", survey: survey, plan: plan),
            today: .date(year: 2026, month: 11, day: 27))
        var evaluation = Evaluation(plan: plan)
        for response in Self.responses(survey, count: 40) {
            let document = try JSONDocument(parsing: response.answers.json(in: survey).serialized())
            if let facts = decoder.facts(answers: document.root, participant: response.participant) {
                evaluation.add(facts)
            }
        }
        return ReportDocument(
            result: evaluation.result(), language: OutputLanguage(code: "de"),
            presentation: ReportPresentation(survey: survey, language: OutputLanguage(code: "de"), filter: nil),
            date: "27.11.2026")
    }

    /// The report is complete: every chart stands in the page, suppression has its note.
    @Test func reportIsComplete() throws {
        let document = try Self.report()
        #expect(document.result.hasSuppressions)
        let html = document.html
        #expect(html.contains("<html lang=\"de\">"))
        #expect(html.contains("Hinweise zur Methode"))
        #expect(html.contains("weniger als 5 Antworten"))
        #expect(html.components(separatedBy: "<svg").count - 1 == document.charts.count)
    }

    @Test(.requires(.xmllint)) func reportChartsAreWellFormedXML() throws {
        try Self.report().expectChartsAreWellFormedXML()
    }

    /// Prints the page as a committee member would: Chromium must make a PDF of it.
    @Test(.requires(.chromium)) func reportPrintsToPDF() throws {
        let document = try Self.report()
        let folder = NSTemporaryDirectory() + "report-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(document.html.utf8).write(to: URL(fileURLWithPath: "\(folder)/index.html"))
        let pdf = "\(folder)/report.pdf"
        let printed = try ExternalTool.chromium.run([
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)",
            URL(fileURLWithPath: "\(folder)/index.html").absoluteString,
        ])
        guard printed != nil else { return }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(bytes.starts(with: Array("%PDF".utf8)))
        #expect(bytes.count > 50_000, "the printed report is suspiciously small")
    }
}
