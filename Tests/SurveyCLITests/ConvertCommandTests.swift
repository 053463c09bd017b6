import Foundation
import Synchronization
import Testing

@testable import SurveyCLI

/// `survey convert limesurvey`: warnings on standard error, the definition written, then checked.
@Suite struct ConvertCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-convert-\(UUID().uuidString)")
        .path
    static let fixtures = "\(repository)/Tests/SurveyConversionTests/Fixtures/limesurvey"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func writesAFileNamedAfterTheSurveyThatValidates() throws {
        let out = folder + "/volkszaehlung.json"
        let run = Run("convert", "limesurvey", "\(Self.fixtures)/ls205_group_relevance.lss", "-o", out, "--lang", "en")
        #expect(run.code == .success, "\(run.error)")
        #expect(run.out.isEmpty)
        let lines = run.error.split(separator: "\n")
        #expect(lines.allSatisfy { $0.hasPrefix("survey convert: warning: ") })
        #expect(
            lines.first
                == """
                survey convert: warning: survey (line 4188): the survey was not listed publicly in LimeSurvey; it is \
                open to invited participants only ("access": "token"); set "public" for an open link
                """)
        #expect(Run("validate", out).code == .success)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \"id\": \"volkszaehlung\",\n"))
    }

    @Test func printsTheDefinitionWithoutOutputFile() {
        let run = Run("convert", "limesurvey", "\(Self.fixtures)/limesurvey_survey_demo.lss", "--id", "demo")
        #expect(run.code == .success)
        #expect(run.out.hasPrefix("{\n  \"id\": \"demo\",\n"))
    }

    @Test func aDefinitionWithErrorsIsWrittenAndSaysSo() throws {
        let out = folder + "/Falscher_Name.json"
        let run = Run("convert", "limesurvey", "\(Self.fixtures)/limesurvey_survey_demo.lss", "-o", out, "--lang", "de")
        #expect(run.code == .failure)
        #expect(run.error.contains("\(out):2:9: error: "))
        #expect(
            run.error.hasSuffix(
                "survey convert: error: die umgewandelte Definition hat Fehler (oben); sie wurde trotzdem "
                    + "geschrieben, damit Sie sie von Hand berichtigen können\n"))
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func aBrokenFileIsAnErrorInTheAskedLanguage() {
        let path = folder + "/kaputt.lss"
        _ = FileManager.default.createFile(atPath: path, contents: Data("<document>\n<surveys>".utf8))
        let german = Run("convert", "limesurvey", path, "--lang", "de")
        #expect(german.code == .failure)
        #expect(german.error.hasPrefix("survey convert: error: \(path): Zeile 2, Spalte"))
        let missing = Run("convert", "limesurvey", folder + "/fehlt.lss", "--lang", "en")
        #expect(
            missing.error
                == "survey convert: error: \(folder)/fehlt.lss: cannot be read; check the path and its permissions\n")
    }

    @Test func controlCharactersOfTheSourceNeverReachTheTerminal() {
        let path = folder + "/escape.lss"
        let title = "Titel\u{1B}[31m"
        let xml = """
            <document><surveys><rows><row><sid>1</sid><language>de</language><listpublic>Y</listpublic></row></rows></surveys>
            <surveys_languagesettings><rows><row><surveyls_language>de</surveyls_language>\
            <surveyls_title>\(title)</surveyls_title></row></rows></surveys_languagesettings></document>
            """
        _ = FileManager.default.createFile(atPath: path, contents: Data(xml.utf8))
        let run = Run(["convert", "limesurvey", path, "--id", "probe"], terminal: true)
        #expect(!run.out.contains("\u{1B}"))
        #expect(!run.error.contains("\u{1B}"))
    }
}
