import Foundation
import Testing

@testable import SurveyCLI

/// `survey convert surveyjs`: warnings on standard error, the definition out, then the loader's verdict.
@Suite struct ConvertSurveyJSCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-convert-\(UUID().uuidString)")
        .path
    static let fixtures = "\(repository)/Tests/SurveyConversionTests/Fixtures/surveyjs"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    @Test func writesTheDefinitionNamedAfterTheOutputFileAndListsWarnings() throws {
        let output = folder + "/nps-2026.json"
        let run = Run("convert", "surveyjs", "\(Self.fixtures)/nps-feedback.json", "-o", output, "--lang", "en")
        #expect(run.code == .success)
        #expect(run.out.isEmpty)
        #expect(run.error.hasPrefix("survey convert: warning: completedHtmlOnCondition: "))
        #expect(run.error.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 3)
        #expect(Run("validate", output).code == .success)
        let text = String(decoding: FileManager.default.contents(atPath: output) ?? Data(), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"id\": \"nps-2026\",\n"))
    }

    @Test func writesToStandardOutputWithTheGivenIDAndGermanWarnings() {
        let run = Run("convert", "surveyjs", "\(Self.fixtures)/medical-service.json", "--id", "praxis", "--lang", "de")
        #expect(run.code == .success)
        #expect(run.out.hasPrefix("{\n  \"id\": \"praxis\",\n"))
        #expect(run.error.contains("survey convert: warning: title: Die Umfrage hat keinen Titel"))
    }

    @Test func aJavaScriptLiteralIsRefusedWithFileLineAndColumn() {
        let run = Run("convert", "surveyjs", "\(Self.fixtures)/product-feedback-literal.js", "--lang", "en")
        #expect(run.code == .failure)
        #expect(run.out.isEmpty)
        #expect(run.error.hasPrefix("\(Self.fixtures)/product-feedback-literal.js:1:3: error: "))
    }

    @Test func errorsOfTheResultAreReportedAndTheFileIsStillWritten() {
        let source = write("broken.json", #"{"title": "T", "elements": [{"type": "text", "name": "q"}]}"#)
        let output = folder + "/broken-out.json"
        let run = Run("convert", "surveyjs", source, "-o", output, "--id", "Not Valid", "--lang", "en")
        #expect(run.code == .failure)
        #expect(run.error.contains("\(output):2:9: error: "))
        #expect(run.error.hasSuffix("it was written anyway so that you can fix it by hand\n"))
        #expect(FileManager.default.fileExists(atPath: output))
    }

    @Test func controlCharactersInWarningsAreEscaped() {
        let source = write("escape.json", #"{"title": "T", "elements": [{"type": "x\u001b[31m", "name": "q"}]}"#)
        let run = Run("convert", "surveyjs", source, "--lang", "en")
        #expect(!run.error.contains("\u{1B}"))
        #expect(run.error.contains("unknown"))
    }

    @Test func aMissingFileAndNoSurveyAreErrors() {
        #expect(Run("convert", "surveyjs", folder + "/nichts.json").code == .failure)
        let run = Run("convert", "surveyjs", write("array.json", "[]"), "--lang", "de")
        #expect(run.code == .failure)
        #expect(run.error.contains("Das ist keine SurveyJS-Definition"))
    }
}
