import Testing

@testable import SurveyModel

struct ExpressionParserTests {
    private func tree(_ source: String) throws(ExpressionError) -> String {
        var lexer = ExpressionLexer(SourceText(source))
        var parser = ExpressionParser(tokens: try lexer.tokens(), source: SourceText(source))
        return render(try parser.parse())
    }

    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("10 - 4 - 3", "(- (- 10 4) 3)"),
        ("12 / 3 / 2", "(/ (/ 12 3) 2)"),
        ("-a * b", "(* (- a) b)"),
        ("- - 1", "(- (- 1))"),
        ("a - -1", "(- a (- 1))"),
        ("a or b and c", "(or a (and b c))"),
        ("a || b && c", "(or a (and b c))"),
        ("a and b or c and d", "(or (and a b) (and c d))"),
        ("not a and b", "(and (not a) b)"),
        ("!a || !b", "(or (not a) (not b))"),
        ("not not a", "(not (not a))"),
        ("not x == 1", "(not (== x 1))"),
        ("a + 1 > b * 2", "(> (+ a 1) (* b 2))"),
        ("x == 1 or y != 'a'", "(or (== x 1) (!= y 'a'))"),
        ("(pcs + notebooks + tablets) / schueler <= 3", "(<= (/ (+ (+ pcs notebooks) tablets) schueler) 3)"),
        ("internet != 'keiner'", "(!= internet 'keiner')"),
        ("dienste contains 'moodle' and konzept", "(and (contains dienste 'moodle') konzept)"),
        ("participant.schulart in ['gs', 'ms']", "(in participant.schulart ['gs', 'ms'])"),
        ("aussagen.ausreichend >= 4", "(>= aussagen.ausreichend 4)"),
        ("aussagen.1 == 2", "(== aussagen.1 2)"),
        ("q.in == 1", "(== q.in 1)"),
        ("answered(schueler) and not answered(pcs)", "(and answered(schueler) (not answered(pcs)))"),
        ("round(sum(a, b, 1.5), 2)", "round(sum(a, b, 1.5), 2)"),
        ("today() > '2024-08-01'", "(> today() '2024-08-01')"),
        ("count", "count"),
        ("x == null", "(== x null)"),
        ("true != false", "(!= true false)"),
        ("[]", "[]"),
        ("[[1]]", "[[1]]"),
    ])
    func respectsPrecedenceAndGrouping(source: String, expected: String) throws {
        #expect(try tree(source) == expected)
    }

    @Test(
        arguments: [
            ("", ExpressionError.Reason.emptyExpression, 0, 0),
            ("   ", .emptyExpression, 3, 0),
            ("a >", .unexpectedToken(found: "the end of the expression", expected: "a value, a question or '('"), 3, 0),
            ("a b", .unexpectedToken(found: "'b'", expected: "an operator or the end of the expression"), 2, 1),
            (
                "schueler > 200 schueler",
                .unexpectedToken(found: "'schueler'", expected: "an operator or the end of the expression"), 15, 8
            ),
            ("(a", .unclosed("(", closer: ")"), 0, 1),
            ("(a b)", .unexpectedToken(found: "'b'", expected: "')'"), 3, 1),
            ("a)", .unexpectedToken(found: "')'", expected: "an operator or the end of the expression"), 1, 1),
            ("x in ['a', 'b'", .unclosed("[", closer: "]"), 5, 1),
            ("x in ['a' 'b']", .unexpectedToken(found: "'b'", expected: "',' or ']'"), 10, 3),
            ("sum(1, 2", .unclosed("(", closer: ")"), 3, 1),
            ("sum(1,)", .unexpectedToken(found: "')'", expected: "a value, a question or '('"), 6, 1),
            ("1 < x < 5", .chainedComparison, 6, 1),
            ("a == b == c", .chainedComparison, 7, 2),
            (
                "a.", .unexpectedToken(found: "the end of the expression", expected: "a row or field name after '.'"),
                2, 0
            ),
            ("a.\"x\"", .unexpectedToken(found: "\"x\"", expected: "a row or field name after '.'"), 2, 3),
            ("a.1.5", .unexpectedToken(found: "'1.5'", expected: "a row or field name after '.'"), 2, 3),
            (
                "a and", .unexpectedToken(found: "the end of the expression", expected: "a value, a question or '('"),
                5, 0
            ),
            ("== 1", .unexpectedToken(found: "'=='", expected: "a value, a question or '('"), 0, 2),
            ("anwsered(q)", .unknownFunction("anwsered", suggestion: "answered"), 0, 8),
            ("Count(q)", .unknownFunction("Count", suggestion: "count"), 0, 5),
            ("foo(q)", .unknownFunction("foo", suggestion: nil), 0, 3),
            ("today(1)", .wrongArgumentCount(function: "today", expected: "no arguments", found: 1), 0, 8),
            ("abs()", .wrongArgumentCount(function: "abs", expected: "1 argument", found: 0), 0, 5),
            ("round(1, 2, 3)", .wrongArgumentCount(function: "round", expected: "1 or 2 arguments", found: 3), 0, 14),
            ("sum()", .wrongArgumentCount(function: "sum", expected: "at least 1 argument", found: 0), 0, 5),
            ("answered(1)", .argumentNotReference(function: "answered"), 9, 1),
            ("answered(a + b)", .argumentNotReference(function: "answered"), 9, 5),
        ] as [(String, ExpressionError.Reason, Int, Int)])
    func reportsSyntaxErrorsWhereTheyAre(source: String, reason: ExpressionError.Reason, offset: Int, length: Int) {
        #expect(throws: ExpressionError(reason, offset: offset, length: length)) { try Expression.parse(source) }
    }

    @Test(arguments: [
        ("internet = 'dsl'", "'=' is not an operator; did you mean '=='?"),
        ("internet == ‘dsl’", "'‘' is a typographic quote; write text in straight quotes ' or \""),
        ("1 < schueler < 5", "comparisons cannot be chained; combine them with 'and', e.g. a > 1 and a < 5"),
        ("anwsered(pcs)", "unknown function 'anwsered'; did you mean 'answered'?"),
        (
            "foo(pcs)",
            "unknown function 'foo'; available: answered(), count(), sum(), min(), max(), round(), abs(), len(), today(), year()"
        ),
        ("(pcs + 1", "this '(' is never closed; add ')'"),
        ("x == 'abc", "this text has no closing quote; end it with the same quote it starts with"),
        ("x == 'a\\tb'", "unknown escape '\\t'; inside quotes only \\', \\\" and \\\\ are allowed"),
        ("pcs >", "expected a value, a question or '(', found the end of the expression"),
        ("round(1, 2, 3)", "round() takes 1 or 2 arguments, not 3"),
        ("answered(1)", "answered() needs a question, matrix row or participant field, e.g. answered(schueler)"),
        ("", "the expression is empty; write a condition such as schueler > 0"),
    ])
    func syntaxMessagesSayWhatToDo(source: String, message: String) {
        #expect(throws: ExpressionError.self) { try Expression.parse(source) }
        do {
            _ = try Expression.parse(source)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func acceptsNestingUpToTheLimit() throws {
        let limit = ExpressionParser.nestingLimit
        let parentheses = String(repeating: "(", count: limit - 1) + "1" + String(repeating: ")", count: limit - 1)
        #expect(throws: Never.self) { try Expression.parse(parentheses) }
        let sum = (1..<limit).map(String.init).joined(separator: " + ")
        #expect(throws: Never.self) { try Expression.parse(sum) }
    }

    @Test(arguments: [
        String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000),
        String(repeating: "-", count: 20_000) + "1",
        String(repeating: "not ", count: 20_000) + "true",
        String(repeating: "!", count: 20_000) + "true",
        String(repeating: "[", count: 20_000),
        String(repeating: "abs(", count: 20_000) + "1",
        (0..<20_000).map(String.init).joined(separator: " + "),
        (0..<20_000).map { _ in "a" }.joined(separator: " or "),
    ])
    func refusesDeepNestingWithoutExhaustingTheStack(source: String) {
        #expect(throws: ExpressionError.self) { try Expression.parse(source) }
        do {
            _ = try Expression.parse(source)
        } catch {
            #expect(error.reason == .nestingTooDeep(limit: ExpressionParser.nestingLimit))
        }
    }

    @Test func acceptsLongFlatLists() throws {
        let source = "x in [" + (0..<20_000).map(String.init).joined(separator: ", ") + "]"
        let expression = try Expression.parse(source)
        #expect(expression.isTrue(in: TestContext(answers: [.question("x"): .number(19_999)])))
    }

    @Test func listsReferencesInSourceOrder() throws {
        let expression = try Expression.parse("answered(pcs) and aussagen.aktuell > participant.schulart + pcs")
        #expect(
            expression.references == [
                ExpressionReference(path: .question("pcs"), offset: 9, length: 3),
                ExpressionReference(path: .matrixRow(question: "aussagen", row: "aktuell"), offset: 18, length: 16),
                ExpressionReference(path: .participant("schulart"), offset: 37, length: 20),
                ExpressionReference(path: .question("pcs"), offset: 60, length: 3),
            ])
    }

    @Test func namesKeywordsAsReservedWords() {
        #expect(["and", "OR", "Not", "in", "contains", "true", "FALSE", "null"].allSatisfy(Expression.isReservedWord))
        #expect(
            !["schueler", "count", "participant", "android", "nullable", "inhalt"].contains(
                where: Expression.isReservedWord))
    }

    @Test func equalityFollowsTheSource() throws {
        #expect(try Expression.parse("a > 1") == Expression.parse("a > 1"))
        #expect(try Expression.parse("a > 1") != Expression.parse("a>1"))
        #expect(try Set([Expression.parse("a"), Expression.parse("a")]).count == 1)
    }
}
