import Foundation
import InternetMessage
import TestSupport
import Testing

/// Quoted-printable (RFC 2045 §6.7) against known vectors, and its guarantees on any input.
struct QuotedPrintableTests {
    /// Inputs and the output of Python's `quopri.encodestring` for them (soft breaks there are a
    /// bare LF; RFC 2045 and this encoder write CRLF).
    @Test(arguments: [
        ("Grüße aus München\r\n", "Gr=C3=BC=C3=9Fe aus M=C3=BCnchen\r\n"),
        ("a = b\r\n", "a =3D b\r\n"),
        ("trailing space \r\nnext\t\r\n", "trailing space=20\r\nnext=09\r\n"),
        (
            "Wenn Sie Fragen zur Umfrage haben, wenden Sie sich bitte an das Sekretariat des Schulamts unter der bekannten Nummer.",
            "Wenn Sie Fragen zur Umfrage haben, wenden Sie sich bitte an das Sekretariat=\r\n des Schulamts unter der bekannten Nummer."
        ),
        (
            String(repeating: "ä", count: 40),
            "=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=\r\n"
                + "=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=\r\n"
                + "=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=A4=C3=\r\n"
                + "=A4=C3=A4=C3=A4"
        ),
        ("", ""),
        ("\r\n\r\n", "\r\n\r\n"),
        ("lone\rCR and\nLF", "lone=0DCR and=0ALF"),
    ])
    func encodesLikePythonsQuopri(_ input: String, _ expected: String) {
        #expect(QuotedPrintable.encode(Array(input.utf8)) == expected)
        #expect(QuotedPrintable.decode(expected) == Array(input.utf8))
    }

    @Test func usesTheLast76thColumnOnlyAtTheEndOfALine() {
        let exactly76 = String(repeating: "x", count: 76)
        #expect(QuotedPrintable.encode(Array(exactly76.utf8)) == exactly76)
        let seventySeven = exactly76 + "y"
        #expect(QuotedPrintable.encode(Array(seventySeven.utf8)) == String(repeating: "x", count: 75) + "=\r\nxy")
    }

    /// RFC 2045 §6.7's own example of soft line breaks (rule 5).
    @Test func decodesTheRFCExample() {
        let encoded = "Now's the time =\r\nfor all folk to come=\r\n to the aid of their country."
        #expect(
            QuotedPrintable.decode(encoded)
                == Array("Now's the time for all folk to come to the aid of their country.".utf8))
    }

    @Test func decoderDropsTrailingWhitespaceAndTakesLowerCaseHexAndLF() {
        #expect(QuotedPrintable.decode("a=c3=a4  \nb=  \n c\n") == Array("aä\r\nb c\r\n".utf8))
    }

    @Test(arguments: ["=", "=4", "=G1", "a=\u{e4}", "ä"])
    func decoderRefusesBrokenInput(_ text: String) {
        #expect(QuotedPrintable.decode(text + "x") == nil)
        #expect(QuotedPrintable.decode("x" + text + "x") == nil)
    }

    /// Random bytes: lines of at most 76, nothing but printable ASCII, no whitespace before a
    /// break, never `=_`, and decoding gives the bytes back.
    @Test func holdsItsGuaranteesOnRandomBytes() {
        var generator = SeededGenerator(seed: 2045)
        let alphabet: [UInt8] = [0x20, 0x09, 0x0D, 0x0A, 0x3D, 0x5F, 0x2E, 0x41, 0x7E, 0x7F, 0x00, 0xC3, 0xA4, 0xFF]
        for _ in 0..<500 {
            let count = Int.random(in: 0...400, using: &generator)
            let bytes = (0..<count).map { _ in
                Bool.random(using: &generator)
                    ? alphabet.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let encoded = QuotedPrintable.encode(bytes)
            #expect(QuotedPrintable.decode(encoded) == bytes)
            #expect(!encoded.contains("=_"))
            for line in encoded.components(separatedBy: "\r\n") {
                #expect(line.utf8.count <= 76, "\(line)")
                #expect(line.utf8.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x09 })
                #expect(line.last != " " && line.last != "\t")
            }
        }
    }
}
