import ArgumentParsing
import Glibc
import SurveyEvaluation
import SurveyExport
import SurveyStore

extension ExportCommand {
    /// Writes `--format parquet` or `--format r`, both to files named with `-o`: a Parquet file is
    /// binary, and the R script comes with the CSV it reads.
    /// - Parameter now: the time of the export, stored in the Parquet file's metadata.
    static func writeForAnalysis(
        _ format: ExportFormat, table: ExportTable, arguments: ParsedArguments, now: Timestamp,
        fail: (String, ExitCode) -> ExitCode
    ) -> ExitCode {
        guard let file = arguments[out] else {
            return fail("--format \(format.rawValue) writes files: name one with -o FILE", .usage)
        }
        var files: [(path: String, bytes: [UInt8])] = []
        switch format {
        case .parquet:
            do {
                files = [(file, try ParquetExport.bytes(of: table, labels: arguments[labels], exportedAt: now))]
            } catch {
                return fail("cannot write \(file): \(error)", .failure)
            }
        default:
            guard !arguments[labels], !arguments[excel] else {
                return fail(
                    "the R script reads the codes CSV and labels it itself: leave out --labels and --excel", .usage)
            }
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
