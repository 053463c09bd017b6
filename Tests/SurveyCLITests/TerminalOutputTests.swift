import EscapingCorpus
import Foundation
import Testing

@testable import SurveyCLI

/// Answers, titles and definition lines reach the terminal with their control characters shown, never obeyed.
@Suite struct TerminalOutputTests {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("survey-terminal-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// A survey whose title holds an escape sequence, with three hostile answers imported.
    func surveyWithAnswers() -> (survey: String, responses: [String]) {
        let survey = write(
            "terminal.json",
            Array(
                #"""
                {"id": "terminal", "title": "Terminal \u001b]0;Titel\u0007", "languages": ["de"], "access": "public",
                 "pages": [{"id": "p", "title": "P", "questions": [
                   {"id": "bemerkung", "type": "text", "title": "Bemerkung \u202e", "multiline": true}]}]}
                """#.utf8))
        let answers = [
            "\u{1B}[2J\u{1B}[31mrot\u{1B}[0m", "Zeile 1\nZeile 2\r", "\u{9B}6n \u{202E}gnp.exe",
        ]
        let csv = write("antworten.csv", Array(("bemerkung\n" + answers.map { "\"\($0)\"\n" }.joined()).utf8))
        let responses = ["--responses", folder + "/responses"]
        #expect(Run(["import", survey, csv] + responses).code == .success)
        return (survey, responses)
    }

    @Test func evaluateShowsEscapeSequencesInAnswersVisibly() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (survey, responses) = surveyWithAnswers()
        let run = Run(["evaluate", survey, "--texts"] + responses)
        #expect(run.code == .success)
        #expect(EscapingCorpus.problems(inTerminalText: run.out, allowingLineBreaks: true) == [])
        #expect(run.out.hasPrefix("Terminal \\u{1B}]0;Titel\\u{7} (terminal)\n"))
        #expect(run.out.contains("bemerkung — Bemerkung \\u{202E} [text]\n"))
        #expect(run.out.contains("  · \\u{1B}[2J\\u{1B}[31mrot\\u{1B}[0m\n"))
        #expect(run.out.contains("  · Zeile 1\\nZeile 2\\r\n"))
        #expect(run.out.contains("  · \\u{9B}6n \\u{202E}gnp.exe\n"))
    }

    /// Data for other programs is not terminal text: an export to standard output keeps every character.
    @Test func exportToStandardOutputKeepsTheAnswersAsTheyAre() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (survey, responses) = surveyWithAnswers()
        let run = Run(["export", survey, "--format", "csv"] + responses)
        #expect(run.code == .success)
        #expect(run.out.contains("\u{1B}[2J\u{1B}[31mrot\u{1B}[0m"))
        #expect(run.out.contains("\u{9B}6n \u{202E}gnp.exe"))
    }

    /// On a terminal, data is read by a person: an export or an invitation list shows control characters visibly.
    @Test func dataWrittenToATerminalShowsControlCharactersVisibly() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (survey, responses) = surveyWithAnswers()
        let export = Run(["export", survey, "--format", "csv"] + responses, terminal: true)
        #expect(export.code == .success)
        #expect(EscapingCorpus.problems(inTerminalText: export.out, allowingLineBreaks: true) == [])
        #expect(export.out.contains("\\u{1B}[2J\\u{1B}[31mrot\\u{1B}[0m"))
        let schools = write(
            "schulen.csv", Array("id,label\ns1,\"Schule \u{1B}]0;Titel\u{7}\"\n".utf8))
        let invited = Run(["participants", "import", survey, schools] + responses, terminal: true)
        #expect(invited.code == .success)
        #expect(EscapingCorpus.problems(inTerminalText: invited.out, allowingLineBreaks: true) == [])
        #expect(invited.out.contains("s1,Schule \\u{1B}]0;Titel\\u{7},"))
        let reissued = Run(["participants", "reissue", survey, "s1"] + responses, terminal: true)
        #expect(EscapingCorpus.problems(inTerminalText: reissued.out, allowingLineBreaks: true) == [])
    }

    /// A definition line with a raw control character is quoted in a diagnostic without it.
    @Test func diagnosticsShowControlCharactersOfTheDefinitionVisibly() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = write("kaputt.json", Array("{\"id\": \"x\u{1B}[2J\u{1B}]0;pwned\u{7}\"}\n".utf8))
        let run = Run("validate", file)
        #expect(run.code == .failure)
        #expect(EscapingCorpus.problems(inTerminalText: run.out + run.error, allowingLineBreaks: true) == [])
        #expect(run.out.contains("\\u{1B}[2J"))
    }
}
