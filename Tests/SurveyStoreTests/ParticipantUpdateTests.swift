import CSVCodec
import Foundation
import SurveyModel
import SurveyStore
import Testing

/// Importing again: labels for values, registered ids skipped or updated, messages in German.
struct ParticipantUpdateTests {
    static let field = ParticipantField(
        id: "schulart", label: LocalizedText("Schulart"),
        options: [
            Option(
                value: "gs",
                label: LocalizedText(
                    translations: ["de": "Grundschule", "en": "Primary school"], defaultText: "Grundschule")),
            Option(value: "gym", label: LocalizedText("Gymnasium")),
        ])
    static let rules = [ParticipantFieldRule(field)]

    static func read(_ text: String, mode: ParticipantImport.Mode) throws(ParticipantImportErrors)
        -> ParticipantImport.Checked
    {
        try ParticipantImport.read(Array(text.utf8), fields: rules, existingIDs: ["s1"], mode: mode)
    }

    @Test func labelsInAnyLanguageStandForTheirValue() throws {
        let checked = try Self.read(
            "id,label,schulart\ns2,A,grundschule\ns3,B,Primary school\ns4,C,gym\n", mode: .registerNew)
        #expect(checked.new.map { $0.fields["schulart"] } == ["gs", "gs", "gym"])
        #expect(throws: ParticipantImportErrors.self) {
            try Self.read("id,label,schulart\ns2,A,Grund\n", mode: .addNew)
        }
    }

    @Test func modesDecideAboutRegisteredAndNewIDs() throws {
        let text = "id,label,schulart\ns1,A,gs\ns2,B,gs\n"
        let refused = #expect(throws: ParticipantImportErrors.self) { try Self.read(text, mode: .registerNew) }
        #expect(
            refused?.errors.map { $0.message(in: "de") } == [
                "Zeile 2, Spalte 1: Die ID „s1“ ist bereits registriert; bereits Registrierte lassen sich überspringen oder aktualisieren."
            ])
        let added = try Self.read(text, mode: .addNew)
        #expect(added.new.map(\.id) == ["s2"] && added.existing.map(\.id) == ["s1"])
        let updateOnly = #expect(throws: ParticipantImportErrors.self) { try Self.read(text, mode: .update) }
        #expect(
            updateOnly?.errors.map(\.description) == [
                "row 3, column 1: id 's2' is not registered yet, so it cannot be updated"
            ])
        let both = try Self.read(text, mode: .addNewAndUpdate)
        #expect(both.new.map(\.id) == ["s2"] && both.existing.map(\.id) == ["s1"])
    }

    @Test func csvProblemsReadInGerman() {
        let error = ParticipantImportError.csv(
            .wrongFieldCount(CSVPosition(row: 4, column: 3, line: 5), expected: 3, found: 2))
        #expect(
            error.message(in: "de").hasPrefix(
                "Zeile 4, Spalte 3 (Textzeile 5): Diese Zeile hat 2 Felder, die Kopfzeile aber 3"))
        #expect(error.message(in: "en").hasPrefix("row 4, column 3 (line 5): this row has 2 fields"))
    }

    @Test func updateKeepsTokenAndTimesAndSurvivesReopening() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("participants-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let registry = try ParticipantRegistry(directory: folder)
        let invitation = try #require(
            try registry.register([
                ParticipantImport.Row(id: "s1", label: "Alt", email: "a@b.de", fields: ["schulart": "gs"])
            ]).first)
        let updated = try registry.update([
            ParticipantImport.Row(id: "s1", label: "Neu", email: nil, fields: ["schulart": "gym"])
        ])
        #expect(updated.map(\.label) == ["Neu"])
        let reopened = try ParticipantRegistry(directory: folder)
        let participant = try #require(try reopened.participant(forToken: invitation.token))
        #expect(participant.label == "Neu" && participant.email == nil && participant.fields == ["schulart": "gym"])
        #expect(participant.invited == invitation.participant.invited && participant.sessionGeneration == 0)
        #expect(throws: StoreError.unknownParticipant("s9")) {
            try registry.update([ParticipantImport.Row(id: "s9", label: "X", email: nil, fields: [:])])
        }
    }
}
