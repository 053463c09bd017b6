import EscapingCorpus
import TestSupport
import Testing

@testable import CSVCodec

/// Text that a spreadsheet would run as a formula is written as text, and reads back unchanged.
struct FormulaGuardTests {
    /// The written field, as it stands in the file, for one cell.
    static func written(_ cell: CSVCell, writer: CSVWriter = .standard) -> String {
        var output: [UInt8] = []
        writer.append([cell], to: &output)
        return String(decoding: output.dropLast(2), as: UTF8.self)
    }

    @Test(arguments: [
        ("=1+1", #""'=1+1""#),
        ("+1+1", #""'+1+1""#),
        ("-1+1", #""'-1+1""#),
        ("@SUM(1,1)", #""'@SUM(1,1)""#),
        ("\t=1+1", "\"'\t=1+1\""),
        ("\r=1+1", "\"'\r=1+1\""),
        ("\n=1+1", "\"'\n=1+1\""),
        ("\0=1+1", "\"'\0=1+1\""),
        ("\u{FF1D}1+1", "\"'\u{FF1D}1+1\""),
        ("\u{FF0B}1", "\"'\u{FF0B}1\""),
        ("\u{FF0D}1", "\"'\u{FF0D}1\""),
        ("\u{FF20}SUM(1)", "\"'\u{FF20}SUM(1)\""),
        ("=\u{301}1", "\"'=\u{301}1\""),
        // The two examples of OWASP's CSV Injection page.
        (#"=1+2";=1+2"#, #""'=1+2"";=1+2""#),
        (#"=1+2'" ;,=1+2"#, #""'=1+2'"" ;,=1+2""#),
        // Apostrophes in front are looked past, so the guard itself can be told apart.
        ("'=1+1", #""''=1+1""#),
        ("''-1", #""'''-1""#),
    ])
    func formulaLikeTextGetsAnApostropheAndQuotes(text: String, field: String) {
        #expect(Self.written(.text(text)) == field)
    }

    @Test(arguments: ["Grundschule", "1+1=2", " =1", "'s Gravenhage", "'", "''", "", "a-b", "x@example.de", "ー1"])
    func otherTextStaysAsItIs(text: String) throws {
        let field = Self.written(.text(text))
        #expect(field == text || field == "\"\(text)\"")
        let table = try CSVReader.read(Array(("h\r\n" + field + "\r\n").utf8))
        #expect(table.rows.map(\.fields) == [[text]])
    }

    @Test(arguments: ["-12", "3.5", "-3,5", "0", "1e-05", "-1.5E+20"])
    func numbersStayNumbers(number: String) {
        #expect(Self.written(.number(number), writer: .excel) == number)
    }

    /// A cell called a number that is not one is guarded like text: no caller can smuggle a formula through.
    @Test(arguments: ["-1+1", "=1", "-", "1.", ".5", "1e", "-1,5,3", "1 ", "+1", "\u{FF0D}1", "٣"])
    func numbersThatAreNotPlainAreText(text: String) {
        #expect(Self.written(.number(text), writer: .excel) == Self.written(.text(text), writer: .excel))
    }

    @Test func headerIsGuardedToo() {
        let bytes = CSVWriter.standard.write(header: ["=id"], rows: [])
        #expect(String(decoding: bytes, as: UTF8.self) == "\"'=id\"\r\n")
    }

    @Test func readingRemovesOnlyTheGuard() throws {
        let table = try CSVReader.read(Array("a,b,c,d,e\r\n'=1,\"''-2\",'x,'',\"'\"\r\n".utf8))
        #expect(table.rows.map(\.fields) == [["=1", "'-2", "'x", "''", "'"]])
    }

    /// Writing then reading is the identity for every text, and no written field starts with a trigger.
    ///
    /// The texts are drawn from triggers, apostrophes, CSV syntax, the byte-order
    /// mark, Prepend and combining characters, and ordinary letters, heavily
    /// weighted to the start of the text where the guard works.
    @Test(arguments: [CSVWriter.standard, CSVWriter.excel])
    func roundTripIsTheIdentity(writer: CSVWriter) throws {
        var random = SeededGenerator(seed: 9)
        let alphabet: [String] =
            FormulaGuard.triggers.map { String($0) } + [
                "'", "'", "'", "\"", ",", ";", "\r\n", " ", "\u{FEFF}", "\u{600}", "\u{301}", "\u{200D}", "a", "Ü",
                "1", "ー", "😀",
            ]
        let texts = (0..<4000).map { _ in
            (0..<Int.random(in: 0..<7, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "" }
                .joined()
        }
        let rows = stride(from: 0, to: texts.count, by: 4).map { start in
            texts[start..<start + 4].map(CSVCell.text)
        }
        let table = try CSVReader.read(
            writer.write(header: ["a", "b", "c", "d"], rows: rows), separator: writer.separator)
        #expect(table.rows.flatMap(\.fields) == texts)
        for text in texts {
            let first = CSVCell.text(text).written.unicodeScalars.first
            #expect(first.map { !FormulaGuard.triggers.contains($0) } ?? true, "\(text.debugDescription)")
        }
    }

    /// The shared escaping corpus, alone and behind each formula trigger, comes back unchanged from
    /// both writers, and no written field starts like a formula.
    @Test(arguments: [CSVWriter.standard, CSVWriter.excel])
    func escapingCorpusRoundTrips(writer: CSVWriter) throws {
        let corpus = EscapingCorpus.cases + EscapingCorpus.attacks + EscapingCorpus.decodedInvalidBytes
        let texts = corpus + corpus.flatMap { text in FormulaGuard.triggers.map { String($0) + text } }
        let table = try CSVReader.read(
            writer.write(header: ["text"], rows: texts.map { [CSVCell.text($0)] }), separator: writer.separator)
        #expect(table.rows.map(\.fields) == texts.map { [$0] })
        for text in texts {
            let first = CSVCell.text(text).written.unicodeScalars.first
            #expect(first.map { !FormulaGuard.triggers.contains($0) } ?? true, "\(text.debugDescription)")
        }
    }
}
