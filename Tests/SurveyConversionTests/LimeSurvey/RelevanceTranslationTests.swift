import Testing

@testable import SurveyConversion

/// ExpressionScript relevance equations as our conditions, or the reason they are dropped.
struct RelevanceTranslationTests {
    /// The questions converted before the one whose equation is translated.
    static let variables: [String: ConvertedVariable] = [
        "Q1": .question(id: "Q1", kind: .choice(["A1": "A1", "A2": "A2", "-oth-": "other"])),
        "Q2": .question(id: "Q2", kind: .text),
        "N1": .question(id: "N1", kind: .number),
        "N2": .question(id: "N2", kind: .number),
        "YN": .question(id: "YN", kind: .boolean),
        "D1": .question(id: "D1", kind: .date),
        "M1": .question(id: "M1", kind: .choices(["SQ1": "SQ1"])),
        "M1_SQ1": .option(question: "M1", value: "SQ1"),
        "AR_R1": .matrixRow(question: "AR", row: "R1", cell: .choice(["A1": "A1"])),
        "AS_R1": .matrixRow(question: "AS", row: "R1", cell: .number),
        "weird": .question(id: "q_weird", kind: .text),
    ]

    static func translate(_ source: String) -> Result<RelevanceTranslation, RelevanceTranslation.Reason> {
        RelevanceTranslation.translate(source) { name in
            if let variable = variables[name] { return .variable(variable) }
            return name == "LATER" ? .later : .unknown
        }
    }

    @Test(
        arguments: [
            ("", nil), ("1", nil), ("  1 ", nil),
            (#"Q1 == "A1""#, "Q1 == 'A1'"),
            (#"Q1.NAOK == "A1""#, "Q1 == 'A1'"),
            (#"((Q1.NAOK == "A1"))"#, "Q1 == 'A1'"),
            (#""A1" == Q1"#, "Q1 == 'A1'"),
            (#"Q1 == "-oth-""#, "Q1 == 'other'"),
            (#"Q1 != "A1""#, "not (Q1 == 'A1')"),
            (#"Q1 eq 'A2'"#, "Q1 == 'A2'"),
            (#"Q2 == "it's""#, #"Q2 == 'it\'s'"#),
            ("!is_empty(Q2)", "answered(Q2)"),
            ("is_empty(Q2.NAOK)", "not answered(Q2)"),
            (#"Q2 != """#, "answered(Q2)"),
            (#"Q2 == """#, "not answered(Q2)"),
            ("Q2", "answered(Q2)"),
            ("N1 > 3 && N1 <= 10", "N1 > 3 and N1 <= 10"),
            (#"N1 >= "2""#, "N1 >= 2"),
            ("3 < N1", "N1 > 3"),
            ("N1 + N2 > 10", "N1 + N2 > 10"),
            ("N1 - (N2 - 1) > 0", "N1 - (N2 - 1) > 0"),
            ("N1 gt N2 or not (N1 == 1)", "N1 > N2 or not (N1 == 1)"),
            ("(N1 > 1 or N2 > 1) and N1 < 5", "(N1 > 1 or N2 > 1) and N1 < 5"),
            (#"YN == "Y""#, "YN == true"),
            (#"YN.NAOK != "Y""#, "not (YN == true)"),
            (#"D1 >= "2026-01-31""#, "D1 >= '2026-01-31'"),
            (#"M1_SQ1 == "Y""#, "M1 contains 'SQ1'"),
            (#"M1_SQ1.NAOK != "Y""#, "not (M1 contains 'SQ1')"),
            ("!is_empty(M1_SQ1)", "M1 contains 'SQ1'"),
            (#"M1 == "SQ1""#, "M1 contains 'SQ1'"),
            (#"M1 != "SQ1""#, "not (M1 contains 'SQ1')"),
            (#"AR_R1 == "A1""#, "AR.R1 == 'A1'"),
            ("AS_R1 >= 4", "AS.R1 >= 4"),
            ("sum(N1, N2) > 3", "sum(N1, N2) > 3"),
            ("strlen(Q2) > 3", "len(Q2) > 3"),
            (#"weird == "x""#, "q_weird == 'x'"),
        ] as [(String, String?)])
    func translates(source: String, expected: String?) throws {
        let translation = try Self.translate(source).get()
        #expect(translation.expression == expected)
    }

    @Test(
        arguments: [
            ("0", .neverTrue),
            ("Q1 ==", .syntax(offset: 3)),
            (#"Q1 == "open"#, .syntax(offset: 6)),
            ("count(M1) > 1", .countDiffers),
            ("regexMatch('/x/', Q2)", .unsupportedFunction("regexmatch")),
            (#"Q1 == "A9""#, .notAnOption(variable: "Q1", value: "A9")),
            (#"YN == "X""#, .notAnOption(variable: "YN", value: "X")),
            (#"Q1 > "A1""#, .incomparable(#"Q1 > "A1""#)),
            (#"NOPE == "1""#, .unknownVariable("NOPE")),
            (#"LATER == "1""#, .laterQuestion("LATER")),
            (#"Q1.shown == "x""#, .unsupportedSuffix(variable: "Q1", suffix: "shown")),
            (#"that.Q1 == "A1""#, .unknownVariable("that.Q1")),
            ("TOKEN:ATTRIBUTE_1 == 'x'", .syntax(offset: 5)),
            (#"D1 > "31.01.2026""#, .incomparable(#"D1 > "31.01.2026""#)),
        ] as [(String, RelevanceTranslation.Reason)])
    func dropsWithAReason(source: String, reason: RelevanceTranslation.Reason) {
        #expect(throws: reason) { try Self.translate(source).get() }
    }

    @Test func sumIsCarriedOverWithANote() throws {
        #expect(try Self.translate("sum(N1, N2) > 3").get().notes == [.sumOfUnanswered])
        #expect(try Self.translate("N1 > 3").get().notes.isEmpty)
    }

    @Test func deepNestingIsRefusedNotRecursedInto() {
        let deep = String(repeating: "(", count: 10_000) + "N1 > 1" + String(repeating: ")", count: 10_000)
        #expect(throws: RelevanceTranslation.Reason.self) { try Self.translate(deep).get() }
        let long = (0..<300).map { _ in "N1" }.joined(separator: " + ") + " > 1"
        #expect(throws: RelevanceTranslation.Reason.tooDeep) { try Self.translate(long).get() }
    }
}
