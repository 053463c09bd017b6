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

@Suite struct SourceLocatorTests {
    /// Counts from the start of the file, the obvious and slow way.
    static func naiveLocation(of offset: Int, in bytes: [UInt8]) -> StrictJSON.SourceLocation {
        let skipsMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        var line = 1
        var column = 1
        for (index, byte) in bytes.prefix(max(0, min(offset, bytes.count))).enumerated() {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && !(skipsMark && index < 3) {
                column += 1
            }
        }
        return StrictJSON.SourceLocation(line: line, column: column)
    }

    @Test(arguments: [
        "",
        "{\"a\": 1}\n",
        "\u{FEFF}{\"ä\": \"ö\"}\r\n[1,\n2]",
        String(repeating: "{\"schüler\": \"Größe – ✓\", ", count: 200) + "\n\n" + String(repeating: "x", count: 3000),
    ])
    func agreesWithCountingFromTheStart(_ text: String) {
        let bytes = Array(text.utf8)
        let locator = SourceLocator(bytes)
        for offset in -1...(bytes.count + 1) {
            #expect(locator.location(ofOffset: offset) == Self.naiveLocation(of: offset, in: bytes), "offset \(offset)")
        }
    }
}
