import EscapingCorpus
import Foundation
import TestSupport
import Testing

@testable import SurveyCLI

/// `survey diff`: the changes of a realistic edit in both languages, and diff(1)'s exit codes.
@Suite struct DiffCommandTests {
    static let golden = GoldenFiles.beside()
    let shipped = "\(repository)/surveys/digitale-bildung.json"
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("survey-diff-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Writes `text` as `name` into the test's folder.
    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    /// The shipped questionnaire after an office's round of edits: texts, a date, an option's value
    /// and label, a new option, a new question, a condition, a limit and a rule.
    func editedQuestionnaire(named name: String = "digitale-bildung.json") throws -> String {
        var text = try String(contentsOfFile: shipped, encoding: .utf8)
        let edits = [
            (
                #""en": "Survey of schools on the state of digital education""#,
                #""en": "Survey of schools on digital education""#
            ),
            (#""closes": "2027-01-29""#, #""closes": "2027-02-12""#),
            ("Bei Schulen mit mehreren Schularten wählen Sie bitte", "Haben Sie mehrere Schularten, wählen Sie bitte"),
            (#"{"value": "vg", "label""#, #"{"value": "verbandsgemeinde", "label""#),
            (#""kirchlich/privat""#, #""kirchlich oder privat""#),
            (#""lehrkraefte <= schueler""#, #""lehrkraefte < schueler""#),
            (
                #"{"value": "gaeste", "label": {"de": "Gäste", "en": "Guests"}}"#,
                #"{"value": "gaeste", "label": {"de": "Gäste", "en": "Guests"}},"# + "\n"
                    + #"            {"value": "eltern", "label": {"de": "Eltern", "en": "Parents"}}"#
            ),
            (
                #""visibleIf": "internet != 'keiner' and internet != 'weiss_nicht'""#,
                #""visibleIf": "internet != 'keiner'""#
            ),
            (#""max": 100000"#, #""max": 10000"#),
            (
                "        {\n          \"id\": \"bandbreite\",",
                #"        {"id": "glasfaser_geplant", "type": "boolean", "visibleIf": "internet != 'glasfaser'", "#
                    + #""title": {"de": "Ist ein Glasfaseranschluss geplant?", "en": "Is a fibre connection planned?"}},"#
                    + "\n        {\n          \"id\": \"bandbreite\","
            ),
            (#""min": 2000,"#, #""min": 2010,"#),
        ]
        for (old, new) in edits {
            #expect(text.contains(old), "not in the shipped survey: \(old)")
            text = text.replacing(old, with: new)
        }
        return write(name, text)
    }

    @Test func printsARealisticEditGroupedByPageInEnglishAndGerman() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let edited = try editedQuestionnaire()
        let english = Run("diff", shipped, edited)
        #expect(english.code == .failure, "\(english.error)")
        #expect(english.error.isEmpty)
        Self.golden.expect(english.out, matches: "digitale-bildung-edit.en.txt")
        let german = Run("diff", "--lang", "de", shipped, edited)
        #expect(german.code == .failure)
        Self.golden.expect(german.out, matches: "digitale-bildung-edit.de.txt")
    }

    /// A saved version's file name need not be the survey id.
    @Test func comparesFilesWhoseNameIsNotTheSurveyID() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let edited = try editedQuestionnaire(named: "version-2.json")
        let run = Run("diff", shipped, edited)
        #expect(run.code == .failure, "\(run.error)")
        #expect(run.out.hasPrefix("Survey settings\n  Survey: title changed: "))
    }

    @Test func exitsWithZeroWhenNothingChanged() {
        let run = Run("diff", shipped, shipped)
        #expect(run.code == .success)
        #expect(run.out == "No changes.\n")
        #expect(Run("diff", "--lang", "de", shipped, shipped).out == "Keine Änderungen.\n")
    }

    @Test func exitsWithTwoAndTheProblemsWhenAFileDoesNotLoad() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = Run("diff", shipped, folder + "/missing.json")
        #expect(missing.code == .usage)
        #expect(missing.out.isEmpty)
        #expect(missing.error == "\(folder)/missing.json:1:1: error: no such file; check the path\n")
        let broken = write("broken.json", #"{"id": "broken", "title": "T", "access": "public", "pages": []}"#)
        let invalid = Run("diff", "--lang", "de", broken, shipped)
        #expect(invalid.code == .usage)
        #expect(invalid.error.contains("broken.json:1:"))
        #expect(invalid.error.contains("\"pages\" ist leer"))
    }

    /// Titles and labels are the office's own text: their control characters are shown, never obeyed.
    @Test func showsControlCharactersInTextsVisibly() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func definition(_ title: String) -> String {
            #"{"id": "t", "title": "\#(title)", "access": "public", "pages": [{"id": "p", "title": "P", "questions": ["#
                + #"{"id": "q", "type": "text", "title": "Frage \u202e"}]}]}"#
        }
        let old = write("old.json", definition("Alt"))
        let new = write("new.json", definition(#"Neu \u001b]0;Titel\u0007\u001b[2J"#))
        let run = Run("diff", old, new)
        #expect(run.code == .failure, "\(run.error)")
        #expect(EscapingCorpus.problems(inTerminalText: run.out, allowingLineBreaks: true) == [])
        #expect(run.out.contains("“Alt” → “Neu \\u{1B}]0;Titel\\u{7}\\u{1B}[2J”"))
    }

    @Test func explainsItselfInHelp() {
        let run = Run("diff", "--help")
        #expect(run.code == .success)
        #expect(run.out.contains("Show what changed between two versions of a survey definition."))
        #expect(Run("--help").out.contains("diff"))
    }
}
