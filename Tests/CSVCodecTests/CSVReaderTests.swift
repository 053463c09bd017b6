import CSVCodec
import Testing

/// The reader on every edge case the import meets, each with LF and CRLF line ends.
struct CSVReaderTests {
    struct Good: Sendable, CustomTestStringConvertible {
        let name: String
        let input: String
        let header: [String]
        let rows: [[String]]
        var separator: CSVSeparator = .comma
        var testDescription: String { name }
    }

    static let good: [Good] = [
        Good(
            name: "plain", input: "id,label\ns1,Grundschule A\n", header: ["id", "label"],
            rows: [["s1", "Grundschule A"]]),
        Good(name: "no final newline", input: "id,label\ns1,A", header: ["id", "label"], rows: [["s1", "A"]]),
        Good(
            name: "semicolon detected", input: "id;label\ns1;Schule, Nord\n", header: ["id", "label"],
            rows: [["s1", "Schule, Nord"]], separator: .semicolon),
        Good(
            name: "quoted separator", input: "id;label\ns1;\"Schule; Nord\"\n", header: ["id", "label"],
            rows: [["s1", "Schule; Nord"]], separator: .semicolon),
        Good(
            name: "newline in quotes", input: "id,label\ns1,\"Zeile 1\nZeile 2\"\ns2,B\n", header: ["id", "label"],
            rows: [["s1", "Zeile 1\nZeile 2"], ["s2", "B"]]),
        Good(
            name: "escaped quote", input: "id,label\ns1,\"Die \"\"Neue\"\" Schule\"\n", header: ["id", "label"],
            rows: [["s1", "Die \"Neue\" Schule"]]),
        Good(
            name: "empty lines skipped", input: "\nid,label\n\ns1,A\n\n\ns2,B\n", header: ["id", "label"],
            rows: [["s1", "A"], ["s2", "B"]]),
        Good(
            name: "empty fields", input: "a,b,c\n,,\n\"\",x,\n", header: ["a", "b", "c"],
            rows: [["", "", ""], ["", "x", ""]]),
        Good(
            name: "umlauts", input: "id,label\ns1,Grund- und Mittelschule Füssen\n", header: ["id", "label"],
            rows: [["s1", "Grund- und Mittelschule Füssen"]]),
        Good(name: "header only", input: "id,label\n", header: ["id", "label"], rows: []),
        Good(name: "single column", input: "id\ns1\ns2\n", header: ["id"], rows: [["s1"], ["s2"]]),
        Good(
            name: "quoted header with semicolon count", input: "\"a,b\";c\n1;2\n", header: ["a,b", "c"],
            rows: [["1", "2"]], separator: .semicolon),
    ]

    @Test(arguments: good)
    func readsValidInput(_ example: Good) throws {
        for lineEnd in ["\n", "\r\n"] {
            for bom in ["", "\u{FEFF}"] {
                let text = bom + example.input.replacingNewlines(with: lineEnd)
                let table = try CSVReader.read(Array(text.utf8))
                #expect(table.header == example.header, "\(example.name) \(lineEnd.debugDescription)")
                let expectedRows = example.rows.map { $0.map { $0.replacingNewlines(with: lineEnd) } }
                #expect(table.rows.map(\.fields) == expectedRows, "\(example.name) \(lineEnd.debugDescription)")
                #expect(table.separator == example.separator)
            }
        }
    }

    @Test func rowsAndLinesFollowTheSpreadsheet() throws {
        let table = try CSVReader.read(Array("id,label\ns1,\"a\nb\"\n\ns2,c\n".utf8))
        #expect(table.rows.map(\.row) == [2, 4])
        #expect(table.rows.map(\.line) == [2, 5])
    }

    @Test func givenSeparatorWins() throws {
        let table = try CSVReader.read(Array("a;b,c\n1;2,3\n".utf8), separator: .semicolon)
        #expect(table.header == ["a", "b,c"])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let name: String
        let input: [UInt8]
        let errors: [CSVError]
        var testDescription: String { name }
    }

    static func at(_ row: Int, _ column: Int, line: Int? = nil) -> CSVPosition {
        CSVPosition(row: row, column: column, line: line ?? row)
    }

    static let bad: [Bad] = [
        Bad(name: "empty file", input: [], errors: [.empty]),
        Bad(name: "only BOM and blank lines", input: [0xEF, 0xBB, 0xBF, 10, 10], errors: [.empty]),
        Bad(
            name: "too few and too many fields", input: Array("a,b,c\n1,2\n1,2,3\n1,2,3,4\n".utf8),
            errors: [
                .wrongFieldCount(at(2, 3), expected: 3, found: 2), .wrongFieldCount(at(4, 4), expected: 3, found: 4),
            ]),
        Bad(
            name: "unterminated quote", input: Array("a,b\n1,\"open\n2,3\n".utf8),
            errors: [.unterminatedQuote(at(2, 2))]),
        Bad(
            name: "text after closing quote", input: Array("a,b\n1,\"x\"y\n".utf8),
            errors: [.characterAfterClosingQuote(at(2, 2))]),
        Bad(
            name: "quote in unquoted field", input: Array("a,b\n1,x\"y\n".utf8),
            errors: [.quoteInUnquotedField(at(2, 2))]),
        Bad(
            name: "invalid UTF-8 (Latin-1 ü)", input: Array("a,b\n1,".utf8) + [0x46, 0xFC, 0x73, 0x73, 0x65, 0x6E, 10],
            errors: [.invalidUTF8(at(2, 2))]),
        Bad(
            name: "every bad row reported", input: Array("a,b\n1\n2,2\n3,3,3\n4,\"4\n".utf8),
            errors: [
                .wrongFieldCount(at(2, 2), expected: 2, found: 1), .wrongFieldCount(at(4, 3), expected: 2, found: 3),
                .unterminatedQuote(at(5, 2)),
            ]),
        Bad(
            name: "position after multi-line field", input: Array("a,b\n\"x\ny\",1\n2\n".utf8),
            errors: [.wrongFieldCount(at(3, 2, line: 4), expected: 2, found: 1)]),
    ]

    @Test(arguments: bad)
    func reportsEveryProblem(_ example: Bad) {
        #expect(throws: CSVErrors(example.errors)) {
            try CSVReader.read(example.input)
        }
    }

    @Test func messagesNamePositionAndFix() {
        let error = CSVError.wrongFieldCount(CSVPosition(row: 3, column: 2, line: 4), expected: 2, found: 1)
        #expect(
            error.description
                == "row 3, column 2 (line 4): this row has 1 fields but the header has 2; check for a missing or extra separator"
        )
        #expect(
            CSVError.invalidUTF8(CSVPosition(row: 2, column: 1, line: 2)).description.hasPrefix("row 2, column 1: "))
    }
}

extension String {
    /// The text with every LF replaced by `lineEnd`.
    fileprivate func replacingNewlines(with lineEnd: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: lineEnd)
    }
}
