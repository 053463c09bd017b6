import Foundation
import OfficeWorkbook
import TestSupport
import Testing

/// openpyxl, xmllint and LibreOffice read the workbook: types, styles, properties, well-formed parts.
struct WorkbookReaderTests {
    /// Every cell with its openpyxl type, the frozen pane, the bold header, the filter and the title.
    @Test(.requires(.openpyxl)) func openpyxlReadsCellsAndLayout() throws {
        try SampleWorkbook.withFile { folder in
            let script = """
                import sys, openpyxl
                book = openpyxl.load_workbook(sys.argv[1] + "/book.xlsx")
                print(book.sheetnames, book.properties.title, book.properties.created.isoformat())
                sheet = book["Daten"]
                print(sheet.freeze_panes, sheet.auto_filter.ref, all(c.font.b for c in sheet[1]))
                print(not any(c.font.b for c in sheet[2]), sheet.column_dimensions["A"].width == 29, sheet.column_dimensions["B"].width)
                for row in sheet.iter_rows(min_row=2):
                    print(repr([(c.data_type, c.value, c.number_format) for c in row]))
                """
            let outcome = try #require(try ExternalTool.openpyxl.run(["-c", script, folder]))
            #expect(outcome.status == 0, "\(outcome.output)")
            let lines = outcome.output.split(separator: "\n").map(String.init)
            #expect(lines.first == "['Daten', 'Value labels'] Digitale Ausstattung <2026> & mehr 2026-12-05T04:05:06")
            #expect(lines.dropFirst().first == "A2 A1:D10 True")
            #expect(lines.dropFirst(2).first == "True True 11.0")
            let cells = Array(lines.dropFirst(3))
            #expect(cells.count == 9)
            #expect(
                cells.first == #"[('s', '=1+1', 'General'), ('n', -2.5, 'General'), "#
                    + #"('d', datetime.datetime(2026, 11, 27, 0, 0), 'yyyy-mm-dd'), "#
                    + #"('d', datetime.datetime(2026, 11, 27, 12, 0), 'yyyy-mm-dd hh:mm:ss')]"#)
            #expect(
                cells.dropFirst(2).first?.hasPrefix("[('s', '-rechts', 'General'), ('n', None, 'General'),") == true)
            for (line, text) in zip(cells, SampleWorkbook.formulaTexts) {
                #expect(line.hasPrefix("[('s', '\(text)'"), "\(line)")
            }
            #expect(cells.dropFirst(3).first?.contains("('n', 123456.75, 'General')") == true)
            #expect(cells.dropFirst(6).first?.hasPrefix("[('s', 'Zeile 1\\nZeile 2'") == true)
        }
    }

    /// Every part is well-formed XML, and no sheet has a formula element.
    @Test(.requires(.xmllint), .requires(.unzip)) func everyPartIsWellFormed() throws {
        try SampleWorkbook.withFile { folder in
            let unpacked = try #require(try ExternalTool.unzip.run(["-q", folder + "/book.xlsx", "-d", folder + "/x"]))
            #expect(unpacked.status == 0, "\(unpacked.output)")
            let parts = [
                "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
                "xl/worksheets/sheet2.xml",
            ].map { "\(folder)/x/\($0)" }
            let outcome = try #require(try ExternalTool.xmllint.run(["--noout"] + parts))
            #expect(outcome.status == 0, "\(outcome.output)")
            let sheet = try String(contentsOfFile: parts[8], encoding: .utf8)
            #expect(!sheet.contains("<f>") && !sheet.contains("<f "))
            #expect(sheet.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        }
    }
}
