import Foundation
import Testing

@testable import SurveyCLI

/// `survey export --format xlsx` writes a workbook file, only ever to a named file.
struct ExportWorkbookCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-xlsx-\(UUID().uuidString)")
        .path
    let survey = "\(repository)/surveys/digitale-bildung.json"

    @Test func writesAPrivateWorkbookFile() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let responses = ["--responses", folder + "/responses"]
        #expect(Run(["generate", survey, "--count", "5"] + responses).code == .success)
        let run = Run(["export", survey, "--format", "xlsx", "--labels", "-o", folder + "/daten.xlsx"] + responses)
        #expect(run.code == .success, "\(run.error)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/daten.xlsx")))
        #expect(bytes.prefix(4) == [0x50, 0x4B, 0x03, 0x04])
        #expect(String(decoding: bytes, as: UTF8.self).contains("xl/worksheets/sheet3.xml"))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/daten.xlsx")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }

    /// A binary file on standard output would garble a terminal and is easily lost in a pipe.
    @Test func refusesStandardOutput() {
        let run = Run(["export", survey, "--format", "xlsx", "--responses", folder + "/responses"])
        #expect(run.code == .usage)
        #expect(run.error.contains("--format xlsx writes files: name one with -o FILE"))
        #expect(run.out.isEmpty)
    }
}
