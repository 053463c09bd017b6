import StrictJSON
import Testing

@testable import SurveyModel

/// Answers survive the trip to JSON and back, and JSON of the wrong shape is refused.
struct AnswerJSONTests {
    static let survey = Survey.load(path: RepositoryPaths.path("surveys/digitale-bildung.json")).survey

    static let roundTripCases: [(question: String, answer: Answer, json: String)] = [
        ("schulname", .text("Gymnasium \"am\" Rhein"), #""Gymnasium \"am\" Rhein""#),
        ("bandbreite", .number(250.5), "250.5"),
        ("schueler", .number(850), "850"),
        ("schulart", .choice("gym"), #""gym""#),
        ("schulart", .choice("other", other: "Waldorfschule"), #"{"value":"other","other":"Waldorfschule"}"#),
        ("dienste", .choices(["moodle", "email"]), #"["moodle","email"]"#),
        ("dienste", .choices(["other"], other: "IServ"), #"{"values":["other"],"other":"IServ"}"#),
        ("ganztag", .bool(true), "true"),
        ("netz_zufriedenheit", .scale(.point(4)), "4"),
        ("ausstattung", .matrix(["aktuell": .point(2), "ausreichend": .notApplicable]),
         #"{"aktuell":2,"ausreichend":"notApplicable"}"#),
        ("vorhaben", .ranking(["zeit", "wlan", "support"]), #"["zeit","wlan","support"]"#),
        ("stichtag", .date(CalendarDate(year: 2026, month: 8, day: 1)!), #""2026-08-01""#),
    ]

    @Test(arguments: roundTripCases)
    func roundTrips(questionID: String, answer: Answer, json: String) throws {
        let question = try #require(Self.survey?.question(questionID))
        #expect(answer.json.serialized() == json)
        let parsed = try JSON(JSONDocument(parsing: json).root)
        #expect(Answer(json: parsed, for: question) == answer)
    }

    static let refusals: [(question: String, json: String)] = [
        ("schulname", "12"), ("schueler", #""850""#), ("schulart", #"["gym"]"#),
        ("schulart", #"{"value":"other","other":5}"#), ("schulart", #"{"value":"gym","extra":1}"#),
        ("dienste", #"["moodle",1]"#), ("ganztag", #""ja""#), ("netz_zufriedenheit", "4.5"),
        ("netz_zufriedenheit", #""n/a""#), ("ausstattung", #"{"aktuell":"gut"}"#), ("ausstattung", "[2]"),
        ("vorhaben", #""zeit""#), ("stichtag", #""01.08.2026""#), ("geraete_hinweis", #""text""#),
    ]

    @Test(arguments: refusals)
    func refusesTheWrongShape(questionID: String, json: String) throws {
        let question = try #require(Self.survey?.question(questionID))
        let parsed = try JSON(JSONDocument(parsing: json).root)
        #expect(Answer(json: parsed, for: question) == nil)
    }
}
