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
        var files: [(path: String, bytes: [UInt8])]
        if format == "spss" {
            let written: (bytes: [UInt8], warnings: [String])
            do {
                written = try SPSSSystemFileExport.write(table, created: .now())
            } catch {
                return fail("cannot write the SPSS file: \(error)", .failure)
            }
            for warning in written.warnings.prefix(10) {
                console.printError("survey export: warning: \(warning)")
            }
            if written.warnings.count > 10 {
                console.printError("survey export: warning: \(written.warnings.count - 10) more texts or labels cut")
            }
            files = [(file, written.bytes)]
        } else {
            let csv = companionCSV(of: file)
            let syntax = SPSSSyntaxExport.syntax(table, csvFile: URL(fileURLWithPath: csv).lastPathComponent)
            files = [(file, Array(syntax.utf8)), (csv, SPSSSyntaxExport.data(table))]
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
