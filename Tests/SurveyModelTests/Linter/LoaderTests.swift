import Foundation
import StrictJSON
import Testing

@testable import SurveyModel

/// The load entry points, the model they build, and the small parsers behind them.
struct LoaderTests {
    static let minimal = """
        {"id": "test", "title": "Test", "access": "public", "pages": [
          {"id": "p", "title": "Seite", "questions": [
            {"id": "q", "type": "boolean", "title": "Frage"}]}]}
        """

    @Test func loadsAMinimalSurveyWithDefaults() throws {
        let survey = try #require(Survey.load(bytes: Array(Self.minimal.utf8), file: "surveys/test.json").survey)
        #expect(survey.languages == ["de"])
        #expect(survey.access == .public)
        #expect(survey.anonymous == false)
        #expect(survey.publicQuestionnaire == true)
        #expect(survey.opens == nil && survey.closes == nil)
        #expect(survey.timeZone.identifier == "Europe/Berlin")
        #expect(survey.report == .object([]))
        #expect(survey.questions.map(\.id) == ["q"])
        #expect(survey.question("q")?.location == SourceLocation(line: 3, column: 12))
    }

    @Test func questionnaireOfATokenSurveyIsPublicOnlyWhenTheDefinitionSaysSo() throws {
        let token = Self.minimal.replacingOccurrences(of: "\"access\": \"public\"", with: "\"access\": \"token\"")
        #expect(Survey.load(bytes: Array(token.utf8), file: "surveys/test.json").survey?.publicQuestionnaire == false)
        let opened = token.replacingOccurrences(
            of: "\"access\": \"token\"", with: "\"access\": \"token\", \"publicQuestionnaire\": true")
        #expect(Survey.load(bytes: Array(opened.utf8), file: "surveys/test.json").survey?.publicQuestionnaire == true)
        let wrong = token.replacingOccurrences(
            of: "\"access\": \"token\"", with: "\"access\": \"token\", \"publicQuestionaire\": true")
        let messages = Survey.load(bytes: Array(wrong.utf8), file: "surveys/test.json").diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("did you mean \"publicQuestionnaire\"") }, "\(messages)")
    }

    @Test func reportsAMissingFile() {
        let result = Survey.load(path: "/nonexistent/survey.json")
        #expect(
            result.diagnostics.map(\.rendered) == ["/nonexistent/survey.json:1:1: error: no such file; check the path"])
    }

    @Test func reportsAFolder() {
        let folder = RepositoryPaths.path("surveys")
        #expect(Survey.load(path: folder).diagnostics.map(\.message) == ["this is a folder, not a survey file"])
    }

    @Test func skipsAByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.minimal.utf8)
        #expect(Survey.load(bytes: bytes, file: "test.json").survey != nil)
    }

    @Test func warningsAloneStillLoad() throws {
        let text = Self.minimal.replacingOccurrences(
            of: "\"title\": \"Test\"",
            with: """
                "title": {"de": "Test"}, "languages": ["de", "en"]
                """)
        let result = Survey.load(bytes: Array(text.utf8), file: "test.json")
        let survey = try #require(result.survey)
        #expect(survey.title.text(in: "en") == "Test")
        #expect(
            result.diagnostics.map(\.rendered) == [
                "test.json:1:25: warning: \"title\" of the survey lacks the English (\"en\") text"
            ])
    }

    @Test func buildsTheExampleModel() throws {
        let survey = try #require(Survey.load(path: RepositoryPaths.path("surveys/digitale-bildung.json")).survey)
        #expect(survey.languages == ["de", "en"])
        #expect(survey.participantField("schulart")?.options.count == 8)
        #expect(
            survey.question("bandbreite")?.visibleIf?.source == "internet != 'keiner' and internet != 'weiss_nicht'")
        #expect(survey.question("medienkonzept_jahr")?.rules.count == 1)
        let types = Set(survey.questions.map(\.kind.typeName))
        #expect(types == Set(QuestionType.allCases))
        guard case .matrix(let matrix) = survey.question("ausstattung")?.kind, case .scale(let scale) = matrix.cells
        else {
            Issue.record("ausstattung is not a matrix on a scale")
            return
        }
        #expect(scale.points == 1...5)
        #expect(scale.notApplicable?.text(in: "en") == "cannot judge")
        #expect(survey.expressionSchema.questions["dienste"] != nil)
        #expect(survey.expressionSchema.questions["geraete_hinweis"] == nil)
    }

    @Test func opensAndClosesFollowTheTimeZone() throws {
        let survey = try #require(Survey.load(path: RepositoryPaths.path("surveys/digitale-bildung.json")).survey)
        let opens = try #require(survey.opens)
        let closes = try #require(survey.closes)
        // 2026-11-16 00:00 in Berlin (UTC+1) and the end of 2027-01-29.
        #expect(opens == Date(timeIntervalSince1970: 1_794_783_600))
        #expect(closes == Date(timeIntervalSince1970: 1_801_263_600))
        #expect(survey.isOpen(at: opens))
        #expect(!survey.isOpen(at: closes))
        #expect(!survey.isOpen(at: opens.addingTimeInterval(-1)))
    }

    static let scheduleCases: [(text: String, endOfDay: Bool, expected: Double?)] = [
        ("2025-03-01", false, 1_740_783_600),
        ("2025-03-01", true, 1_740_870_000),
        ("2025-03-01T08:00", false, 1_740_812_400),
        ("2025-03-01T08:00:30", false, 1_740_812_430),
        ("2025-03-01T08:00Z", false, 1_740_816_000),
        ("2025-03-01T08:00+02:00", false, 1_740_808_800),
        ("2025-07-01T08:00", false, 1_751_349_600),
        ("2025-02-29", false, nil),
        ("2025-03-01 08:00", false, nil),
        ("2025-03-01T25:00", false, nil),
        ("2025-03-01T08:00+2", false, nil),
        ("1.3.2025", false, nil),
        ("", false, nil),
    ]

    @Test(arguments: scheduleCases)
    func parsesScheduleTimes(text: String, endOfDay: Bool, expected: Double?) throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let date = ScheduleTime.parse(text, timeZone: berlin, endOfDay: endOfDay)
        #expect(date?.timeIntervalSince1970 == expected)
    }

    @Test(arguments: [
        ("2024-02-29", "2024-02-29"), ("2023-02-29", nil), ("2000-02-29", "2000-02-29"), ("1900-02-29", nil),
        ("2024-13-01", nil), ("2024-04-31", nil), ("2024-4-01", nil), ("24-04-01", nil), ("2024-04-01x", nil),
        ("２０２４-04-01", nil),
    ])
    func parsesCalendarDates(text: String, expected: String?) {
        #expect(CalendarDate(iso: text)?.description == expected)
    }

    @Test(arguments: [
        ("schulart", true), ("geraete_2024", true), ("A", true), ("2schulart", false), ("schul-art", false),
        ("", false), ("schülerzahl", false), ("_x", false),
    ])
    func checksNames(text: String, valid: Bool) {
        #expect(Identifier.isName(text) == valid)
    }

    @Test(arguments: [
        ("digitale-bildung", true), ("2026", true), ("Digitale", false), ("-x", false), ("a_b", false), ("", false),
    ])
    func checksSurveyIDs(text: String, valid: Bool) {
        #expect(Identifier.isSurveyID(text) == valid)
    }

    @Test(arguments: [("gs", true), ("1-49", true), ("v1.2", true), ("-1", false), ("kein Anschluss", false)])
    func checksOptionValues(text: String, valid: Bool) {
        #expect(Identifier.isOptionValue(text) == valid)
    }

    @Test func longValuesAreShortenedInMessages() {
        let long = String(repeating: "Ja, das ist so. ", count: 10)
        let text = Self.minimal.replacingOccurrences(
            of: "\"type\": \"boolean\"", with: "\"type\": \"boolean\", \"required\": \"\(long)\"")
        #expect(
            Survey.load(bytes: Array(text.utf8), file: "test.json").diagnostics.map(\.message) == [
                "\"required\" of question \"q\" must be true or false, not a string (\"Ja, das ist so. Ja, das ist so. Ja, d…\")"
            ])
    }

    @Test func keywordsInAnyCaseAreNotIDs() {
        let text = Self.minimal.replacingOccurrences(of: "\"id\": \"q\"", with: "\"id\": \"And\"")
        #expect(
            Survey.load(bytes: Array(text.utf8), file: "test.json").diagnostics.map(\.message) == [
                "question id \"And\" is a word of the expression language; choose another id"
            ])
    }

    @Test func everyFixtureDiagnosticSortsInFileOrder() throws {
        let bytes = try #require(
            FileManager.default.contents(
                atPath: RepositoryPaths.path("Tests/SurveyModelTests/Fixtures/invalid/many-problems.json")))
        let locations = Survey.load(bytes: [UInt8](bytes), file: "many-problems.json").diagnostics.map(\.location)
        #expect(locations.count == 6)
        #expect(locations == locations.sorted())
    }
}
