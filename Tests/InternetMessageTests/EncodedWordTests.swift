import Foundation
import InternetMessage
import Testing

/// RFC 2047 encoded words: only where needed, whole characters, short lines.
struct EncodedWordTests {
    @Test func leavesPlainASCIIAlone() {
        #expect(EncodedWord.encode("Einladung zur Umfrage", fieldName: "Subject") == "Subject: Einladung zur Umfrage")
    }

    /// The same bytes as Python's `email.header.Header("Grüße", "utf-8").encode()`, in upper case.
    @Test func encodesUmlautsInBase64() {
        #expect(EncodedWord.encode("Grüße", fieldName: "Subject") == "Subject: =?UTF-8?B?R3LDvMOfZQ==?=")
    }

    @Test func encodesTextThatLooksLikeAnEncodedWord() {
        let field = EncodedWord.encode("Preis =?10?=", fieldName: "Subject")
        #expect(field.hasPrefix("Subject: =?UTF-8?B?"))
        #expect(EncodedWord.decode(String(field.dropFirst(9))) == "Preis =?10?=")
    }

    @Test func flattensLineBreaksAndWhitespace() {
        #expect(
            EncodedWord.encode("  Einladung\r\nzur\t\tUmfrage \u{2028}", fieldName: "Subject")
                == "Subject: Einladung zur Umfrage")
    }

    @Test(arguments: [
        "Einladung: Befragung der Grundschulen im Landkreis Süd zur Ganztagsbetreuung 2027",
        String(repeating: "Ärger über Öfen, Übungen und Äpfel; ", count: 8),
        String(repeating: "😀👨‍👩‍👧‍👦🇩🇪", count: 12),
        "e" + String(repeating: "\u{301}", count: 40) + " und weiter",
        String(repeating: "x", count: 120),
        "Kurz",
    ])
    func foldsAndDecodesBack(_ subject: String) throws {
        let field = EncodedWord.encode(subject, fieldName: "Subject")
        let lines = field.components(separatedBy: "\r\n")
        for (index, line) in lines.enumerated() {
            #expect(line.utf8.count <= 78, "\(line)")
            #expect(line.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) })
            #expect(index == 0 ? line.hasPrefix("Subject: ") : line.hasPrefix(" "))
            #expect(line.trimmingCharacters(in: .whitespaces).isEmpty == false)
        }
        let words = field.dropFirst("Subject: ".count).split(whereSeparator: { $0 == " " || $0 == "\r\n" })
        for word in words where word.hasPrefix("=?") {
            #expect(word.utf8.count <= EncodedWord.maximumLength)
            // Every word holds whole scalars: it decodes on its own.
            #expect(EncodedWord.decode(String(word)) != nil, "\(word)")
        }
        #expect(
            EncodedWord.decode(String(field.dropFirst("Subject: ".count)))
                == subject.trimmingCharacters(in: .whitespaces))
    }

    @Test func keepsGraphemeClustersTogetherWhereTheyFit() {
        let family = "👨‍👩‍👧‍👦" // 25 bytes of UTF-8
        let field = EncodedWord.encode(String(repeating: family, count: 6), fieldName: "Subject")
        let words = field.dropFirst("Subject: ".count).components(separatedBy: "\r\n ")
        for word in words { #expect(EncodedWord.decode(word).map { Set($0) } == [Character(family)]) }
    }

    /// The examples of RFC 2047 §8.
    @Test(arguments: [
        ("=?US-ASCII?Q?Keith_Moore?=", "Keith Moore"),
        ("=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=", "Keld Jørn Simonsen"),
        ("=?ISO-8859-1?Q?Andr=E9?= Pirard", "André Pirard"),
        (
            "=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=",
            "If you can read this you understand the example."
        ),
        ("=?ISO-8859-1?Q?Olle_J=E4rnefors?=", "Olle Järnefors"),
        ("=?ISO-8859-1?Q?Patrik_F=E4ltstr=F6m?=", "Patrik Fältström"),
        ("(=?ISO-8859-1?Q?a?=)", "(a)"),
        ("(=?ISO-8859-1?Q?a?= b)", "(a b)"),
        ("(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)", "(ab)"),
        ("(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)", "(ab)"),
        ("(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)", "(ab)"),
        ("(=?ISO-8859-1?Q?a_b?=)", "(a b)"),
        ("(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)", "(a b)"),
        ("=?US-ASCII*EN?Q?Keith_Moore?=", "Keith Moore"),
        ("=?not really", "=?not really"),
    ])
    func decodesTheRFCExamples(_ encoded: String, _ decoded: String) {
        #expect(EncodedWord.decode(encoded) == decoded)
    }

    @Test func decoderRefusesUnknownCharsetsAndBrokenPayloads() {
        #expect(EncodedWord.decode("=?KOI8-R?Q?a?=") == nil)
        #expect(EncodedWord.decode("=?UTF-8?B?w?=") == nil)
        #expect(EncodedWord.decode("=?UTF-8?Q?=C3?=") == nil)
    }
}
