import CSVCodec
import Foundation
import SurveyEvaluation
import SurveyModel
import SurveyStore
import TestSupport
import Testing

/// Runs PSPP and pyreadstat on our SPSS files and compares what they read with the CSV export.
enum SPSSReading {
    /// A fresh folder for one test's files.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spss-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// PSPP runs `commands` (which open the data), shows the dictionary and writes every case as CSV
    /// in the variables' formats. Returns the dictionary output and the CSV table.
    static func pspp(_ commands: String, in folder: URL, sourceLocation: SourceLocation = #_sourceLocation) throws
        -> (dictionary: String, table: CSVTable)?
    {
        let csv = folder.appendingPathComponent("pspp.csv").path
        let dictionary = folder.appendingPathComponent("dictionary.csv").path
        guard
            let outcome = try ExternalTool.pspp.run(
                script: commands + """

                    DISPLAY DICTIONARY.
                    SAVE TRANSLATE /OUTFILE='\(csv)' /TYPE=CSV /FIELDNAMES /REPLACE /TEXTOPTIONS FORMAT=VARIABLE.
                    """, fileExtension: "sps", arguments: ["-O", "format=csv", "-o", dictionary],
                sourceLocation: sourceLocation)
        else { return nil }
        #expect(outcome.status == 0, "\(outcome.output)", sourceLocation: sourceLocation)
        let output = String(decoding: try Data(contentsOf: URL(fileURLWithPath: dictionary)), as: UTF8.self)
        #expect(!output.contains("arning:") && !output.contains("rror:"), "\(output)", sourceLocation: sourceLocation)
        return (output, try CSVReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: csv)))))
    }

    /// Compares PSPP's cells (print formats, system-missing as a space) with the CSV export's, cell by cell.
    static func expectSameCells(
        _ read: CSVTable, as table: ExportTable, names: [String], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(read.header == names, sourceLocation: sourceLocation)
        let expected = table.csvRows(labels: false)
        #expect(read.rows.count == expected.count, sourceLocation: sourceLocation)
        for (rowIndex, (row, cells)) in zip(read.rows, expected).enumerated() {
            for (variable, (field, cell)) in zip(table.variables, zip(row.fields, cells)) {
                let wanted = psppCell(cell.content, of: variable)
                let same =
                    if let number = Double(wanted), let read = Double(field) { number == read } else { field == wanted }
                #expect(
                    same,
                    "row \(rowIndex + 1), \(variable.name): PSPP \(field.debugDescription), CSV \(wanted.debugDescription)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// How PSPP writes the CSV export's `content` in our formats: dates as DATE11, times as
    /// DATETIME24.3, not applicable as its code, an empty number as a space.
    static func psppCell(_ content: String, of variable: ExportVariable) -> String {
        switch variable.kind {
        case .number:
            if content == Answer.notApplicableValue, let code = variable.notApplicableCode { return String(code) }
            return content.isEmpty ? " " : content
        case .date:
            guard let date = CalendarDate(iso: content) else { return " " }
            return "\(twoDigits(date.day))-\(month(date.month))-\(date.year)"
        case .timestamp:
            guard Timestamp(iso: content) != nil else { return " " }
            let parts = content.split(separator: "T")
            guard let date = CalendarDate(iso: parts[0]) else { return " " }
            return "\(twoDigits(date.day))-\(month(date.month))-\(date.year) \(parts[1].dropLast())"
        // PSPP's CSV writer ends lines with LF, also inside texts; the file keeps CR LF (see the pyreadstat test).
        case .text, .code: return content.replacing("\r\n", with: "\n")
        }
    }

    private static func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    private static func month(_ month: Int) -> String {
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][month - 1]
    }
}
