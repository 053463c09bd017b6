import Testing

@testable import SurveyModel

struct ExpressionEvaluationTests {
    /// A school that has answered most questions.
    private static let answered = TestContext(answers: [
        .question("schueler"): .number(400),
        .question("pcs"): .number(60),
        .question("notebooks"): .number(250),
        .question("tablets"): .number(500),
        .question("internet"): .text("glasfaser"),
        .question("dienste"): .list([.text("moodle"), .text("iserv")]),
        .question("prioritaeten"): .list([.text("netz"), .text("geraete")]),
        .question("konzept"): .bool(true),
        .question("stichtag"): .date(year: 2024, month: 8, day: 1),
        .question("bemerkung"): .text("WLAN fehlt in Haus B"),
        .question("leer"): .text(""),
        .question("keine"): .list([]),
        .matrixRow(question: "aussagen", row: "ausreichend"): .number(4),
        .participant("schulart"): .text("gym"),
    ])

    @Test(arguments: [
        // Arithmetic and precedence.
        ("1 + 2 * 3", ExpressionValue.number(7)),
        ("(1 + 2) * 3", .number(9)),
        ("10 - 4 - 3", .number(3)),
        ("7 / 2", .number(3.5)),
        ("-2 * -3", .number(6)),
        ("(pcs + notebooks + tablets) / schueler", .number(2.025)),
        // Comparisons.
        ("(pcs + notebooks + tablets) / schueler <= 3", .bool(true)),
        ("internet != 'keiner'", .bool(true)),
        ("internet == 'glasfaser'", .bool(true)),
        ("schueler > 400", .bool(false)),
        ("schueler >= 400", .bool(true)),
        ("aussagen.ausreichend < 5", .bool(true)),
        ("participant.schulart in ['gs', 'gym']", .bool(true)),
        ("participant.schulart in ['gs', 'ms']", .bool(false)),
        ("dienste contains 'moodle'", .bool(true)),
        ("dienste contains 'office365'", .bool(false)),
        ("'iserv' in dienste", .bool(true)),
        ("bemerkung contains 'WLAN'", .bool(true)),
        ("bemerkung contains 'wlan'", .bool(false)),
        ("konzept == true", .bool(true)),
        ("'a' == \"a\"", .bool(true)),
        // Logic.
        ("not konzept", .bool(false)),
        ("konzept and schueler > 100", .bool(true)),
        ("!konzept || schueler < 100", .bool(false)),
        // Dates.
        ("stichtag == '2024-08-01'", .bool(true)),
        ("stichtag < '2024-08-02' and stichtag > '2023-12-31'", .bool(true)),
        ("stichtag in ['2024-08-01']", .bool(true)),
        ("today() > stichtag", .bool(true)),
        ("today()", .date(year: 2024, month: 9, day: 15)),
        ("year(stichtag)", .number(2024)),
        ("year('2000-02-29')", .number(2000)),
        // Functions.
        ("answered(schueler)", .bool(true)),
        ("answered(leer)", .bool(false)),
        ("answered(keine)", .bool(false)),
        ("answered(aussagen.ausreichend)", .bool(true)),
        ("count(dienste)", .number(2)),
        ("count(keine)", .number(0)),
        ("sum(pcs, notebooks, tablets)", .number(810)),
        ("sum([1, 2], 3)", .number(6)),
        ("min(pcs, notebooks)", .number(60)),
        ("max(pcs, notebooks, 1000)", .number(1000)),
        ("round(2.5)", .number(3)),
        ("round(-2.5)", .number(-3)),
        ("round(2.4)", .number(2)),
        ("round(1 / 3, 2)", .number(0.33)),
        ("round(1234, -2)", .number(1200)),
        ("abs(-4.5)", .number(4.5)),
        ("len(bemerkung)", .number(20)),
        ("len('Grüße')", .number(5)),
    ])
    func computes(source: String, expected: ExpressionValue) throws {
        #expect(try Expression.parse(source).evaluate(in: Self.answered) == expected)
    }

    /// The rule for unanswered questions: values are missing, every comparison
    /// with a missing value is false, and only `answered()` tests for it.
    @Test(arguments: [
        ("schueler", ExpressionValue.missing),
        ("schueler + 1", .missing),
        ("-schueler", .missing),
        ("schueler > 100", .bool(false)),
        ("schueler <= 100", .bool(false)),
        ("schueler == 100", .bool(false)),
        ("schueler != 100", .bool(false)),
        ("internet != 'keiner'", .bool(false)),
        ("not (schueler > 100)", .bool(true)),
        ("not konzept", .missing),
        ("konzept and true", .missing),
        ("konzept and false", .bool(false)),
        ("false and konzept", .bool(false)),
        ("konzept or true", .bool(true)),
        ("konzept or false", .missing),
        ("dienste contains 'moodle'", .bool(false)),
        ("'moodle' in dienste", .bool(false)),
        ("schueler in [1, 2]", .bool(false)),
        ("answered(schueler)", .bool(false)),
        ("not answered(schueler)", .bool(true)),
        ("count(dienste)", .missing),
        ("sum(pcs, 1)", .missing),
        ("round(pcs)", .missing),
        ("len(bemerkung)", .missing),
        ("year(stichtag)", .missing),
        ("stichtag < today()", .bool(false)),
        ("x == null", .bool(false)),
        ("null", .missing),
    ])
    func treatsUnansweredQuestionsAsMissing(source: String, expected: ExpressionValue) throws {
        #expect(try Expression.parse(source).evaluate(in: TestContext()) == expected)
    }

    @Test(arguments: [
        "1 / 0", "0 / 0", "schueler / (pcs - pcs)", "1e308 * 10", "-1e308 - 1e308", "sum(1e308, 1e308)",
        "round(1, 16)", "round(1, 0.5)", "round(1, -16)", "year('2024-02-30')",
        "round(1 / 0)", "abs(1 / 0)",
    ])
    func givesMissingForUndefinedResults(source: String) throws {
        #expect(try Expression.parse(source).evaluate(in: Self.answered) == .missing)
    }

    @Test(arguments: [
        ("1e308 + 1", ExpressionValue.number(1e308)),
        ("round(1e300, 2)", .number(1e300)),
        ("round(1e308, 15)", .number(1e308)),
        ("round(123456789012345680, 0)", .number(123_456_789_012_345_680)),
        ("round(0.000001, 15)", .number(0.000001)),
        ("1 / 0 > 1", .bool(false)),
        ("1 / 0 == 1 / 0", .bool(false)),
        ("9007199254740993 == 9007199254740992", .bool(true)),
    ])
    func handlesHugeNumbersWithoutTrapping(source: String, expected: ExpressionValue) throws {
        #expect(try Expression.parse(source).evaluate(in: Self.answered) == expected)
    }

    @Test func toleratesValuesOfUnexpectedKinds() throws {
        // Answers that do not match the checked types (an old response, a
        // changed definition) must still evaluate without trapping.
        let odd = TestContext(answers: [
            .question("schueler"): .text("viele"),
            .question("dienste"): .number(3),
            .question("stichtag"): .text("gestern"),
            .question("konzept"): .list([.bool(true)]),
        ])
        let cases: [(String, ExpressionValue)] = [
            ("schueler > 1", .bool(false)),
            ("schueler + 1", .missing),
            ("dienste contains 'x'", .bool(false)),
            ("count(dienste)", .missing),
            ("stichtag < '2024-01-01'", .bool(false)),
            ("year(stichtag)", .missing),
            ("not konzept", .missing),
            ("konzept == [true]", .bool(true)),
            ("len(schueler)", .number(5)),
        ]
        for (source, expected) in cases {
            #expect(try Expression.parse(source).evaluate(in: odd) == expected, "\(source)")
        }
    }

    @Test func isTrueOnlyForTrue() throws {
        let cases: [(String, Bool)] = [
            ("konzept", true), ("not konzept", false), ("schueler", false), ("unbeantwortet", false), ("'true'", false),
        ]
        for (source, expected) in cases {
            #expect(try Expression.parse(source).isTrue(in: Self.answered) == expected, "\(source)")
        }
    }

    @Test func evaluatesTheDeepestAcceptedNesting() throws {
        let limit = ExpressionParser.nestingLimit
        let source = String(repeating: "-(", count: limit / 2 - 1) + "1" + String(repeating: ")", count: limit / 2 - 1)
        #expect(try Expression.parse(source).evaluate(in: Self.answered) == .number(limit / 2 % 2 == 0 ? -1 : 1))
    }
}
