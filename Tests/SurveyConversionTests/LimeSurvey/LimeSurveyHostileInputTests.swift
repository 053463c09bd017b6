import SurveyConversion
import SurveyModel
import Testing

/// Broken and hostile files give a clear error, never a crash, never an expanded entity.
struct LimeSurveyHostileInputTests {
    static func convert(_ text: String) throws(LimeSurveyError) -> Conversion {
        try LimeSurveyConverter.convert(Array(text.utf8))
    }

    @Test func malformedXMLNamesLineAndColumn() {
        #expect(throws: LimeSurveyError.malformed(line: 2, column: 31)) {
            try Self.convert("<?xml version=\"1.0\"?>\n<document><surveys></document>")
        }
        #expect(throws: LimeSurveyError.malformed(line: 1, column: 1)) { try Self.convert("") }
    }

    @Test func aDocumentTypeIsRefusedBeforeAnyEntityIsExpanded() {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <document><surveys><rows><row><sid>&lol3;</sid></row></rows></surveys></document>
            """
        #expect(throws: LimeSurveyError.documentTypeDeclaration(line: 2)) { try Self.convert(laughs) }
        let external = "<!-- x -->\n<!DOCTYPE document SYSTEM \"file:///etc/passwd\"><document/>"
        #expect(throws: LimeSurveyError.documentTypeDeclaration(line: 2)) { try Self.convert(external) }
    }

    @Test func anUndeclaredEntityIsAnErrorNotAnExpansion() {
        #expect(throws: LimeSurveyError.self) {
            try Self.convert("<document><surveys><rows><row><sid>&xxe;</sid></row></rows></surveys></document>")
        }
    }

    @Test func otherXMLIsNotASurvey() {
        #expect(throws: LimeSurveyError.wrongRootElement(name: "survey")) { try Self.convert("<survey/>") }
        #expect(throws: LimeSurveyError.missingTable(name: "surveys")) { try Self.convert("<document/>") }
    }

    @Test func aFileAboveTheLimitIsRefusedUnread() {
        let size = LimeSurveyConverter.maximumSize + 1
        #expect(throws: LimeSurveyError.tooLarge(bytes: size, limit: LimeSurveyConverter.maximumSize)) {
            try LimeSurveyConverter.convert([UInt8](repeating: 0x20, count: size))
        }
    }

    @Test func bytesThatAreNotUTF8AreRefusedWithTheirLine() {
        #expect(throws: LimeSurveyError.notUTF8(line: 2)) {
            try LimeSurveyConverter.convert(Array("<document>\n<".utf8) + [0xEA] + Array("x/></document>".utf8))
        }
    }

    /// Found by the fuzzer: libxml2 crashed switching to UTF-7; other encodings never reach it.
    @Test func onlyUTF8MayBeDeclared() {
        #expect(throws: LimeSurveyError.unsupportedEncoding(name: "UTF-7")) {
            try Self.convert("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n<document/>")
        }
        #expect(throws: LimeSurveyError.unsupportedEncoding(name: "latin1")) {
            try Self.convert("\u{FEFF}<?xml version='1.0' encoding = 'latin1' ?><document/>")
        }
        #expect(throws: LimeSurveyError.missingTable(name: "surveys")) {
            try Self.convert("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<document/>")
        }
        #expect(throws: LimeSurveyError.notUTF8(line: 2)) { try Self.convert("<document>\n<a>\u{0}</a></document>") }
    }

    /// Found by the fuzzer: Foundation's XMLParser crashed on a processing instruction without data.
    @Test func processingInstructionsAreRefusedOutsideTextOnly() {
        #expect(throws: LimeSurveyError.processingInstruction(line: 2)) {
            try Self.convert("<document>\n<?x?></document>")
        }
        #expect(throws: LimeSurveyError.missingTable(name: "surveys")) {
            try Self.convert("<document><!-- <?x?> <!DOCTYPE --><a><![CDATA[<?php ?>]]></a></document>")
        }
        #expect(throws: LimeSurveyError.documentTypeDeclaration(line: 1)) {
            try Self.convert("<document><a/></document><!DOCTYPE x>")
        }
    }

    @Test func errorsSpeakBothLanguages() {
        let error = LimeSurveyError.malformed(line: 3, column: 4)
        #expect(error.message(in: "de").hasPrefix("Zeile 3, Spalte 4: die Datei ist kein wohlgeformtes XML"))
        #expect(error.message(in: "en").hasPrefix("line 3, column 4: the file is not well-formed XML"))
    }

    /// Seeded byte flips of every fixture: each gives a conversion or an error, never a trap.
    @Test(arguments: LimeSurveyFixtureTests.fixtures)
    func randomByteFlipsNeverTrap(name: String) throws {
        let original = try LimeSurveyFixtureTests.bytes(name)
        var random = SplitMix(seed: 0x16_1_55)
        var outcomes = (converted: 0, refused: 0)
        for _ in 0..<25 {
            var bytes = original
            for flip in 0..<(1 + random.next() % 16) {
                let index = Int(random.next() % UInt64(bytes.count))
                // Any byte in even rounds, ASCII in odd ones: non-UTF-8 is refused early, so ASCII reaches the parser.
                let byte = UInt8(truncatingIfNeeded: random.next())
                bytes[index] = flip % 2 == 0 ? bytes[index] ^ (byte | 1) : byte & 0x7F
            }
            do {
                _ = try LimeSurveyConverter.convert(bytes).result
                outcomes.converted += 1
            } catch {
                #expect(!error.message(in: "en").isEmpty)
                outcomes.refused += 1
            }
        }
        #expect(outcomes.converted + outcomes.refused == 25)
    }

    /// Hand-made equations and texts of awkward shapes finish in linear time.
    @Test func pathologicalTextsStayCheap() throws {
        var document = LSSDocument(questions: [
            .init(qid: 1, type: "S", code: "Q1", text: String(repeating: "<", count: 200_000)),
            .init(qid: 2, type: "S", code: "Q2", text: String(repeating: "&amp", count: 50_000)),
            .init(qid: 3, type: "S", code: "Q3", relevance: String(repeating: "(", count: 100_000)),
        ])
        document.languages = ["de"]
        let conversion = try document.convert()
        #expect(conversion.result.survey?.questions.count == 3)
    }
}

/// A small seeded generator (SplitMix64), so every run flips the same bytes.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
