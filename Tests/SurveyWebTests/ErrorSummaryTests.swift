import Markup
import SurveyModel
import Testing

@testable import SurveyWeb

@Suite struct ErrorSummaryTests {
    @Test func entriesJoinTitleAndMessageWithoutDoublePunctuation() throws {
        let definition = """
            {"id": "s", "title": "S", "languages": ["de"], "access": "public", "pages": [{"id": "p", "title": "P",
             "questions": [{"id": "ganztag", "type": "boolean", "title": "Ganztagsschule?", "required": true},
                           {"id": "name", "type": "text", "title": "Name", "required": true}]}]}
            """
        let survey = try #require(Survey.load(bytes: Array(definition.utf8), file: "s.json").survey)
        var html = HTMLBuilder()
        ErrorSummary(
            context: RenderContext(survey: survey, language: "de"), questions: survey.questions,
            errors: ["ganztag": ["Bitte antworten."], "name": ["Bitte antworten."]]
        ).render(into: &html)
        let text = html.string
        #expect(text.contains(">Ganztagsschule? Bitte antworten.</a>"))
        #expect(text.contains(">Name: Bitte antworten.</a>"))
    }
}
