import Testing

@testable import SurveyModel

/// The surveys shipped in `surveys/` load without errors and without warnings.
struct ExampleSurveyTests {
    @Test(arguments: ["digitale-bildung", "fortbildung-feedback"])
    func loadsCleanly(id: String) throws {
        let result = Survey.load(path: RepositoryPaths.path("surveys/\(id).json"))
        #expect(result.diagnostics.map(\.rendered) == [])
        let survey = try #require(result.survey)
        #expect(survey.id == id)
    }
}
