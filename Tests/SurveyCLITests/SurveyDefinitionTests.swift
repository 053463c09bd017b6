import SurveyModel
import Testing

@testable import SurveyCLI

@Suite struct SurveyDefinitionTests {
    @Test(arguments: [
        ("digitale-bildung", "surveys/digitale-bildung.json"),
        ("surveys/digitale-bildung.json", "surveys/digitale-bildung.json"),
        ("/srv/umfragen/welle-2", "/srv/umfragen/welle-2"),
        ("welle.json", "welle.json"),
    ])
    func namesTheFile(_ argument: String, _ path: String) {
        #expect(SurveyDefinition.path(for: argument) == path)
    }

    @Test func loadsTheShippedSurveyWithItsBytes() throws {
        let definition = try SurveyDefinition("\(repository)/surveys/fortbildung-feedback.json")
        #expect(definition.survey.id == "fortbildung-feedback")
        #expect(definition.bytes.count > 100)
    }

    @Test func tellsAMissingFileFromABrokenOne() {
        #expect(throws: SurveyDefinition.Problem.self) { try SurveyDefinition("no-such-survey") }
        do {
            _ = try SurveyDefinition("\(repository)/Tests/SurveyModelTests/Fixtures/invalid/unknown-key.json")
            Issue.record("a broken definition loaded")
        } catch {
            #expect(error.exitCode == .failure)
            #expect(
                error.message.hasSuffix(
                    "has errors; run `survey validate \(repository)/Tests/SurveyModelTests/Fixtures/invalid/unknown-key.json` to see them"
                ))
        }
    }
}
