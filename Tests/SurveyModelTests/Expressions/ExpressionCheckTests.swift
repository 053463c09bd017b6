import Testing

@testable import SurveyModel

struct ExpressionCheckTests {
    private func errors(_ source: String, expecting: ExpressionType = .bool) throws -> [ExpressionError] {
        try Expression.parse(source).check(against: schoolSchema, expecting: expecting)
    }

    @Test(arguments: [
        ("internet != 'keiner'", ExpressionType.bool),
        ("(pcs + notebooks + tablets) / schueler <= 3", .bool),
        ("dienste contains 'moodle'", .bool),
        ("'moodle' in dienste", .bool),
        ("participant.schulart in ['gs', 'ms'] and schueler > 200", .bool),
        ("participant.schulart == internet", .bool),
        ("aussagen.ausreichend >= 4 or aussagen.1 < 2", .bool),
        ("ausstattung.beamer == 'ja'", .bool),
        ("not answered(schueler) || konzept", .bool),
        ("answered(aussagen.aktuell) and answered(participant.name)", .bool),
        ("count(dienste) <= 2 and count(prioritaeten) == 3 and count(aussagen) > 0", .bool),
        ("stichtag >= '2024-08-01' and stichtag < today()", .bool),
        ("'2024-08-01' <= stichtag", .bool),
        ("stichtag in ['2024-08-01', '2024-09-01']", .bool),
        ("year(stichtag) == 2024 and year('2024-02-29') > 2000", .bool),
        ("len(bemerkung) <= 500 and len(participant.schulart) == 2", .bool),
        ("bemerkung contains 'WLAN'", .bool),
        ("prioritaeten contains 'netz'", .bool),
        ("round(sum(pcs, notebooks) / max(schueler, 1), 2) > abs(-1) - min(1, 2)", .bool),
        ("schueler in [100, 200]", .bool),
        ("konzept == true", .bool),
        ("pcs + notebooks", .number),
        ("bemerkung", .text),
        ("internet", .text),
        ("today()", .date),
    ])
    func acceptsSoundExpressions(source: String, expecting: ExpressionType) throws {
        #expect(try errors(source, expecting: expecting) == [])
    }

    @Test(
        arguments: [
            // References.
            (
                "schuler > 200",
                [ExpressionError(.unknownQuestion("schuler", suggestion: "schueler"), offset: 0, length: 7)]
            ),
            (
                "bandbreite > 10",
                [ExpressionError(.unknownQuestion("bandbreite", suggestion: nil), offset: 0, length: 10)]
            ),
            (
                "schulart == 'gs'",
                [
                    ExpressionError(
                        .unknownQuestion("schulart", suggestion: "participant.schulart"), offset: 0, length: 8)
                ]
            ),
            (
                "participant.schulrat == 'gs'",
                [ExpressionError(.unknownParticipantField("schulrat", suggestion: "schulart"), offset: 12, length: 8)]
            ),
            (
                "aussagen.ausreichnd > 1",
                [
                    ExpressionError(
                        .unknownMatrixRow(question: "aussagen", row: "ausreichnd", suggestion: "ausreichend"),
                        offset: 9, length: 10)
                ]
            ),
            ("schueler.gesamt > 1", [ExpressionError(.notAMatrix("schueler"), offset: 0, length: 8)]),
            (
                "ausage.x > 1",
                [ExpressionError(.unknownQuestion("ausage", suggestion: "aussagen"), offset: 0, length: 6)]
            ),
            ("zzz.x > 1", [ExpressionError(.unknownQuestion("zzz", suggestion: nil), offset: 0, length: 3)]),
            ("answered(pcss)", [ExpressionError(.unknownQuestion("pcss", suggestion: "pcs"), offset: 9, length: 4)]),
            // Options.
            (
                "participant.schulart == 'gss'",
                [
                    ExpressionError(
                        .notAnOption("gss", question: "participant.schulart", suggestion: "gs"), offset: 24, length: 5)
                ]
            ),
            (
                "'kabel ' == internet",
                [
                    ExpressionError(
                        .notAnOption("kabel ", question: "internet", suggestion: "kabel"), offset: 0, length: 8)
                ]
            ),
            (
                "internet != 'keine'",
                [
                    ExpressionError(
                        .notAnOption("keine", question: "internet", suggestion: "keiner"), offset: 12, length: 7)
                ]
            ),
            (
                "dienste contains 'modle'",
                [
                    ExpressionError(
                        .notAnOption("modle", question: "dienste", suggestion: "moodle"), offset: 17, length: 7)
                ]
            ),
            (
                "'teams' in dienste",
                [ExpressionError(.notAnOption("teams", question: "dienste", suggestion: nil), offset: 0, length: 7)]
            ),
            (
                "internet in ['dsl', 'lte', 'glasfaser', 'kabl']",
                [
                    ExpressionError(.notAnOption("lte", question: "internet", suggestion: nil), offset: 20, length: 5),
                    ExpressionError(
                        .notAnOption("kabl", question: "internet", suggestion: "kabel"), offset: 40, length: 6),
                ]
            ),
            (
                "ausstattung.tafel == 'jein'",
                [
                    ExpressionError(
                        .notAnOption("jein", question: "ausstattung.tafel", suggestion: "nein"), offset: 21, length: 6)
                ]
            ),
            // Types.
            (
                "schueler > 'abc'",
                [
                    ExpressionError(
                        .typeMismatch(operator: ">", left: "schueler (a number)", right: "'abc' (text)"), offset: 9,
                        length: 1)
                ]
            ),
            (
                "schueler == '200'",
                [
                    ExpressionError(
                        .typeMismatch(operator: "==", left: "schueler (a number)", right: "'200' (text)"), offset: 9,
                        length: 2)
                ]
            ),
            (
                "internet == 1",
                [
                    ExpressionError(
                        .typeMismatch(operator: "==", left: "internet (a single choice)", right: "1 (a number)"),
                        offset: 9, length: 2)
                ]
            ),
            (
                "bemerkung < 'm'",
                [
                    ExpressionError(
                        .operandType(
                            subject: "'<'", expected: "numbers or dates", found: "text",
                            hint: "only numbers and dates have an order"), offset: 10, length: 1)
                ]
            ),
            (
                "konzept > false",
                [
                    ExpressionError(
                        .operandType(
                            subject: "'>'", expected: "numbers or dates", found: "a yes/no value",
                            hint: "only numbers and dates have an order"), offset: 8, length: 1)
                ]
            ),
            (
                "dienste == 'moodle'",
                [
                    ExpressionError(
                        .operandType(
                            subject: "'=='", expected: "a single value", found: "a multiple choice",
                            hint: "use 'contains' to test for one option, e.g. dienste contains 'x'"), offset: 0,
                        length: 7)
                ]
            ),
            (
                "aussagen > 3",
                [
                    ExpressionError(
                        .operandType(
                            subject: "'>'", expected: "a single value", found: "a matrix",
                            hint: "compare one row instead, e.g. aussagen.row"), offset: 0, length: 8)
                ]
            ),
            (
                "internet contains 'dsl'",
                [
                    ExpressionError(
                        .operandType(
                            subject: "'contains'", expected: "a multiple choice, a ranking, a list or text",
                            found: "a single choice", hint: "use '==' to compare single values"), offset: 0, length: 8)
                ]
            ),
            (
                "schueler in pcs",
                [
                    ExpressionError(
                        .operandType(
                            subject: "'in'", expected: "a list or a multiple choice", found: "a number",
                            hint: "use '==' to compare single values"), offset: 12, length: 3)
                ]
            ),
            (
                "schueler in ['a']",
                [
                    ExpressionError(
                        .typeMismatch(operator: "in", left: "schueler (a number)", right: "['a'] (a list of texts)"),
                        offset: 9, length: 2)
                ]
            ),
            (
                "pcs + 'x' > 1",
                [
                    ExpressionError(
                        .operandType(subject: "'+'", expected: "a number", found: "text", hint: nil), offset: 6,
                        length: 3)
                ]
            ),
            (
                "-internet == 1",
                [
                    ExpressionError(
                        .operandType(subject: "'-'", expected: "a number", found: "a single choice", hint: nil),
                        offset: 1, length: 8)
                ]
            ),
            (
                "not schueler",
                [
                    ExpressionError(
                        .operandType(subject: "'not'", expected: "a yes/no value", found: "a number", hint: nil),
                        offset: 4, length: 8)
                ]
            ),
            (
                "internet and konzept",
                [
                    ExpressionError(
                        .operandType(
                            subject: "'and'", expected: "a yes/no value", found: "a single choice",
                            hint: "compare it with an option, e.g. internet == 'x'"), offset: 0, length: 8)
                ]
            ),
            ("schueler", [ExpressionError(.resultType(expected: .bool, found: .number), offset: 0, length: 8)]),
            // Literals.
            (
                "x == null",
                [
                    ExpressionError(.unknownQuestion("x", suggestion: nil), offset: 0, length: 1),
                    ExpressionError(.comparisonWithNull, offset: 2, length: 2),
                ]
            ),
            ("schueler == null", [ExpressionError(.comparisonWithNull, offset: 9, length: 2)]),
            ("null != pcs", [ExpressionError(.comparisonWithNull, offset: 5, length: 2)]),
            ("stichtag > '2024-02-30'", [ExpressionError(.invalidDate("2024-02-30"), offset: 11, length: 12)]),
            ("stichtag == '1.8.2024'", [ExpressionError(.invalidDate("1.8.2024"), offset: 12, length: 10)]),
            (
                "stichtag in ['2024-08-01', '2024-13-01']",
                [ExpressionError(.invalidDate("2024-13-01"), offset: 27, length: 12)]
            ),
            ("year('2023-02-29') > 1", [ExpressionError(.invalidDate("2023-02-29"), offset: 5, length: 12)]),
            ("internet in []", [ExpressionError(.emptyList, offset: 12, length: 2)]),
            ("schueler in [1, 'a']", [ExpressionError(.mixedList, offset: 12, length: 8)]),
            ("schueler in [1, dienste]", [ExpressionError(.mixedList, offset: 16, length: 7)]),
            // Functions.
            (
                "count(internet) > 1",
                [
                    ExpressionError(
                        .operandType(
                            subject: "count()", expected: "a multiple choice, ranking, matrix or list",
                            found: "a single choice",
                            hint: "count() counts selected options; use answered() to test for an answer"), offset: 6,
                        length: 8)
                ]
            ),
            (
                "sum(pcs, internet) > 1",
                [
                    ExpressionError(
                        .operandType(subject: "sum()", expected: "numbers", found: "a single choice", hint: nil),
                        offset: 9, length: 8)
                ]
            ),
            (
                "len(schueler) > 1",
                [
                    ExpressionError(
                        .operandType(subject: "len()", expected: "text", found: "a number", hint: nil), offset: 4,
                        length: 8)
                ]
            ),
            (
                "year(schueler) > 1",
                [
                    ExpressionError(
                        .operandType(subject: "year()", expected: "a date", found: "a number", hint: nil), offset: 5,
                        length: 8)
                ]
            ),
            (
                "round(pcs, 'zwei') > 1",
                [
                    ExpressionError(
                        .operandType(subject: "round()", expected: "a number", found: "text", hint: nil), offset: 11,
                        length: 6)
                ]
            ),
            // Several problems at once, and no cascade from an unknown reference.
            (
                "schuler > 'x' or internet == 'lte'",
                [
                    ExpressionError(.unknownQuestion("schuler", suggestion: "schueler"), offset: 0, length: 7),
                    ExpressionError(.notAnOption("lte", question: "internet", suggestion: nil), offset: 29, length: 5),
                ]
            ),
            (
                "-(schuler) + 1 > 0 and not unbekannt",
                [
                    ExpressionError(.unknownQuestion("schuler", suggestion: "schueler"), offset: 2, length: 7),
                    ExpressionError(.unknownQuestion("unbekannt", suggestion: nil), offset: 27, length: 9),
                ]
            ),
        ] as [(String, [ExpressionError])])
    func reportsProblems(source: String, expected: [ExpressionError]) throws {
        #expect(try errors(source) == expected)
    }

    @Test func checksTheResultAgainstTheExpectedType() throws {
        #expect(
            try errors("schueler > 1", expecting: .number) == [
                ExpressionError(.resultType(expected: .number, found: .bool), offset: 0, length: 12)
            ])
        #expect(
            try errors("internet", expecting: .number) == [
                ExpressionError(
                    .resultType(expected: .number, found: .choice(options: ["keiner", "dsl", "kabel", "glasfaser"])),
                    offset: 0, length: 8)
            ])
    }

    @Test func messagesSayHowToFixTheProblem() throws {
        let cases: [(String, String)] = [
            ("participant.schulart == 'gss'", "'gss' is not an option of 'participant.schulart'; did you mean 'gs'?"),
            ("schuler > 1", "unknown question 'schuler'; did you mean 'schueler'?"),
            ("schulart == 'gs'", "unknown question 'schulart'; did you mean 'participant.schulart'?"),
            ("schueler > 'abc'", "'>' cannot compare schueler (a number) with 'abc' (text)"),
            (
                "schueler == null",
                "a comparison with null is always false; use answered(question) or not answered(question)"
            ),
            (
                "pcs + notebooks",
                "this expression gives a number, but a yes/no value is needed here; compare it, e.g. x > 0"
            ),
            ("stichtag > '1.8.2024'", "'1.8.2024' is not a valid date; write dates as 'YYYY-MM-DD', e.g. '2024-08-01'"),
        ]
        for (source, message) in cases {
            #expect(try errors(source).map(\.message) == [message], "\(source)")
        }
    }
}

/// The examples of the language documentation stay valid.
struct ExpressionDocumentationTests {
    private static let schema: ExpressionSchema = {
        var schema = schoolSchema
        schema.questions["medienkonzept_datum"] = .date
        schema.questions["aussagen"] = .matrix(rows: ["ausreichend", "fortbildung"], cell: .number)
        schema.participantFields["schulart"] = .choice(options: ["gs", "ms", "rs", "gym", "fos"])
        return schema
    }()

    @Test(arguments: [
        "internet != 'keiner'",
        "participant.schulart == 'gym'",
        "(pcs + notebooks + tablets) / schueler <= 3",
        "dienste contains 'moodle' or dienste contains 'iserv'",
        "participant.schulart in ['gym', 'fos']",
        "konzept",
        "medienkonzept_datum <= today()",
        "aussagen.fortbildung <= 2",
        "answered(schueler) and schueler <= 200",
        "not answered(schueler) or (pcs + notebooks + tablets) / schueler <= 3",
        "stichtag >= '2024-08-01' and stichtag < today() and year(stichtag) == 2024",
        "stichtag in ['2024-08-01', '2024-09-01']",
        "count(dienste) <= 3 and len(bemerkung) <= 500 and bemerkung contains 'WLAN'",
        "internet in ['dsl', 'kabel'] AND NOT konzept",
    ])
    func documentedExampleIsValid(source: String) throws {
        #expect(try Expression.parse(source).check(against: Self.schema, expecting: .bool) == [])
    }

    @Test(arguments: [
        "schuler > 200", "schulart == 'gs'", "participant.schulart == 'gss'", "aussagen.ausreichnd >= 4",
        "schueler > 'abc'", "dienste == 'moodle'", "pcs + notebooks", "schueler == null", "stichtag > '1.8.2024'",
    ])
    func documentedMistakeIsReported(source: String) throws {
        #expect(try !Expression.parse(source).check(against: Self.schema, expecting: .bool).isEmpty)
    }
}
