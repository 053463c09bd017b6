import Foundation
import Testing

@testable import SurveyCLI

/// `survey export --format parquet|r` writes files named with `-o`, for their owner only.
@Suite struct AnalysisExportCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-analysis-\(UUID().uuidString)")
        .path
    let survey = "\(repository)/surveys/digitale-bildung.json"

    /// The Parquet file starts and ends with `PAR1`; the R script gets the CSV beside it, both private.
    @Test func writesParquetAndTheRScriptWithItsCSV() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let responses = ["--responses", folder + "/responses"]
        #expect(Run(["generate", survey, "--count", "5"] + responses).code == .success)

        let parquet = Run(["export", survey, "--format", "parquet", "-o", folder + "/daten.parquet"] + responses)
        #expect(parquet.code == .success, "\(parquet.error)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/daten.parquet")))
        #expect(bytes.prefix(4).elementsEqual("PAR1".utf8) && bytes.suffix(4).elementsEqual("PAR1".utf8))

        let r = Run(["export", survey, "--format", "r", "-o", folder + "/daten.R"] + responses)
        #expect(r.code == .success, "\(r.error)")
        let script = try String(contentsOfFile: folder + "/daten.R", encoding: .utf8)
        #expect(script.contains(#"file.path(folder, "daten.csv")"#))
        let csv = try String(contentsOfFile: folder + "/daten.csv", encoding: .utf8)
        #expect(csv.hasPrefix("response,participant,submitted,"))
        for file in ["daten.parquet", "daten.R", "daten.csv"] {
            let mode = try FileManager.default.attributesOfItem(atPath: folder + "/" + file)[.posixPermissions]
            #expect((mode as? NSNumber)?.intValue == 0o600, "\(file)")
        }
    }

    /// Files are needed, --excel is for CSV only, and the R script reads plain codes.
    @Test(arguments: [
        ["--format", "parquet"], ["--format", "r"], ["--format", "r", "--labels", "-o", "x.R"],
        ["--format", "r", "--excel", "-o", "x.R"], ["--format", "parquet", "--excel", "-o", "x.parquet"],
        ["--format", "parquet", "--codebook"],
    ])
    func usageErrors(arguments: [String]) {
        let run = Run(["export", survey] + arguments + ["--log", "/nonexistent/log.jsonl"])
        #expect(run.code == .usage, "\(run.error)")
    }
}
