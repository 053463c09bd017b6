import Testing

@testable import SurveyModel

/// The definition's report settings as the loader reads them, and which questions a report shows in which order.
struct ReportSettingsTests {
    static func survey(report: String, flags: String = "") throws -> Survey {
        let text = """
            {"id": "test", "title": "Test", "languages": ["de", "en"], "access": "public", "pages": [
              {"id": "p", "title": "Seite", "questions": [
                {"id": "name", "type": "text", "title": "Name", "personal": true},
                {"id": "art", "type": "single", "title": "Art", "options": [{"value": "a", "label": "A"}]},
                {"id": "hinweis", "type": "note", "text": "Danke"},
                {"id": "zahl", "type": "number", "title": "Zahl"\(flags)},
                {"id": "ja", "type": "boolean", "title": "Ja?"},
                {"id": "bemerkung", "type": "text", "title": "Bemerkung"}]}],
             "report": \(report)}
            """
        let result = Survey.load(bytes: Array(text.utf8), file: "test.json")
        return try #require(result.survey, "\(result.diagnostics.map(\.message))")
    }

    @Test func defaultsLeaveOutPersonalDataFreeTextAndNotes() throws {
        let survey = try Self.survey(report: "{}")
        #expect(survey.reportSettings == ReportSettings())
        #expect(survey.reportOutline == [ReportSection(title: nil, questions: ["art", "zahl", "ja"])])
        #expect(survey.question("name")?.personal == true)
    }

    @Test func excludeIncludeAndTheQuestionsOwnFlag() throws {
        let listed = try Self.survey(report: #"{"exclude": ["art"], "include": ["bemerkung"]}"#)
        #expect(listed.reportOutline.flatMap(\.questions) == ["zahl", "ja", "bemerkung"])
        let flagged = try Self.survey(report: "{}", flags: #", "report": false"#)
        #expect(flagged.reportOutline.flatMap(\.questions) == ["art", "ja"])
    }

    @Test func sectionsOrderTheReportAndTheRestFollowsUntitled() throws {
        let survey = try Self.survey(
            report: #"""
                {"intro": {"de": "Für den Ausschuss", "en": "For the committee"},
                 "sections": [{"title": {"de": "Zahlen", "en": "Figures"}, "questions": ["zahl", "art"]}]}
                """#)
        #expect(survey.reportSettings.intro?.text(in: "en") == "For the committee")
        let outline = survey.reportOutline
        #expect(outline.map { $0.title?.text(in: "de") } == ["Zahlen", nil])
        #expect(outline.map(\.questions) == [["zahl", "art"], ["ja"]])
    }
}
