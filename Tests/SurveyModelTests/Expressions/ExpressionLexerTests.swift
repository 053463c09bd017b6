import Testing

@testable import SurveyModel

struct ExpressionLexerTests {
    /// Tokens as kind descriptions with their offsets and lengths.
    private func lex(_ source: String) throws(ExpressionError) -> [String] {
        var lexer = ExpressionLexer(SourceText(source))
        return try lexer.tokens().map { token in
            let kind: String =
                switch token.kind {
                case .number(let value): "num(\(value))"
                case .text(let text): "text(\(text))"
                case .identifier(let name): "id(\(name))"
                case .keyword(let keyword): "kw(\(keyword.rawValue))"
                case .symbol(let symbol): symbol.rawValue
                case .end: "end"
                }
            return "\(kind)@\(token.range.offset)+\(token.range.length)"
        }
    }

    @Test(arguments: [
        ("schueler > 200", ["id(schueler)@0+8", ">@9+1", "num(200.0)@11+3", "end@14+0"]),
        ("a<=b", ["id(a)@0+1", "<=@1+2", "id(b)@3+1", "end@4+0"]),
        ("a<b", ["id(a)@0+1", "<@1+1", "id(b)@2+1", "end@3+0"]),
        ("!a&&b||c", ["!@0+1", "id(a)@1+1", "&&@2+2", "id(b)@4+1", "||@5+2", "id(c)@7+1", "end@8+0"]),
        ("x != 'gs'", ["id(x)@0+1", "!=@2+2", "text(gs)@5+4", "end@9+0"]),
        ("\"a\\\"b\"", ["text(a\"b)@0+6", "end@6+0"]),
        ("'it\\'s'", ["text(it's)@0+7", "end@7+0"]),
        ("'a\\\\b'", ["text(a\\b)@0+6", "end@6+0"]),
        ("'ä' == x", ["text(ä)@0+3", "==@4+2", "id(x)@7+1", "end@8+0"]),
        ("1.5e3 0.25 7E-2", ["num(1500.0)@0+5", "num(0.25)@6+4", "num(0.07)@11+4", "end@15+0"]),
        ("1.x", ["num(1.0)@0+1", ".@1+1", "id(x)@2+1", "end@3+0"]),
        ("2e", ["num(2.0)@0+1", "id(e)@1+1", "end@2+0"]),
        (
            "AND Or not IN Contains TRUE false Null",
            [
                "kw(and)@0+3", "kw(or)@4+2", "kw(not)@7+3", "kw(in)@11+2", "kw(contains)@14+8",
                "kw(true)@23+4", "kw(false)@28+5", "kw(null)@34+4", "end@38+0",
            ]
        ),
        ("aussagen.ausreichend", ["id(aussagen)@0+8", ".@8+1", "id(ausreichend)@9+11", "end@20+0"]),
        ("count(q_1)", ["id(count)@0+5", "(@5+1", "id(q_1)@6+3", ")@9+1", "end@10+0"]),
        ("[1, 2]", ["[@0+1", "num(1.0)@1+1", ",@2+1", "num(2.0)@4+1", "]@5+1", "end@6+0"]),
        (" \t\n", ["end@3+0"]),
    ])
    func tokenises(source: String, expected: [String]) throws {
        #expect(try lex(source) == expected)
    }

    @Test(
        arguments: [
            ("a = 1", ExpressionError.Reason.incompleteOperator(found: "=", expected: "=="), 2, 1),
            ("a & b", .incompleteOperator(found: "&", expected: "&&"), 2, 1),
            ("a | b", .incompleteOperator(found: "|", expected: "||"), 2, 1),
            ("schüler > 1", .unexpectedCharacter("ü"), 3, 1),
            ("a # b", .unexpectedCharacter("#"), 2, 1),
            ("x == 'abc", .unterminatedText, 5, 4),
            ("x == \"abc'", .unterminatedText, 5, 5),
            ("x == 'a\\", .unterminatedText, 5, 3),
            ("x == 'a\\nb'", .invalidEscape("n"), 7, 2),
            ("x == ‘gs’", .typographicQuote("‘"), 5, 1),
            ("x == „gs“", .typographicQuote("„"), 5, 1),
            ("x > 1e400", .numberOutOfRange("1e400"), 4, 5),
        ] as [(String, ExpressionError.Reason, Int, Int)])
    func rejects(source: String, reason: ExpressionError.Reason, offset: Int, length: Int) {
        #expect(throws: ExpressionError(reason, offset: offset, length: length)) { try lex(source) }
    }

    @Test func offsetsCountUnicodeScalarsNotBytesOrCharacters() throws {
        // "é" written as e + combining accent is one Character but two scalars.
        let tokens = try lex("'e\u{301}' == x")
        #expect(tokens == ["text(e\u{301})@0+4", "==@5+2", "id(x)@8+1", "end@9+0"])
        #expect(throws: ExpressionError(.unexpectedCharacter("😀"), offset: 8, length: 1)) {
            try lex("'e\u{301}' == 😀")
        }
    }
}
