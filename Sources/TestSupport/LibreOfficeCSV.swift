import Foundation
import Testing

/// LibreOffice Calc as a spreadsheet reader: it converts a workbook's first sheet to CSV, which
/// Python's `csv` module parses (quoted line breaks and all) into rows of texts.
package enum LibreOfficeCSV {
    /// The first sheet's cells as LibreOffice shows them (numbers and dates in their cells' formats);
    /// nil, with an issue recorded, when LibreOffice or Python is missing.
    /// - Parameter folder: a scratch folder for LibreOffice's profile and the CSV file.
    package static func firstSheet(of file: String, folder: String) throws -> [[String]]? {
        // Comma, double quote, UTF-8 (76), from line 1.
        guard
            let converted = try ExternalTool.libreOffice.run([
                "-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder + "/csv", file,
            ])
        else { return nil }
        guard converted.status == 0 else { throw ConversionFailed(output: converted.output) }
        let csv = folder + "/csv/" + URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".csv"
        let script = """
            import sys, csv, json
            with open(sys.argv[1], newline="", encoding="utf-8") as file:
                print(json.dumps(list(csv.reader(file))))
            """
        guard let parsed = try ExternalTool.python.run(["-c", script, csv]) else { return nil }
        guard parsed.status == 0 else { throw ConversionFailed(output: parsed.output) }
        return try JSONDecoder().decode([[String]].self, from: Data(parsed.output.utf8))
    }

    /// LibreOffice or Python failed; their output says why.
    package struct ConversionFailed: Error {
        package let output: String
    }
}
