import CSVCodec
import Foundation
import OfficeWorkbook
import SurveyEvaluation
import SurveyModel
import SurveyStore
import TestSupport
import Testing

@testable import SurveyExport

/// The xlsx export holds the CSV export's cells, typed, and real spreadsheet programs read them so.
struct WorkbookExportTests {
    /// 2026-12-05T04:05:06.789Z.
    static let exportedAt = Timestamp(millisecondsSince1970: 1_796_443_506_789)

    /// A text longer than Excel keeps in a cell is cut at a character's boundary, and the export says where.
    @Test func aTextLongerThanACellHoldsIsCutWithAWarning() throws {
        let fixture = try ExportFixture.table(count: 1)
        let long = "ä" + String(repeating: "😀", count: 20_000)
        var answers = Answers()
        answers["anmerkungen"] = .text(long)
        let table = ExportTable(
            layout: fixture.layout,
            responses: [ExportResponse(id: "r1", participantID: nil, submitted: Self.exportedAt, answers: answers)])
        let written = try WorkbookExport.xlsx(table, labels: false, exportedAt: Self.exportedAt)
        #expect(written.warnings == ["row 2, column anmerkungen: text of 40001 characters cut to Excel's 32767"])
        var warnings: [String] = []
        let workbook = WorkbookExport.workbook(table, labels: false, exportedAt: Self.exportedAt, warnings: &warnings)
        let column = try #require(table.variables.firstIndex { $0.name == "anmerkungen" })
        guard case .text(let cut) = workbook.sheets[0].rows[0][column] else {
            Issue.record("the long answer is not a text cell")
            return
        }
        // "ä" and 16,383 emoji of two code units each fill the cell exactly; no emoji is split.
        #expect(cut.utf16.count == 32_767)
        #expect(long.hasPrefix(cut) && cut.unicodeScalars.last == "😀")
    }

    /// openpyxl reads every data cell as the CSV export writes it: numbers as numbers, dates and the
    /// time of submission as datetimes, empty as no cell, "not applicable" as its code, and every
    /// text (formula characters too) as a string; with labels, labelled values as their labels.
    @Test(.requires(.openpyxl), arguments: [false, true])
    func dataSheetIsTheCSVExportTyped(labels: Bool) throws {
        let table = try ExportFixture.table()
        let reading = try #require(try WorkbookReading.read(table, labels: labels, exportedAt: Self.exportedAt))
        let data = try #require(reading.sheets.first)
        #expect(data.first == table.variables.map { ["s", $0.name] })
        let csv = table.csvRows(labels: labels)
        #expect(data.count == csv.count + 1)
        var types: [String: Int] = [:]
        for (index, (row, csvRow)) in zip(data.dropFirst(), csv).enumerated() {
            for (column, variable) in table.variables.enumerated() {
                let cell = row.indices.contains(column) ? row[column] : ["e", ""]
                types[cell[0], default: 0] += 1
                #expect(
                    Self.matches(cell, csvRow[column], variable, labels: labels),
                    "row \(index + 2), \(variable.name): \(cell) for \(csvRow[column])")
            }
        }
        #expect(Set(types.keys) == ["n", "s", "d", "e"])
        let awkward = try #require(data.last)
        #expect(awkward[0] == ["s", "awkward-7"])
        for formula in ["=SUMME(A1:A9)", "+49 621 1234", "-rechts", "@Schulleitung"] {
            #expect(data.contains { $0.contains(["s", formula]) }, "\(formula)")
        }
    }

    /// Whether openpyxl's `read` cell is the CSV export's `cell` of `variable`.
    static func matches(_ read: [String], _ cell: CSVCell, _ variable: ExportVariable, labels: Bool) -> Bool {
        let content = cell.content
        if content.isEmpty { return read == ["e", ""] }
        if case .number(let number) = cell { return read.first == "n" && Double(read[1]) == Double(number) }
        if content == Answer.notApplicableValue, !labels, let code = variable.notApplicableCode {
            return read.first == "n" && Double(read[1]) == code
        }
        switch variable.kind {
        case .date:
            let days = CalendarDate(iso: content)?.daysSince1970
            return read.first == "d" && days.map { Int64($0) * 86_400_000 } == Int64(read[1])
        case .timestamp:
            return read.first == "d" && Timestamp(iso: content)?.millisecondsSince1970 == Int64(read[1])
        case .text, .code, .number:
            return read == ["s", content]
        }
    }

    /// The value labels and the codebook sheets, cell by cell, with codes of numeric variables as numbers.
    @Test(.requires(.openpyxl)) func valueLabelAndCodebookSheets() throws {
        let table = try ExportFixture.table(count: 3)
        let reading = try #require(try WorkbookReading.read(table, labels: false, exportedAt: Self.exportedAt))
        try #require(reading.sheets.count == 3)
        let expectedLabels = table.variables.flatMap { variable in
            variable.valueLabels.map { label -> [[String]] in
                let value: [String] =
                    switch label.value {
                    case .number(let number): ["n", String(number)]
                    default: ["s", label.value.csvCell().content]
                    }
                return [["s", variable.name], value, ["s", label.label]]
            }
        }
        #expect(reading.sheets[1].first == [["s", "Variable"], ["s", "Wert"], ["s", "Bezeichnung"]])
        #expect(Array(reading.sheets[1].dropFirst()) == expectedLabels)
        let codebook = [table.layout.codebookHeader] + table.layout.codebookRows
        #expect(reading.sheets[2] == codebook.map { row in row.map { $0.isEmpty ? ["e", ""] : ["s", $0] } })
    }

    /// Sheet names, the document title and time, frozen bold headers, filters and date formats.
    @Test(.requires(.openpyxl)) func layoutAndProperties() throws {
        let table = try ExportFixture.table(count: 5)
        let reading = try #require(try WorkbookReading.read(table, labels: false, exportedAt: Self.exportedAt))
        #expect(reading.sheetNames == ["Daten", "Wertelabels", "Codebuch"])
        #expect(reading.title == "Befragung der Schulen zum Stand der Digitalen Bildung")
        #expect(reading.created == "2026-12-05T04:05:06")
        #expect(reading.frozen == ["A2", "A2", "A2"])
        #expect(reading.boldHeader == [true, true, true])
        let lastColumn = reading.sheets[0][0].count
        #expect(lastColumn == table.variables.count)
        #expect(reading.filters.first == "A1:\(Self.columnLetters(lastColumn - 1))\(table.rows.count + 1)")
        #expect(reading.dataFormats == ["yyyy-mm-dd", "yyyy-mm-dd hh:mm:ss"])
    }

    /// The English export names its sheets and columns in English.
    @Test func englishNames() throws {
        let table = try ExportFixture.table(count: 2, language: "en")
        var warnings: [String] = []
        let workbook = WorkbookExport.workbook(table, labels: false, exportedAt: Self.exportedAt, warnings: &warnings)
        #expect(workbook.sheets.map(\.name) == ["Data", "Value labels", "Codebook"])
        #expect(workbook.sheets[1].header == ["variable", "value", "label"])
        #expect(workbook.sheets[2].header == ["variable", "question", "label", "type", "values"])
        #expect(workbook.title == "Survey of schools on the state of digital education")
    }

    /// Typed cells without a reader: not applicable as its code (or its label), dates and times as
    /// serial numbers, a date before 1900 as text.
    @Test func cellsAreTyped() throws {
        let table = try ExportFixture.table(count: 1)
        let row = try #require(table.variables.first { $0.notApplicableCode != nil })
        #expect(WorkbookExport.cell(.notApplicable, of: row, labels: false) == .number(-1))
        let label = try #require(row.valueLabels.first { $0.value == .number(-1) }?.label)
        #expect(WorkbookExport.cell(.notApplicable, of: row, labels: true) == .text(label))
        let date = try #require(table.variables.first { $0.kind == .date })
        let november = try #require(CalendarDate(year: 2026, month: 11, day: 27))
        #expect(WorkbookExport.cell(.date(november), of: date, labels: false) == .date(serial: 46353))
        let old = try #require(CalendarDate(year: 1899, month: 12, day: 31))
        #expect(WorkbookExport.cell(.date(old), of: date, labels: true) == .text("1899-12-31"))
        let submitted = try #require(table.variables.first { $0.kind == .timestamp })
        #expect(
            WorkbookExport.cell(.timestamp(Timestamp(millisecondsSince1970: 43_200_000)), of: submitted, labels: false)
                == .dateTime(serial: 25569.5))
        #expect(WorkbookExport.cell(.text("=1+1"), of: submitted, labels: true) == .text("=1+1"))
    }

    /// LibreOffice converts the data sheet to CSV and shows the CSV export's values: numbers equal,
    /// dates as `yyyy-mm-dd`, times to the second, texts the same (line breaks as line feeds).
    @Test(.requires(.libreOffice), .requires(.python)) func libreOfficeShowsTheCSVExport() throws {
        let table = try ExportFixture.table(count: 60)
        let shown = try WorkbookReading.withWorkbook(table, labels: false, exportedAt: Self.exportedAt) { file in
            try LibreOfficeCSV.firstSheet(
                of: file, folder: URL(fileURLWithPath: file).deletingLastPathComponent().path)
        }
        let rows = try #require(shown)
        #expect(rows.first == table.variables.map(\.name))
        #expect(rows.count == table.rows.count + 1)
        for (index, (row, csvRow)) in zip(rows.dropFirst(), table.csvRows(labels: false)).enumerated() {
            for (column, variable) in table.variables.enumerated() {
                let cell = row.indices.contains(column) ? row[column] : ""
                #expect(
                    Self.libreOfficeShows(cell, csvRow[column], variable),
                    "row \(index + 2), \(variable.name): \(cell) for \(csvRow[column])")
            }
        }
    }

    static func libreOfficeShows(_ shown: String, _ cell: CSVCell, _ variable: ExportVariable) -> Bool {
        let content = cell.content
        if case .number(let number) = cell { return Double(shown) == Double(number) }
        if content == Answer.notApplicableValue, let code = variable.notApplicableCode { return Double(shown) == code }
        switch variable.kind {
        case .timestamp: return shown == content.prefix(19).replacing("T", with: " ")
        default: return shown.replacing("\r\n", with: "\n") == content.replacing("\r\n", with: "\n")
        }
    }

    /// Every part of the export is well-formed XML.
    @Test(.requires(.xmllint), .requires(.unzip)) func everyPartIsWellFormed() throws {
        let table = try ExportFixture.table(count: 20)
        try WorkbookReading.withWorkbook(table, labels: true, exportedAt: Self.exportedAt) { file in
            let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path + "/parts"
            let unpacked = try #require(try ExternalTool.unzip.run(["-q", file, "-d", folder]))
            #expect(unpacked.status == 0, "\(unpacked.output)")
            let parts = try #require(FileManager.default.subpaths(atPath: folder)).filter {
                $0.hasSuffix(".xml") || $0.hasSuffix(".rels")
            }
            #expect(parts.count == 11)
            let lint = try #require(try ExternalTool.xmllint.run(["--noout"] + parts.map { "\(folder)/\($0)" }))
            #expect(lint.status == 0, "\(lint.output)")
        }
    }

    static func columnLetters(_ index: Int) -> String {
        index < 26
            ? String(UnicodeScalar(UInt8(65 + index))) : columnLetters(index / 26 - 1) + columnLetters(index % 26)
    }
}
