import Foundation
import SurveyEvaluation
import SurveyExport
import SurveyStore

/// `survey export --format spss|sps -o FILE`: the SPSS files, written only to named files.
///
/// A system file is binary and the syntax comes with a CSV file of its own, so both need `-o`;
/// standard output would garble a terminal or lose the CSV.
enum SPSSOutput {
    static func write(_ table: ExportTable, format: String, to file: String?, console: Console) -> ExitCode {
        func fail(_ message: String, _ code: ExitCode) -> ExitCode {
            console.printError("survey export: error: \(message)")
            return code
        }
        guard let file else {
            return fail(
                "--format \(format) writes files: give one with -o (e.g. -o daten.\(format == "spss" ? "sav" : "sps"))",
                .usage)
        }
        let files: [(path: String, bytes: [UInt8])]
        let warnings: [String]
        if format == "spss" {
            do {
                let written = try SPSSSystemFileExport.write(table, created: .now())
                (files, warnings) = ([(file, written.bytes)], written.warnings)
            } catch {
                return fail("cannot write the SPSS file: \(error)", .failure)
            }
        } else {
            let csv = companionCSV(of: file)
            let syntax = SPSSSyntaxExport.syntax(table, csvFile: URL(fileURLWithPath: csv).lastPathComponent)
            let data = SPSSSyntaxExport.data(table)
            (files, warnings) = ([(file, Array(syntax.utf8)), (csv, data.bytes)], data.warnings)
        }
        for warning in warnings.prefix(10) {
            console.printError("survey export: warning: \(warning)")
        }
        if warnings.count > 10 {
            console.printError("survey export: warning: \(warnings.count - 10) more texts or labels cut")
        }
        for (path, bytes) in files {
            do {
                try PrivateFiles.write(bytes, to: path)
            } catch {
                return fail("cannot write \(path): \(String(cString: strerror(error.code)))", .failure)
            }
        }
        return .success
    }

    /// The CSV file next to `syntaxFile`: its name with `.csv` for `.sps`, or `.csv` added.
    static func companionCSV(of syntaxFile: String) -> String {
        (syntaxFile.lowercased().hasSuffix(".sps") ? String(syntaxFile.dropLast(4)) : syntaxFile) + ".csv"
    }
}
