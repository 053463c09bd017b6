import StrictJSON
import Testing

@Suite struct ParsingTests {
    struct Valid: CustomTestStringConvertible, Sendable {
        let input: String
        let expected: JSON
        var testDescription: String { input }
    }

    static let valid: [Valid] = [
        Valid(input: "{}", expected: [:]),
        Valid(input: "[]", expected: []),
        Valid(input: " \t\r\n[ 1 , 2 ]\n", expected: [1, 2]),
        Valid(input: "null", expected: nil),
        Valid(input: "true", expected: true),
        Valid(input: "false", expected: false),
        Valid(input: "0", expected: 0),
        Valid(input: "-0", expected: .number(-0.0)),
        Valid(input: "-12.5e-1", expected: -1.25),
        Valid(input: "1E2", expected: 100),
        Valid(input: "1e+2", expected: 100),
        Valid(input: "0.1", expected: 0.1),
        Valid(input: "123456789012345678901234567890", expected: 123456789012345678901234567890.0),
        Valid(input: "1e-400", expected: 0),
        Valid(input: "2.2250738585072014e-308", expected: .number(2.2250738585072014e-308)),
        Valid(input: "\"\"", expected: ""),
        Valid(input: #""a\"b\\c\/d\b\f\n\r\t""#, expected: "a\"b\\c/d\u{8}\u{c}\n\r\t"),
        Valid(input: #""\u00e4\u00C4""#, expected: "äÄ"),
        Valid(input: #""\ud83d\ude00""#, expected: "😀"),
        Valid(input: "\"Schüler 😀\"", expected: "Schüler 😀"),
        Valid(input: #""\u0000""#, expected: "\u{0}"),
        Valid(input: "\u{FEFF}{\"a\":1}", expected: ["a": 1]),
        Valid(input: #"{"a":{"b":[true,null,"x"]},"c":-1}"#, expected: ["a": ["b": [true, nil, "x"]], "c": -1]),
        Valid(input: #"{"a":1,"A":2}"#, expected: ["a": 1, "A": 2]),
        Valid(input: #"{"\u0061":1,"b":2}"#, expected: ["a": 1, "b": 2]),
    ]

    @Test(arguments: valid)
    func parsesValidJSON(_ example: Valid) throws {
        let document = try JSONDocument(parsing: example.input)
        #expect(JSON(document.root) == example.expected)
    }

    struct Invalid: CustomTestStringConvertible, Sendable {
        let input: String
        let reason: JSONSyntaxError.Reason
        let offset: Int
        var testDescription: String { input }
    }

    static let invalid: [Invalid] = [
        Invalid(input: "", reason: .emptyInput, offset: 0),
        Invalid(input: "  \n", reason: .emptyInput, offset: 3),
        Invalid(input: "{", reason: .unexpectedEnd(expected: "a key in double quotes or '}'"), offset: 1),
        Invalid(input: "[1,", reason: .unexpectedEnd(expected: "a value or ']'"), offset: 3),
        Invalid(input: "[1 2]", reason: .missingComma(inObject: false), offset: 3),
        Invalid(input: #"{"a":1 "b":2}"#, reason: .missingComma(inObject: true), offset: 7),
        Invalid(input: #"{"a" 1}"#, reason: .missingColon, offset: 5),
        Invalid(input: "[1,2,]", reason: .trailingComma(before: "]"), offset: 4),
        Invalid(input: "{\"a\":1,\n}", reason: .trailingComma(before: "}"), offset: 6),
        Invalid(input: "{\n// note\n\"a\":1}", reason: .comment, offset: 2),
        Invalid(input: "[1 /* x */]", reason: .comment, offset: 3),
        Invalid(input: "{\"a\":1} // end", reason: .comment, offset: 8),
        Invalid(input: "['a']", reason: .singleQuotes, offset: 1),
        Invalid(input: "{'a':1}", reason: .singleQuotes, offset: 1),
        Invalid(input: "{id: 1}", reason: .unquotedKey("id"), offset: 1),
        Invalid(input: "[True]", reason: .unknownWord("True"), offset: 1),
        Invalid(input: "[NaN]", reason: .unknownWord("NaN"), offset: 1),
        Invalid(input: "[-Infinity]", reason: .unknownWord("-Infinity"), offset: 1),
        Invalid(input: "[nul]", reason: .unknownWord("nul"), offset: 1),
        Invalid(input: "[truex]", reason: .unknownWord("truex"), offset: 1),
        Invalid(input: "{\"id\":1,\n \"id\":2}", reason: .duplicateKey("id", firstLine: 1, firstColumn: 2), offset: 10),
        Invalid(input: #"{"a":1,"\u0061":2}"#, reason: .duplicateKey("a", firstLine: 1, firstColumn: 2), offset: 7),
        Invalid(input: "\"a\nb\"", reason: .controlCharacterInString(0x0A), offset: 2),
        Invalid(input: "\"a\tb\"", reason: .controlCharacterInString(0x09), offset: 2),
        Invalid(input: #""\x""#, reason: .invalidEscape("\\x"), offset: 1),
        Invalid(input: #""\u12G4""#, reason: .invalidEscape("\\u12G4"), offset: 1),
        Invalid(input: #""\ud83d""#, reason: .loneSurrogate, offset: 1),
        Invalid(input: #""\ud83dx""#, reason: .loneSurrogate, offset: 1),
        Invalid(input: #""\ude00""#, reason: .loneSurrogate, offset: 1),
        Invalid(input: #""\ud83d\u0041""#, reason: .loneSurrogate, offset: 1),
        Invalid(
            input: "\"abc", reason: .unexpectedEnd(expected: "'\"' to close the string that starts here"), offset: 0),
        Invalid(input: "01", reason: .leadingZero, offset: 0),
        Invalid(input: "-01", reason: .leadingZero, offset: 0),
        Invalid(input: "+1", reason: .invalidNumber("+1"), offset: 0),
        Invalid(input: ".5", reason: .invalidNumber(".5"), offset: 0),
        Invalid(input: "1.", reason: .invalidNumber("1."), offset: 0),
        Invalid(input: "1.e3", reason: .invalidNumber("1.e3"), offset: 0),
        Invalid(input: "1e", reason: .invalidNumber("1e"), offset: 0),
        Invalid(input: "-", reason: .invalidNumber("-"), offset: 0),
        Invalid(input: "0x1F", reason: .invalidNumber("0x1F"), offset: 0),
        Invalid(input: "1e400", reason: .numberOutOfRange("1e400"), offset: 0),
        Invalid(input: "-1e400", reason: .numberOutOfRange("-1e400"), offset: 0),
        Invalid(input: "1 2", reason: .trailingContent, offset: 2),
        Invalid(input: "{}}", reason: .trailingContent, offset: 2),
        Invalid(input: "[1,,2]", reason: .unexpectedCharacter(found: "','", expected: "a value"), offset: 3),
        Invalid(
            input: "{,}", reason: .unexpectedCharacter(found: "','", expected: "a key in double quotes"), offset: 1),
        Invalid(
            input: "[\u{0}]", reason: .unexpectedCharacter(found: "control character U+0000", expected: "a value"),
            offset: 1),
    ]

    @Test(arguments: invalid)
    func rejectsInvalidJSON(_ example: Invalid) {
        #expect(throws: JSONSyntaxError(example.reason, at: example.offset)) {
            try JSONDocument(parsing: example.input)
        }
    }

    @Test(
        arguments: [
            [0x22, 0xFF, 0x22], // never valid in UTF-8
            [0x22, 0xC3, 0x22], // truncated two-byte sequence
            [0x22, 0xC0, 0xAF, 0x22], // overlong '/'
            [0x22, 0xE0, 0x80, 0xAF, 0x22], // overlong three-byte form
            [0x22, 0xED, 0xA0, 0x80, 0x22], // UTF-16 surrogate encoded in UTF-8
            [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], // above U+10FFFF
            [0x22, 0xF0, 0x9F, 0x98, 0x22], // truncated four-byte sequence
        ] as [[UInt8]])
    func rejectsInvalidUTF8(_ bytes: [UInt8]) {
        #expect(throws: JSONSyntaxError(.invalidUTF8, at: 1)) { try JSONDocument(parsing: bytes) }
    }

    @Test func limitsNesting() throws {
        let deepest = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(try JSONDocument(parsing: deepest).root.count == 1)
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: JSONSyntaxError(.tooDeeplyNested(limit: 512), at: 512)) { try JSONDocument(parsing: tooDeep) }
        let hostile = String(repeating: "{\"a\":", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: hostile) }
    }

    @Test func detectsDuplicatesInLargeObjects() {
        let members = (0..<40).map { "\"k\($0)\":\($0)" } + ["\"k7\":0"]
        #expect(throws: JSONSyntaxError(.duplicateKey("k7", firstLine: 1, firstColumn: 51), at: 341)) {
            try JSONDocument(parsing: "{" + members.joined(separator: ",") + "}")
        }
    }

    @Test func everyTruncationOfAValidDocumentFailsCleanly() throws {
        let text = #"{"a": [1, -2.5e3, "x\u00e4\ud83d\ude00", true, null], "b": {"c": false}}"#
        let bytes = Array(text.utf8)
        #expect(try JSONDocument(parsing: bytes).root.count == 2)
        for length in 0..<bytes.count where length != 0 {
            #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: Array(bytes[..<length])) }
        }
    }
}
