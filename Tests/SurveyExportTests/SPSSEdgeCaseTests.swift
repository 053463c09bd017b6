import CSVCodec
import Foundation
import SPSSSystemFile
import SurveyEvaluation
import SurveyExport
import SurveyModel
import SurveyStore
import TestSupport
import Testing

/// Texts beyond SPSS's limits, an empty export, and question ids that SPSS does not accept as names.
struct SPSSEdgeCaseTests {
    static let created = Timestamp(millisecondsSince1970: 1_790_000_000_000)

    /// A survey whose ids are valid for us but not for SPSS: a reserved word, names differing only
    /// in case, and an option code with a hyphen.
    static let awkwardNames = """
        {"id": "namen", "title": {"de": "Namen"}, "languages": ["de"], "access": "public", "pages": [{"id": "seite", "title": {"de": "Seite"}, "questions": [
          {"id": "to", "type": "number", "title": {"de": "Anzahl"}},
          {"id": "Q1", "type": "text", "title": {"de": "Erste"}},
          {"id": "q1", "type": "text", "title": {"de": "Zweite"}},
          {"id": "geraete", "type": "multiple", "title": {"de": "Geräte"},
           "options": [{"value": "pc-raum", "label": {"de": "PC-Raum"}}, {"value": "tablet", "label": {"de": "Tablet"}}]}
        ]}]}
        """

    static func awkwardLayout() throws -> ExportLayout {
        guard case .loaded(let survey, _) = Survey.load(bytes: Array(awkwardNames.utf8), file: "namen.json") else {
            throw SurveyDoesNotLoad()
        }
        return ExportLayout(survey: survey, language: "de")
    }

    struct SurveyDoesNotLoad: Error {}

    /// The codebook names the SPSS name of each renamed variable, and only those.
    @Test func codebookListsRenamedVariables() throws {
        let layout = try Self.awkwardLayout()
        let renamed = SPSSCodebook.renamed(layout)
        #expect(renamed.map(\.export) == ["to", "q1", "geraete_pc-raum"])
        #expect(renamed.map(\.spss) == ["to_2", "q1_2", "geraete_pc_raum"])
        let codebook = SPSSCodebook.codebook(layout)
        #expect(codebook.header.last == "SPSS-Name")
        let spssNames = Dictionary(codebook.rows.map { ($0[0], $0.last ?? "") }, uniquingKeysWith: { $1 })
        #expect(spssNames["to"] == "to_2")
        #expect(spssNames["Q1"] == "")
        #expect(spssNames["geraete_tablet"] == "")
        let plain = try ExportFixture.table(count: 1).layout
        #expect(SPSSCodebook.codebook(plain).header == plain.codebookHeader)
    }

    /// Downloads get the system file, or the syntax with the CSV it reads under the survey's name.
    @Test func exportFilesOfBothFormats() throws {
        let table = try ExportFixture.table(count: 3)
        let sav = try ExportFormat.spss.write(table, fileName: "daten.sav", options: ExportOptions()).files
        #expect(sav.map(\.name) == ["daten.sav"])
        #expect(sav.first?.bytes.prefix(4) == Array("$FL2".utf8)[...])
        let sps = try ExportFormat.sps.write(table, fileName: "daten.SPS", options: ExportOptions()).files
        #expect(sps.map(\.name) == ["daten.SPS", "daten.csv"])
        #expect(String(decoding: sps[0].bytes, as: UTF8.self).contains("/FILE='daten.csv'"))
        #expect(sps[1].bytes == SPSSSyntaxExport.data(table).bytes)
        let download = try ExportFormat.sps.write(table, fileName: "daten.sps", options: ExportOptions())
            .download(archiveName: "daten-sps.zip", time: Timestamp(millisecondsSince1970: 1_790_000_000_000))
        #expect(download.name == "daten-sps.zip" && download.bytes.prefix(2) == Array("PK".utf8)[...])
    }

    /// PSPP opens an empty export with its whole dictionary, from the system file and from the syntax.
    @Test(.requires(.pspp)) func emptyExportKeepsItsDictionary() throws {
        let table = ExportTable(layout: try ExportFixture.table(count: 1).layout, responses: [])
        let folder = try SPSSReading.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sav = folder.appendingPathComponent("leer.sav").path
        try Data(try SPSSSystemFileExport.write(table, created: Self.created).bytes).write(
            to: URL(fileURLWithPath: sav))
        let csv = folder.appendingPathComponent("leer.csv").path
        try Data(SPSSSyntaxExport.data(table).bytes).write(to: URL(fileURLWithPath: csv))
        for commands in ["GET FILE='\(sav)'.", SPSSSyntaxExport.syntax(table, csvFile: csv)] {
            let read = try #require(try SPSSReading.pspp(commands, in: folder))
            #expect(read.table.header == table.layout.header)
            #expect(read.table.rows.isEmpty)
            #expect(read.dictionary.contains(",gs,Grundschule"))
        }
    }

    /// Renamed variables reach PSPP under their SPSS names, with every cell, through both routes.
    @Test(.requires(.pspp)) func renamedVariablesKeepTheirCells() throws {
        let layout = try Self.awkwardLayout()
        let answers = Answers([
            "to": .number(3), "Q1": .text("eins"), "q1": .text("zwei"),
            "geraete": .multiple(MultipleChoiceAnswer(values: ["pc-raum"])),
        ])
        let table = ExportTable(
            layout: layout,
            responses: [ExportResponse(id: "r1", participantID: nil, submitted: Self.created, answers: answers)])
        let names = SPSSName.uniqueNames(for: layout.header)
        let folder = try SPSSReading.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sav = folder.appendingPathComponent("namen.sav").path
        try Data(try SPSSSystemFileExport.write(table, created: Self.created).bytes).write(
            to: URL(fileURLWithPath: sav))
        let csv = folder.appendingPathComponent("namen.csv").path
        try Data(SPSSSyntaxExport.data(table).bytes).write(to: URL(fileURLWithPath: csv))
        for commands in ["GET FILE='\(sav)'.", SPSSSyntaxExport.syntax(table, csvFile: csv)] {
            let read = try #require(try SPSSReading.pspp(commands, in: folder))
            SPSSReading.expectSameCells(read.table, as: table, names: names)
        }
    }

    /// A text over 255 bytes becomes a very long string; one over 32,767 bytes is cut there, between
    /// characters, with a warning that names the response and the variable.
    @Test(.requires(.pspp)) func longTextsAreKeptUpToSPSSsLimit() throws {
        let layout = try ExportFixture.table(count: 1).layout
        let medium = String(repeating: "Größe 😀 ", count: 30)
        let huge = String(repeating: "ä", count: 20_000)
        let responses = [medium, huge].enumerated().map { index, text in
            ExportResponse(
                id: "lang-\(index)", participantID: nil, submitted: Self.created,
                answers: Answers(["anmerkungen": .text(text)]))
        }
        let table = ExportTable(layout: layout, responses: responses)
        let written = try SPSSSystemFileExport.write(table, created: Self.created)
        #expect(
            written.warnings == [
                "response lang-1, variable anmerkungen: text of 40000 bytes cut to SPSS's limit of 32767 bytes"
            ])
        let data = SPSSSyntaxExport.data(table)
        #expect(
            data.warnings == [
                "response lang-1, variable anmerkungen: text of 40000 bytes cut to SPSS's limit of 32766 bytes"
            ])
        let folder = try SPSSReading.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sav = folder.appendingPathComponent("lang.sav").path
        try Data(written.bytes).write(to: URL(fileURLWithPath: sav))
        let csv = folder.appendingPathComponent("lang.csv").path
        try Data(data.bytes).write(to: URL(fileURLWithPath: csv))
        let column = try #require(layout.header.firstIndex(of: "anmerkungen"))
        for commands in ["GET FILE='\(sav)'.", SPSSSyntaxExport.syntax(table, csvFile: csv)] {
            let read = try #require(try SPSSReading.pspp(commands, in: folder))
            // 32,767 bytes hold 16,383 two-byte letters either way.
            #expect(
                read.table.rows.map { $0.fields[column] } == [
                    medium.trimmingSpaces, String(repeating: "ä", count: 16_383),
                ])
            #expect(read.dictionary.contains("A32767"))
        }
    }
}

extension String {
    /// The text without spaces at its end, as SPSS gives strings back.
    var trimmingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
