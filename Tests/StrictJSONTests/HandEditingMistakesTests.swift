import StrictJSON
import Testing

/// Mistakes of people who edit JSON in a word processor or by hand: named for what they are, several per run.
@Suite struct HandEditingMistakesTests {
    @Test(arguments: [
        ("{\"a\": „Text“}", "„", 6),
        ("{\"a\": “Text”}", "“", 6),
        ("{”a”: 1}", "”", 1),
        ("[‚x‘]", "‚", 1),
        ("[’x’]", "’", 1),
        ("{\"a\": «x»}", "«", 6),
    ])
    func typographicQuotesAreNamed(input: String, quote: String, offset: Int) {
        #expect(throws: JSONSyntaxError(.typographicQuote(quote), at: offset)) { try JSONDocument(parsing: input) }
    }

    @Test func decimalCommaInAnObjectIsNamedWithTheFix() {
        let error = #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: "{\"min\": 20,5, \"max\": 30}") }
        #expect(error?.reason == .decimalComma("20,5"))
        #expect(error?.offset == 8)
    }

    @Test func aCommaBetweenNumbersOfAnArrayIsStillASeparator() throws {
        #expect(try JSONDocument(parsing: "[20,5]").root.count == 2)
    }

    @Test func severalTrailingCommasAreReportedInOneRun() {
        let input = "{\"a\": [1, 2,], \"b\": {\"c\": 1,}, \"d\": [3,],}"
        let error = #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: input) }
        #expect(error?.all.map(\.offset) == [11, 27, 38, 40])
        #expect(error?.all.allSatisfy { if case .trailingComma = $0.reason { true } else { false } } == true)
    }

    @Test func aFatalProblemAfterTrailingCommasIsReportedWithThem() {
        let error = #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: "[[1,], 'x']") }
        #expect(error?.all.map(\.reason) == [.trailingComma(before: "]"), .singleQuotes])
    }

    @Test func theNumberOfProblemsPerRunIsBounded() {
        let input = "[" + String(repeating: "[1,],", count: 10_000) + "1]"
        let error = #expect(throws: JSONSyntaxError.self) { try JSONDocument(parsing: input) }
        #expect(error?.all.count == 20)
    }
}
