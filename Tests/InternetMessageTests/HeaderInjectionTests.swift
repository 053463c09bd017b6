import Foundation
import InternetMessage
import TestSupport
import Testing

/// No input can add a header line: line breaks in subjects, names and extra values stay inside
/// their field, and addresses with them are refused outright.
struct HeaderInjectionTests {
    /// Everything that ends a line somewhere: in SMTP, in MIME parsers, in Unicode-aware readers.
    static let breakers = ["\r", "\n", "\r\n", "\n\r", "\u{0}", "\u{2028}", "\u{2029}", "\u{85}", "\u{B}", "\u{C}"]

    /// Random text from pieces an attacker would use: header names, colons, line breaks, umlauts.
    static func hostileText(using generator: inout SeededGenerator) -> String {
        let pieces =
            breakers + [
                "Bcc: opfer@evil.example", "Content-Type: text/html", ":", " ", "\t", "ä", "😀", "=?", "?=",
                "=?UTF-8?B?DQpCY2M6IHg=?=", "\"", "\\", "<", ">", ",", "Schule", String(repeating: "x", count: 80),
            ]
        let count = Int.random(in: 0...12, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }

    @Test func noSubjectNameOrExtraValueAddsAHeaderLine() throws {
        var generator = SeededGenerator(seed: 822)
        for _ in 0..<2_000 {
            let name = Self.hostileText(using: &generator)
            let display =
                name.unicodeScalars.contains(where: {
                    $0.properties.generalCategory == .control
                        || $0 == "\u{2028}" || $0 == "\u{2029}"
                })
                ? nil : String(name.prefix(MailAddress.maximumDisplayNameLength))
            var message = MailMessage(
                from: try MailAddress("a@schulamt.example", displayName: display),
                to: [try MailAddress("b@schule.example", displayName: display)],
                subject: Self.hostileText(using: &generator), text: Self.hostileText(using: &generator),
                html: Bool.random(using: &generator) ? Self.hostileText(using: &generator) : nil,
                date: .init(timeIntervalSince1970: 0), messageID: "<\(Self.hostileText(using: &generator))@x.example>")
            try message.addHeader("X-Survey", Self.hostileText(using: &generator))
            let rendered = RenderedMessage(message.rendered())
            var expected = ["Date", "Message-ID", "From", "To", "Subject", "X-Survey", "MIME-Version", "Content-Type"]
            if message.html == nil { expected.append("Content-Transfer-Encoding") }
            #expect(rendered.fields.map(\.name) == expected, "\(rendered.headerLines)")
            for line in rendered.headerLines {
                // A Message-ID cannot be folded; only the hand-made, overlong ones here exceed the limit.
                #expect(line.utf8.count <= 78 || line.hasSuffix("@x.example>"), "\(line)")
                #expect(line.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }, "\(line)")
                #expect(!line.allSatisfy { $0 == " " })
            }
            // The body is 7-bit with CRLF line ends only.
            let body = Array(rendered.body.utf8)
            for (index, byte) in body.enumerated() {
                #expect(byte != 0x0D || body[index + 1] == 0x0A)
                #expect(byte != 0x0A || (index > 0 && body[index - 1] == 0x0D))
            }
            let decodedSubject = EncodedWord.decode(rendered.value("Subject") ?? "")
            #expect(
                decodedSubject?.unicodeScalars.contains { Self.breakers.joined().unicodeScalars.contains($0) } == false)
        }
    }

    @Test(arguments: breakers)
    func addressesWithALineBreakAreRefused(_ breaker: String) {
        for address in [
            "a\(breaker)@schule.example", "a@schule.example\(breaker)Bcc: x@evil.example", "\(breaker)a@b.example",
        ] {
            #expect(throws: MailAddressError.self) { try MailAddress(address) }
        }
    }

    @Test(arguments: breakers)
    func displayNamesWithALineBreakAreRefused(_ breaker: String) {
        #expect(throws: MailAddressError.self) {
            try MailAddress("a@schule.example", displayName: "Schule\(breaker)Bcc: x@evil.example")
        }
    }

    @Test(arguments: breakers)
    func subjectsKeepTheirLineBreaksOutOfTheHeader(_ breaker: String) throws {
        var message = try MailMessageRenderingTests.message()
        message.subject = "Einladung\(breaker)Bcc: opfer@evil.example"
        let rendered = RenderedMessage(message.rendered())
        #expect(!rendered.fields.contains { $0.name == "Bcc" })
        #expect(EncodedWord.decode(rendered.value("Subject")!) == "Einladung Bcc: opfer@evil.example")
    }
}
