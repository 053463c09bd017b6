import Foundation
import Testing

@testable import SurveyCLI

/// `survey export --format spss|sps` writes its files for the owner only and refuses standard output.
@Suite struct SPSSExportCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-spss-\(UUID().uuidString)")
        .path
    let survey = "\(repository)/surveys/digitale-bildung.json"

    @Test func writesTheSystemFileAndTheSyntaxWithItsCSV() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let responses = ["--responses", folder + "/responses"]
        #expect(Run(["generate", survey, "--count", "5"] + responses).code == .success)

        let sav = Run(["export", survey, "--format", "spss", "-o", folder + "/daten.sav"] + responses)
        #expect(sav.code == .success, "\(sav.error)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/daten.sav"))
        #expect(bytes.prefix(4) == Data("$FL2".utf8))

        let sps = Run(["export", survey, "--format", "sps", "-o", folder + "/daten.sps"] + responses)
        #expect(sps.code == .success, "\(sps.error)")
        let syntax = try String(contentsOfFile: folder + "/daten.sps", encoding: .utf8)
        #expect(syntax.contains("/FILE='daten.csv'"))
        let csv = try String(contentsOfFile: folder + "/daten.csv", encoding: .utf8)
        #expect(csv.hasPrefix("response,participant,submitted,"))
        for file in ["daten.sav", "daten.sps", "daten.csv"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + file)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "\(file)")
        }
    }

    @Test(arguments: ["spss", "sps"]) func needsAnOutputFile(format: String) {
        let run = Run(["export", survey, "--format", format, "--log", "/nonexistent/log.jsonl"])
        #expect(run.code == .usage)
        #expect(run.error.contains("writes files: name one with -o FILE"))
        #expect(run.out.isEmpty)
    }

    @Test func codebookIsNotAnSPSSFile() {
        let run = Run(["export", survey, "--codebook", "--format", "spss"])
        #expect(run.code == .usage)
    }
}
