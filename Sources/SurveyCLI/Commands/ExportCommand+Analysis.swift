import ArgumentParsing
import Glibc
import SurveyEvaluation
import SurveyExport
import SurveyStore

extension ExportCommand {
    /// What is wrong with the options of `--format parquet` or `--format r`, found before any data is read:
    /// both need `-o` (a Parquet file is binary, and the R script comes with the CSV it reads), neither
    /// takes the German-Excel CSV shape, and the R script labels the plain codes CSV itself.
    static func usageProblem(_ format: ExportFormat, _ arguments: ParsedArguments) -> String? {
        if arguments[out] == nil { return "--format \(format.rawValue) writes files: name one with -o FILE" }
        if arguments[excel] {
            return "--excel shapes CSV for German Excel: leave it out with --format \(format.rawValue)"
        }
        if format == .r && arguments[labels] {
            return "the R script reads the codes CSV and labels it itself: leave out --labels"
        }
        return nil
    }

    /// Writes `--format parquet` or `--format r` to the files named with `-o` (after ``usageProblem(_:_:)``).
    /// - Parameter now: the time of the export, stored in the Parquet file's metadata.
    static func writeForAnalysis(
        _ format: ExportFormat, table: ExportTable, arguments: ParsedArguments, now: Timestamp,
        fail: (String, ExitCode) -> ExitCode
    ) -> ExitCode {
        let file = arguments[out] ?? ""
        var files: [(path: String, bytes: [UInt8])] = []
        switch format {
        case .parquet:
            do {
                files = [(file, try ParquetExport.bytes(of: table, labels: arguments[labels], exportedAt: now))]
            } catch {
                return fail("cannot write \(file): \(error)", .failure)
            }
        default:
            let csvFile = csvPath(besideScript: file)
            let script = RScriptExport.script(
                of: table, csvFileName: String(csvFile.split(separator: "/").last ?? Substring(csvFile)))
            files = [
                (csvFile, RScriptExport.csv(of: table)),
                (file, Array(script.utf8)),
            ]
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

    /// `x.R` → `x.csv`; any other name gets `.csv` appended.
    static func csvPath(besideScript script: String) -> String {
        (script.hasSuffix(".R") || script.hasSuffix(".r") ? String(script.dropLast(2)) : script) + ".csv"
    }
}
