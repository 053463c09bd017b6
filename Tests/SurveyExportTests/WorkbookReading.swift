import Foundation
import SurveyEvaluation
import SurveyExport
import SurveyStore
import TestSupport
import Testing

/// The export workbook as openpyxl reads it: each sheet's cells with their types, and the layout.
struct WorkbookReading: Decodable {
    /// A cell as `[type, value]`: `["n", "1.5"]` (number, always with a point or an exponent, as
    /// Swift writes a `Double`), `["s", text]`, `["d", milliseconds since
    /// 1970]` (date or date-time, as openpyxl turns serial numbers into datetimes), `["e", ""]` (none).
    typealias Cell = [String]

    let title: String
    let created: String
    let sheetNames: [String]
    let sheets: [[[Cell]]]
    /// Per sheet: the frozen pane's top left cell, whether the header is bold, the autofilter range.
    let frozen: [String?]
    let boldHeader: [Bool]
    let filters: [String?]
    /// The number formats of the data sheet's date cells.
    let dataFormats: [String]

    static let script = """
        import sys, json, datetime, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        epoch = datetime.datetime(1970, 1, 1)
        def cell(c):
            if c.value is None: return ["e", ""]
            if c.data_type == "n": return ["n", repr(float(c.value))]
            if c.data_type == "s": return ["s", c.value]
            if c.data_type == "d": return ["d", str(round((c.value - epoch).total_seconds() * 1000))]
            return [c.data_type, str(c.value)]
        sheets = book.worksheets
        print(json.dumps({
            "title": book.properties.title, "created": book.properties.created.isoformat(),
            "sheetNames": book.sheetnames,
            "sheets": [[[cell(c) for c in row] for row in s.iter_rows()] for s in sheets],
            "frozen": [s.freeze_panes for s in sheets],
            "boldHeader": [all(c.font.b for c in s[1]) for s in sheets],
            "filters": [s.auto_filter.ref for s in sheets],
            "dataFormats": sorted({c.number_format for row in sheets[0].iter_rows(min_row=2) for c in row
                                   if c.data_type == "d"}),
        }))
        """

    /// Writes `table`'s workbook and reads it with openpyxl; nil (with an issue) when openpyxl is missing.
    static func read(_ table: ExportTable, labels: Bool, exportedAt: Timestamp) throws -> WorkbookReading? {
        try withWorkbook(table, labels: labels, exportedAt: exportedAt) { file in
            guard let outcome = try ExternalTool.openpyxl.run(["-c", script, file]) else { return nil }
            guard outcome.status == 0 else {
                Issue.record("openpyxl failed: \(outcome.output)")
                return nil
            }
            return try JSONDecoder().decode(WorkbookReading.self, from: Data(outcome.output.utf8))
        }
    }

    /// Runs `body` with the path of `table`'s workbook in a fresh folder.
    static func withWorkbook<T>(
        _ table: ExportTable, labels: Bool, exportedAt: Timestamp, _ body: (String) throws -> T
    ) throws -> T {
        let folder = NSTemporaryDirectory() + "export-xlsx-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/export.xlsx"
        try Data(WorkbookExport.xlsx(table, labels: labels, exportedAt: exportedAt).bytes).write(
            to: URL(fileURLWithPath: file))
        return try body(file)
    }
}
