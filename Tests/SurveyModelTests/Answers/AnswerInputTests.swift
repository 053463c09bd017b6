import Foundation
import Testing

@testable import SurveyModel

struct AnswerInputTests {
    /// Typed numbers and what they mean in German and in English; nil is "not a number".
    static let numbers: [(text: String, german: Double?, english: Double?)] = [
        ("12", 12, 12),
        ("12,5", 12.5, 12.5),
        ("12.5", 12.5, 12.5),
        ("1.234", 1234, 1.234),
        ("1,234", 1.234, 1234),
        ("0.125", 0.125, 0.125),
        ("1.234,5", 1234.5, 1234.5),
        ("1,234.5", 1234.5, 1234.5),
        ("1.234.567", 1_234_567, 1_234_567),
        ("1,234,567", 1_234_567, 1_234_567),
        ("1 234", 1234, 1234),
        ("1\u{202F}234,5", 1234.5, 1234.5),
        ("  -3 ", -3, -3),
        ("−3", -3, -3),
        ("+7", 7, 7),
        (",5", 0.5, 0.5),
        ("1.2.3", nil, nil),
        ("1,2,3", nil, nil),
        ("1.234,5,6", nil, nil),
        ("12.34.567", nil, nil),
        ("1e5", nil, nil),
        ("12 Mbit/s", nil, nil),
        ("--1", nil, nil),
        ("", nil, nil),
        (".", nil, nil),
        (String(repeating: "9", count: 41), nil, nil),
    ]

    @Test(arguments: numbers)
    func readsNumbers(text: String, german: Double?, english: Double?) {
        #expect(NumberText.parse(text, language: "de") == german)
        #expect(NumberText.parse(text, language: "en") == english)
    }

    @Test(arguments: [
        (12.5, "de", "12,5"), (12.5, "en", "12.5"), (1234, "de", "1234"), (-0.25, "de", "-0,25"),
        (0.00005, "de", "0,00005"), (-1.5e-7, "en", "-0.00000015"), (2.5e16, "en", "25000000000000000"),
    ])
    func writesNumbersBackForFields(value: Double, language: String, text: String) {
        #expect(NumberText.format(value, language: language) == text)
        #expect(NumberText.parse(text, language: language) == value)
    }

    @Test(arguments: ["de", "en"])
    func fieldTextReadsBackToTheSameNumber(language: String) {
        // A fixed linear congruential sequence: many magnitudes and fractions, the same on every run.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<5000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let mantissa = Double(state >> 40) / Double(1 << 24)
            let value = (mantissa - 0.5) * pow(10, Double((state >> 8) % 12) - 4)
            let text = NumberText.format(value, language: language)
            #expect(NumberText.parse(text, language: language) == value, "\(value) as \(text)")
        }
    }

    @Test(arguments: [
        (5000.0, "de", "5000"), (10000, "de", "10.000"), (100000, "en", "100,000"), (-12345.5, "de", "-12.345,5"),
        (1_234_567, "en", "1,234,567"),
    ])
    func groupsThousandsInMessages(value: Double, language: String, text: String) {
        #expect(NumberText.display(value, language: language) == text)
    }

    static let dates: [(text: String, iso: String?)] = [
        ("2024-03-01", "2024-03-01"), ("01.03.2024", "2024-03-01"), ("1.3.2024", "2024-03-01"),
        (" 29.02.2024 ", "2024-02-29"), ("29.02.2023", nil), ("2024-3-1", nil), ("03/01/2024", nil),
        ("01.03.24", nil), ("1.3.", nil), ("32.01.2024", nil), ("", nil),
    ]

    @Test(arguments: dates)
    func readsDates(text: String, iso: String?) {
        #expect(DateText.parse(text)?.description == iso)
    }

    /// Posted input, the question it answers, and the answer it gives (nil: unanswered).
    static let inputs: [(question: String, raw: RawAnswer, answer: Answer?)] = [
        ("name", RawAnswer("  Schule am See "), .text("Schule am See")),
        ("name", RawAnswer("   "), nil),
        ("notiz", RawAnswer(values: ["Zeile 1\r\nZeile 2\r\n"]), .text("Zeile 1\nZeile 2")),
        ("schueler", RawAnswer("1.234"), .number(1234)),
        ("schueler", RawAnswer(""), nil),
        ("ganztag", RawAnswer("true"), .boolean(true)),
        ("ganztag", RawAnswer("Nein"), .boolean(false)),
        ("zufriedenheit", RawAnswer("4"), .scale(.point(4))),
        ("zufriedenheit", RawAnswer("na"), .scale(.notApplicable)),
        ("internet", RawAnswer("glasfaser"), .single(.option("glasfaser"))),
        ("internet", RawAnswer(values: ["other"], other: " Richtfunk "), .single(.other("Richtfunk"))),
        ("internet", RawAnswer(values: [], other: "Richtfunk"), .single(.other("Richtfunk"))),
        ("internet", RawAnswer(values: ["glasfaser"], other: "vergessen"), .single(.option("glasfaser"))),
        ("traeger", RawAnswer(values: [], other: "Text ohne Feld"), nil),
        (
            "dienste", RawAnswer(values: ["moodle", "bbb", "moodle"]),
            .multiple(MultipleChoiceAnswer(values: ["moodle", "bbb"]))
        ),
        (
            "dienste", RawAnswer(values: ["other", "mail"], other: "Padlet"),
            .multiple(MultipleChoiceAnswer(values: ["mail"], other: "Padlet"))
        ),
        ("dienste", RawAnswer(values: ["other"]), .multiple(MultipleChoiceAnswer(values: [], other: ""))),
        ("dienste", RawAnswer(values: []), nil),
        ("vorhaben", RawAnswer(values: ["support", "", "wlan"]), .ranking(["support", "wlan"])),
        ("vorhaben", RawAnswer(values: ["", ""]), nil),
        ("stichtag", RawAnswer("01.03.2024"), .date(CalendarDate(year: 2024, month: 3, day: 1) ?? testToday)),
        (
            "aussagen", RawAnswer(rows: ["ausreichend": "3", "aktuell": "na"]),
            .matrix(["ausreichend": .point(3), "aktuell": .notApplicable])
        ),
        ("aussagen", RawAnswer(rows: ["ausreichend": "", "aktuell": ""]), nil),
        ("technik", RawAnswer(rows: ["beamer": "na"]), .matrix(["beamer": .option("na")])),
        ("hinweis", RawAnswer("x"), nil),
    ]

    @Test(arguments: inputs)
    func readsPostedInput(question id: String, raw: RawAnswer, answer: Answer?) throws {
        let question = try testQuestion(id)
        #expect(try question.answer(from: raw, language: "de") == answer)
    }

    static let unreadable: [(question: String, raw: RawAnswer, error: AnswerError)] = [
        ("schueler", RawAnswer("zwölf"), .notANumber("zwölf")),
        ("ganztag", RawAnswer("vielleicht"), .notABoolean("vielleicht")),
        ("zufriedenheit", RawAnswer("gut"), .notAScalePoint("gut")),
        ("stichtag", RawAnswer("31.02.2024"), .notADate("31.02.2024")),
        ("aussagen", RawAnswer(rows: ["aktuell": "x"]), .notAScalePoint("x")),
    ]

    @Test(arguments: unreadable)
    func reportsUnreadableInput(question id: String, raw: RawAnswer, error: AnswerError) throws {
        let question = try testQuestion(id)
        #expect(throws: error) { try question.answer(from: raw, language: "de") }
    }

    @Test(arguments: ["de", "en"])
    func storedAnswersComeBackThroughTheForm(language: String) throws {
        for (id, answer, _) in AnswerJSONTests.storedForms {
            let question = try testQuestion(id)
            let raw = question.rawAnswer(for: answer, language: language)
            let expected: Answer? = answer.isEmpty ? nil : answer
            #expect(try question.answer(from: raw, language: language) == expected, "\(id)")
        }
    }
}
