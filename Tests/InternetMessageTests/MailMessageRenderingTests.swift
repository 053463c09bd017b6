import Foundation
import InternetMessage
import Testing

/// The rendered message: header order, MIME structure, line limits, encodings.
struct MailMessageRenderingTests {
    static let date = Date(timeIntervalSince1970: 1_796_457_600) // 2026-12-05 08:00:00 UTC

    static func message(html: String? = nil) throws -> MailMessage {
        MailMessage(
            from: try MailAddress("umfrage@schulamt.example", displayName: "Staatliches Schulamt Süd"),
            to: [try MailAddress("sekretariat@gs-nord.example", displayName: "Grundschule Nord")],
            replyTo: try MailAddress("kontakt@schulamt.example", displayName: "Schulamt, Referat 2"),
            subject: "Einladung: Befragung zur Ganztagsbetreuung", text: "Sehr geehrte Damen und Herren,\nbitte …\n",
            html: html, date: date, messageID: "<abc123@schulamt.example>")
    }

    @Test func writesTheHeadersInOrder() throws {
        let rendered = RenderedMessage(try Self.message().rendered())
        #expect(
            rendered.fields.map(\.name) == [
                "Date", "Message-ID", "From", "Reply-To", "To", "Subject", "MIME-Version", "Content-Type",
                "Content-Transfer-Encoding",
            ])
        #expect(rendered.value("Date") == "Sat, 05 Dec 2026 08:00:00 +0000")
        #expect(rendered.value("Message-ID") == "<abc123@schulamt.example>")
        #expect(rendered.value("From") == "=?UTF-8?B?U3RhYXRsaWNoZXMgU2NodWxhbXQgU8O8ZA==?= <umfrage@schulamt.example>")
        #expect(rendered.value("Reply-To") == "\"Schulamt, Referat 2\" <kontakt@schulamt.example>")
        #expect(rendered.value("To") == "Grundschule Nord <sekretariat@gs-nord.example>")
        #expect(rendered.value("Content-Type") == "text/plain; charset=utf-8")
        #expect(rendered.value("Content-Transfer-Encoding") == "quoted-printable")
        #expect(rendered.value("Auto-Submitted") == nil)
        #expect(rendered.body == "Sehr geehrte Damen und Herren,\r\nbitte =E2=80=A6\r\n")
    }

    @Test func endsTheBodyWithALineBreak() throws {
        var message = try Self.message()
        message.text = "Ohne Zeilenende\r\nund mit CR\rallein"
        #expect(RenderedMessage(message.rendered()).body == "Ohne Zeilenende\r\nund mit CR\r\nallein\r\n")
    }

    @Test func writesAnHTMLAlternativeAfterTheText() throws {
        let message = try Self.message(
            html: "<p>Sehr geehrte Damen und Herren, <a href=\"https://x.example/?a=1\">hier</a></p>")
        let bytes = message.rendered(boundary: "=_0123")
        let rendered = RenderedMessage(bytes)
        #expect(rendered.value("Content-Type") == "multipart/alternative; boundary=\"=_0123\"")
        #expect(rendered.value("Content-Transfer-Encoding") == nil)
        #expect(
            rendered.body == """
                --=_0123\r
                Content-Type: text/plain; charset=utf-8\r
                Content-Transfer-Encoding: quoted-printable\r
                \r
                Sehr geehrte Damen und Herren,\r
                bitte =E2=80=A6\r
                \r
                --=_0123\r
                Content-Type: text/html; charset=utf-8\r
                Content-Transfer-Encoding: quoted-printable\r
                \r
                <p>Sehr geehrte Damen und Herren, <a href=3D"https://x.example/?a=3D1">hier=\r
                </a></p>\r
                \r
                --=_0123--\r

                """)
    }

    @Test func boundariesAreRandomAndStartWithEqualsUnderscore() throws {
        let message = try Self.message(html: "<p>x</p>")
        let first = RenderedMessage(message.rendered()).value("Content-Type")!
        let second = RenderedMessage(message.rendered()).value("Content-Type")!
        #expect(first != second)
        #expect(first.hasPrefix("multipart/alternative; boundary=\"=_"))
    }

    @Test func listsSeveralRecipientsWithCommasAndFolds() throws {
        var message = try Self.message()
        message.to = try (1...6).map {
            try MailAddress("schule\($0)@landkreis.example", displayName: "Schule Nr. \($0)")
        }
        let rendered = RenderedMessage(message.rendered())
        let expected = (1...6).map { "\"Schule Nr. \($0)\" <schule\($0)@landkreis.example>" }.joined(separator: ", ")
        #expect(rendered.value("To")?.replacingOccurrences(of: "\r\n", with: "") == expected)
        #expect(rendered.headerLines.allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func checksExtraHeaderNames() throws {
        var message = try Self.message()
        try message.addHeader("List-Unsubscribe", "<mailto:abmelden@schulamt.example>")
        #expect(throws: MailHeaderError(name: "Bcc", reason: .reserved)) { try message.addHeader("Bcc", "x@y.example") }
        #expect(throws: MailHeaderError(name: "subject", reason: .reserved)) { try message.addHeader("subject", "x") }
        for name in ["", "X Header", "X:Y", "X-\r\nBcc", "X-Ü"] {
            #expect(throws: MailHeaderError(name: name, reason: .invalidName)) { try message.addHeader(name, "x") }
        }
        let rendered = RenderedMessage(message.rendered())
        #expect(rendered.value("List-Unsubscribe") == "<mailto:abmelden@schulamt.example>")
        #expect(rendered.fields.map(\.name).firstIndex(of: "List-Unsubscribe") == 6)
        #expect(MailHeaderError(name: "Bcc", reason: .reserved).message(language: "de").contains("„Bcc“"))
    }

    @Test func aHandMadeMessageIDCannotBreakTheHeader() throws {
        var message = try Self.message()
        message.messageID = "<id\r\nBcc: x@y.example@schulamt.example>"
        #expect(RenderedMessage(message.rendered()).value("Message-ID") == "<idBcc:x@y.example@schulamt.example>")
    }

    @Test func generatesMessageIDsInTheSendersDomain() throws {
        let id = MessageID.generate(domain: "schulamt.example")
        #expect(id.wholeMatch(of: /<[0-9a-f]{32}@schulamt\.example>/) != nil)
        #expect(MessageID.generate(domain: "schulamt.example") != id)
        #expect(MessageID.generate(domain: "\r\n").hasSuffix("@localhost>"))
        #expect(try Self.message().messageID == "<abc123@schulamt.example>")
        let generated = MailMessage(
            from: try MailAddress("a@xn--bcher-kva.example"), to: [], subject: "", text: "", date: Self.date)
        #expect(generated.messageID.hasSuffix("@xn--bcher-kva.example>"))
    }

    @Test func datesAreWrittenInEnglishWithTheirOffset() throws {
        #expect(MailDate.format(Self.date) == "Sat, 05 Dec 2026 08:00:00 +0000")
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        #expect(MailDate.format(Self.date, timeZone: berlin) == "Sat, 05 Dec 2026 09:00:00 +0100")
        #expect(
            MailDate.format(Date(timeIntervalSince1970: 1_782_990_000), timeZone: berlin)
                == "Thu, 02 Jul 2026 13:00:00 +0200")
        let kolkata = try #require(TimeZone(identifier: "Asia/Kolkata"))
        #expect(MailDate.format(Date(timeIntervalSince1970: 0), timeZone: kolkata) == "Thu, 01 Jan 1970 05:30:00 +0530")
    }
}
