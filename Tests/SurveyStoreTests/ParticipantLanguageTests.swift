import Foundation
import SurveyStore
import Testing

/// The survey language a participant chose, kept in the participants file for every later browser.
struct ParticipantLanguageTests {
    @Test func theLanguageChosenLastIsKeptDurablyAndWrittenOnlyOnChange() throws {
        let directory = TemporaryDirectory()
        let registry = try ParticipantRegistry(directory: directory.path)
        _ = try registry.register([
            ParticipantImport.Row(id: "s1", label: "A", email: nil, fields: [:]),
            ParticipantImport.Row(id: "s2", label: "B", email: nil, fields: [:]),
        ])
        #expect(try registry.participant(id: "s1")?.language == nil)
        try registry.recordLanguage(id: "s1", language: "en")
        try registry.recordLanguage(id: "s1", language: "en")
        try registry.recordLanguage(id: "s1", language: "de")
        #expect(throws: StoreError.unknownParticipant("nobody")) {
            try registry.recordLanguage(id: "nobody", language: "en")
        }
        let reopened = try ParticipantRegistry(directory: directory.path)
        #expect(try reopened.participant(id: "s1")?.language == "de")
        #expect(try reopened.participant(id: "s2")?.language == nil)
        let lines = try String(contentsOfFile: registry.path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count(where: { $0.contains("\"kind\":\"language\"") }) == 2)
    }
}
