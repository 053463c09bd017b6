import Foundation
import SurveyStore
import Testing

@testable import SurveyCLI

/// Importing a grown or corrected list again, and the list in the office's terms.
@Suite struct ParticipantsImportAgainTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-cli-\(UUID().uuidString)").path
    let survey = "\(repository)/surveys/digitale-bildung.json"
    var responses: [String] { ["--responses", folder + "/responses"] }

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func addNewSkipsAndListsTheRegisteredOnes() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = write("a.csv", "id,label,schulart,region\ns001,Grundschule Am Park,gs,nord\n")
        #expect(Run(["participants", "import", survey, first] + responses).code == .success)
        let grown = write(
            "b.csv",
            "id,label,schulart,region\ns001,Grundschule Am Park,gs,nord\ns002,Gymnasium Süd,Gymnasium,Südlicher Kreis\n"
        )
        let again = Run(["participants", "import", survey, grown] + responses)
        #expect(again.code == .failure)
        #expect(again.error.contains("--add-new skips the ids registered already"))
        let added = Run(["participants", "import", survey, grown, "--add-new"] + responses)
        #expect(added.code == .success)
        #expect(added.error.contains("Skipped 1 participant registered already: s001"))
        #expect(added.out.split(separator: "\r\n").count == 2)
        #expect(added.out.contains("\r\ns002,Gymnasium Süd,,"))
        let list = Run(["participants", "list", survey, "--format", "csv"] + responses)
        #expect(list.out.contains("\r\ns002,Gymnasium Süd,,gym,sued,"))
    }

    @Test func updateChangesDetailsAndKeepsTheToken() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = write("a.csv", "id,label,email,schulart,region\ns001,Grundschule,alt@example.de,gs,nord\n")
        #expect(Run(["participants", "import", survey, first] + responses).code == .success)
        let directory = folder + "/responses/digitale-bildung"
        let hash = try ParticipantRegistry(directory: directory).participant(id: "s001")?.tokenHash
        let corrected = write(
            "b.csv",
            "id,label,email,schulart,region\ns001,Grundschule Am Park,neu@example.de,gs,Kreisstadt und Umgebung\n")
        let update = Run(["participants", "import", survey, corrected, "--update"] + responses)
        #expect(update.code == .success)
        #expect(update.error.contains("Updated 1 participant: s001"))
        #expect(update.error.contains("No new participants; nobody was invited."))
        #expect(update.out.isEmpty)
        let list = Run(["participants", "list", survey, "--format", "csv"] + responses)
        #expect(list.out.contains("\r\ns001,Grundschule Am Park,neu@example.de,gs,mitte,"))
        #expect(try ParticipantRegistry(directory: directory).participant(id: "s001")?.tokenHash == hash)
        let unknown = write("c.csv", "id,label,schulart,region\ns009,Neu,gs,nord\n")
        let refused = Run(["participants", "import", survey, unknown, "--update"] + responses)
        #expect(refused.error.contains("row 2, column 1: id 's009' is not registered yet, so it cannot be updated"))
        #expect(Run(["participants", "import", survey, unknown, "--update", "--add-new"] + responses).code == .success)
    }

    @Test func listShowsLocalTimesAndWritesExcel() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try FileManager.default.createDirectory(
            atPath: folder + "/responses/digitale-bildung", withIntermediateDirectories: true)
        _ = write(
            "responses/digitale-bildung/participants.jsonl",
            #"{"kind":"participant","id":"s1","label":"Schule","fields":{"region":"nord","schulart":"gs"},"token":"ab","time":"2026-11-27T08:14:00.000Z"}"#
                + "\n")
        let table = Run(["participants", "list", survey] + responses)
        #expect(table.out.contains("s1  Schule         gs        nord    2026-11-27 09:14  -"))
        let excel = Run(["participants", "list", survey, "--pending", "--format", "csv", "--excel"] + responses)
        #expect(
            excel.out.hasPrefix(
                "\u{FEFF}id;label;email;schulart;region;invited;opened;last_draft;submitted;"
                    + "invitation_mailed;reminder_mailed\r\n"))
        #expect(excel.out.contains("s1;Schule;;gs;nord;2026-11-27 09:14;;;;;\r\n"))
        #expect(Run(["participants", "list", survey, "--excel"] + responses).code == .usage)
    }
}
