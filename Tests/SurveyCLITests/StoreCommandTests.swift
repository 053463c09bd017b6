import Foundation
import Testing

@testable import SurveyCLI

/// `survey participants import|list|reissue` and `survey responses check` on the shipped schools survey.
@Suite struct StoreCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-cli-\(UUID().uuidString)").path
    let survey = "\(repository)/surveys/digitale-bildung.json"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    var responses: [String] { ["--responses", folder + "/responses"] }

    @Test func importListReissue() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = write(
            "schulen.csv",
            "\u{FEFF}id;label;email;schulart;region\r\ns001;Grundschule Am Park;gs@example.de;gs;nord\r\ns002;\"Gymnasium; Süd\";;gym;sued\r\n"
        )
        let imported = Run(
            ["participants", "import", survey, csv, "--base-url", "https://umfrage.example/"] + responses)
        #expect(imported.code == .success)
        let lines = imported.out.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "id,label,email,token,link")
        #expect(lines.count == 3)
        let token = try #require(lines.last?.split(separator: ",").dropLast().last.map(String.init))
        #expect(lines.last == "s002,Gymnasium; Süd,,\(token),https://umfrage.example/t/\(token)")

        let again = Run(["participants", "import", survey, csv] + responses)
        #expect(again.code == .failure)
        #expect(again.error.contains("schulen.csv: row 2, column 1: id 's001' is already registered"))
        #expect(again.error.contains("survey: nothing imported: 2 problems"))

        let list = Run(["participants", "list", survey, "--pending", "--format", "csv"] + responses)
        #expect(list.code == .success)
        #expect(
            list.out.hasPrefix(
                "id,label,email,schulart,region,invited,opened,last_draft,submitted,invitation_mailed,reminder_mailed\r\n"
                    + "s001,Grundschule Am Park,gs@example.de,gs,nord,20"))

        let table = Run(["participants", "list", survey] + responses)
        #expect(table.out.hasSuffix("2 participants, 0 submitted\n"))

        let reissued = Run(["participants", "reissue", survey, "s002"] + responses)
        #expect(reissued.code == .success)
        #expect(reissued.out.hasPrefix("id,label,email,token,link\r\ns002,"))
        #expect(!reissued.out.contains(token))
        #expect(
            Run(["participants", "reissue", survey, "s999"] + responses).error
                == "survey: error: there is no participant 's999'\n")
        #expect(
            Run(["participants", "reissue", survey, "s01"] + responses).error
                == "survey: error: there is no participant 's01'; did you mean 's001'?\n")

        let ended = Run(["participants", "end-sessions", survey, "s001"] + responses)
        #expect(ended.code == .success)
        #expect(ended.out == "Sessions of s001 ended; the personal link still works.\n")
        #expect(
            Run(["participants", "end-sessions", survey, "s999"] + responses).error
                == "survey: error: there is no participant 's999'\n")
    }

    @Test func badImportFileImportsNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = write("bad.csv", "id,label,schulart,region\ns1,,gs,nord\ns2,B,xx,nord\n")
        let run = Run(["participants", "import", survey, csv] + responses)
        #expect(run.code == .failure)
        #expect(run.error.contains("bad.csv: row 2, column 2: 'label' is empty"))
        #expect(run.error.contains("bad.csv: row 3, column 3: 'xx' is not a value of 'schulart'"))
        #expect(run.out.isEmpty)
        #expect(
            Run(["participants", "list", survey, "--format", "csv"] + responses).out
                == "id,label,email,schulart,region,invited,opened,last_draft,submitted,invitation_mailed,reminder_mailed\r\n"
        )
    }

    @Test func checkAndRepair() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Run(["responses", "check", survey] + responses).out.hasSuffix("no responses yet\n"))
        try FileManager.default.createDirectory(
            atPath: folder + "/responses/digitale-bildung", withIntermediateDirectories: true)
        let good =
            #"{"kind":"void","seq":1,"response":"r1","revision":1,"time":"2026-11-27T08:00:00.000Z","definition":"x","reason":"Test"}"#
        _ = write("responses/digitale-bildung/log.jsonl", "oops\n" + good + "\n")
        let check = Run(["responses", "check", survey] + responses)
        #expect(check.code == .failure)
        #expect(check.out.contains("/digitale-bildung/log.jsonl:1: damaged: "))
        #expect(check.out.contains("1 records, 1 damaged lines"))
        let repair = Run(["responses", "check", survey, "--repair"] + responses)
        #expect(repair.code == .success)
        #expect(repair.out.contains("moved to "))
        #expect(Run(["responses", "check", survey] + responses).code == .success)
    }
}
