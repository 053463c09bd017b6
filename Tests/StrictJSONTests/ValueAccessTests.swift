import StrictJSON
import Testing

@Suite struct ValueAccessTests {
    @Test func readsMembersInOrderWithPositions() throws {
        let document = try JSONDocument(parsing: "{\n  \"id\": \"x\",\n  \"n\": 3.0,\n  \"list\": [1, [2], {}]\n}")
        let root = document.root
        #expect(root.kind == .object)
        #expect(root.members?.map(\.key) == ["id", "n", "list"])
        #expect(root["id"]?.string == "x")
        #expect(root["n"]?.int == 3)
        #expect(root["n"]?.isIntegerLiteral == false)
        #expect(root["missing"] == nil)
        #expect(root["list"]?.elements?.map(\.kind) == [.number, .array, .object])
        #expect(root["list"]?.count == 3)
        #expect(root["n"]?.location == SourceLocation(line: 3, column: 8))
        let listKey = try #require(root.members?.last)
        #expect(document.location(ofOffset: listKey.keyOffset) == SourceLocation(line: 4, column: 3))
        #expect(document.lineText(2) == "  \"id\": \"x\",")
    }

    @Test func readsScalarsOnlyAsTheirKind() throws {
        let root = try JSONDocument(parsing: #"[1, "1", true, null, 2.5, 1e300]"#).root
        let values = try #require(root.elements)
        #expect(values[0].int == 1 && values[0].isIntegerLiteral && values[0].string == nil)
        #expect(values[1].string == "1" && values[1].int == nil)
        #expect(values[2].bool == true && values[2].double == nil)
        #expect(values[3].isNull && values[3].bool == nil)
        #expect(values[4].int == nil && values[4].double == 2.5)
        #expect(values[5].int == nil)
        #expect(root["x"] == nil && root.string == nil)
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        let document = try JSONDocument(parsing: "{\"ä😀\": \"ö\", \"b\": 1}")
        let members = try #require(document.root.members)
        #expect(members[1].value.location == SourceLocation(line: 1, column: 18))
        #expect(SourceLocator(Array("\u{FEFF}x".utf8)).location(ofOffset: 3) == SourceLocation(line: 1, column: 1))
        #expect(SourceLocator(Array("a\r\nb".utf8)).lineText(1) == "a")
    }

    @Test func mapsScalarsOfEscapedStringsBackToTheFile() throws {
        // The decoded text is `a"ä😀b`; each scalar's source offset skips its escape.
        let text = #"  "a\"\u00e4\ud83d\ude00b""#
        let value = try JSONDocument(parsing: text).root
        #expect(value.string == "a\"ä😀b")
        #expect((0...5).map(value.sourceOffset(ofScalar:)) == [3, 4, 6, 12, 24, 25])
    }
}
