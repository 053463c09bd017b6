import StrictJSON
import Testing

@testable import SurveyModel

struct AnswerJSONTests {
    /// Each type's stored form, as documented in docs/answer-format.md.
    static let storedForms: [(question: String, answer: Answer, json: String)] = [
        ("name", .text("Grundschule am Wald"), #""Grundschule am Wald""#),
        ("schueler", .number(312), "312"),
        ("bandbreite", .number(12.5), "12.5"),
        ("internet", .single(.option("glasfaser")), #""glasfaser""#),
        ("internet", .single(.other("Richtfunk")), #"{"value":"other","other":"Richtfunk"}"#),
        ("dienste", .multiple(MultipleChoiceAnswer(values: ["moodle", "bbb"])), #"["moodle","bbb"]"#),
        ("dienste", .multiple(MultipleChoiceAnswer(values: [])), "[]"),
        (
            "dienste", .multiple(MultipleChoiceAnswer(values: ["mail"], other: "Padlet")),
            #"{"values":["mail","other"],"other":"Padlet"}"#
        ),
        ("ganztag", .boolean(true), "true"),
        ("zufriedenheit", .scale(.point(4)), "4"),
        ("zufriedenheit", .scale(.notApplicable), #""na""#),
        (
            "aussagen", .matrix(["aktuell": .notApplicable, "ausreichend": .point(2)]),
            #"{"aktuell":"na","ausreichend":2}"#
        ),
        ("technik", .matrix(["beamer": .option("ja"), "tafel": .option("na")]), #"{"beamer":"ja","tafel":"na"}"#),
        ("vorhaben", .ranking(["support", "wlan"]), #"["support","wlan"]"#),
        ("stichtag", .date(CalendarDate(year: 2024, month: 3, day: 1) ?? testToday), #""2024-03-01""#),
    ]

    @Test(arguments: storedForms)
    func writesAndReadsBack(question id: String, answer: Answer, json: String) throws {
        #expect(answer.json.serialized() == json)
        let question = try testQuestion(id)
        let parsed = try JSON(JSONDocument(parsing: json).root)
        #expect(try Answer(json: parsed, for: question) == answer)
    }

    static let malformed: [(question: String, json: String, error: AnswerDecodingError)] = [
        ("name", "12", .wrongShape(path: "name", expected: "a string", found: "a number")),
        ("schueler", #""12""#, .wrongShape(path: "schueler", expected: "a number", found: "a string")),
        ("ganztag", #""ja""#, .wrongShape(path: "ganztag", expected: "true or false", found: "a string")),
        (
            "internet", #"{"value":"glasfaser","other":"x"}"#,
            .wrongShape(
                path: "internet", expected: #"an option value or {"value": "other", "other": text}"#, found: "an object"
            )
        ),
        (
            "internet", #"{"value":"other"}"#,
            .wrongShape(
                path: "internet", expected: #"an option value or {"value": "other", "other": text}"#, found: "an object"
            )
        ),
        (
            "dienste", #"["moodle",1]"#,
            .wrongShape(
                path: "dienste", expected: #"an array of option values or {"values": [..., "other"], "other": text}"#,
                found: "an array")
        ),
        (
            "dienste", #"["moodle","other"]"#,
            .wrongShape(
                path: "dienste", expected: #"an array of option values or {"values": [..., "other"], "other": text}"#,
                found: "an array")
        ),
        (
            "dienste", #"{"values":["moodle"],"other":"x"}"#,
            .wrongShape(
                path: "dienste", expected: #"an array of option values or {"values": [..., "other"], "other": text}"#,
                found: "an object")
        ),
        (
            "zufriedenheit", "2.5",
            .wrongShape(path: "zufriedenheit", expected: #"a whole number or "na""#, found: "a number")
        ),
        (
            "zufriedenheit", #""n/a""#,
            .wrongShape(path: "zufriedenheit", expected: #"a whole number or "na""#, found: "a string")
        ),
        ("aussagen", "[1,2]", .wrongShape(path: "aussagen", expected: "an object of rows", found: "an array")),
        (
            "aussagen", #"{"aktuell":"ja"}"#,
            .wrongShape(path: "aussagen.aktuell", expected: #"a whole number or "na""#, found: "a string")
        ),
        (
            "technik", #"{"beamer":1}"#,
            .wrongShape(path: "technik.beamer", expected: "an option value", found: "a number")
        ),
        (
            "vorhaben", #""wlan""#,
            .wrongShape(path: "vorhaben", expected: "an array of option values", found: "a string")
        ),
        ("stichtag", #""01.03.2024""#, .invalidDate(path: "stichtag", text: "01.03.2024")),
        ("stichtag", #""2023-02-29""#, .invalidDate(path: "stichtag", text: "2023-02-29")),
        ("hinweis", #""x""#, .noteHasNoAnswer("hinweis")),
    ]

    @Test(arguments: malformed)
    func rejectsMalformedValues(question id: String, json: String, error: AnswerDecodingError) throws {
        let question = try testQuestion(id)
        let parsed = try JSON(JSONDocument(parsing: json).root)
        #expect(throws: error) { try Answer(json: parsed, for: question) }
    }

    @Test func duplicateMatrixRowsAreRejected() throws {
        let question = try testQuestion("aussagen")
        let json: JSON = .object([JSONField(key: "aktuell", value: 1), JSONField(key: "aktuell", value: 2)])
        #expect(throws: AnswerDecodingError.duplicateRow(path: "aussagen.aktuell")) {
            try Answer(json: json, for: question)
        }
    }

    @Test func wholeResponseRoundTripsInFormOrder() throws {
        let json = validTestAnswers.json(in: answerTestSurvey)
        #expect(
            json.fields?.map(\.key) == [
                "name", "schueler", "lehrkraefte", "internet", "dienste", "moodle_anteil", "aussagen",
            ])
        #expect(try Answers(json: json, in: answerTestSurvey) == validTestAnswers)
    }

    @Test func nullCountsAsUnanswered() throws {
        let answers = try Answers(json: ["name": "A", "mail": nil], in: answerTestSurvey)
        #expect(answers == Answers(["name": .text("A")]))
    }

    @Test func wholeResponseErrors() {
        #expect(throws: AnswerDecodingError.notAnObject(found: "an array")) {
            try Answers(json: [], in: answerTestSurvey)
        }
        #expect(throws: AnswerDecodingError.unknownQuestion("schulname")) {
            try Answers(json: ["schulname": "A"], in: answerTestSurvey)
        }
    }

    @Test func errorsReadAsSentences() {
        let error = AnswerDecodingError.wrongShape(
            path: "aussagen.aktuell", expected: "a whole number or \"na\"", found: "a string")
        #expect(error.description == #"the answer to "aussagen.aktuell" must be a whole number or "na", not a string"#)
    }
}
