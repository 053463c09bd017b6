import Foundation

extension MailMessage {
    /// The message as it goes to SMTP `DATA` or sendmail's standard input: 7-bit, CRLF line ends,
    /// header lines of at most 78 characters, body lines of at most 76, ending with CRLF.
    public func rendered() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return rendered(boundary: MIMEBoundary.random(using: &generator))
    }

    /// ``rendered()`` with a given boundary between the text and the HTML part, for reproducible tests.
    package func rendered(boundary: String) -> [UInt8] {
        var fields = [
            HeaderFolding.field("Date", MailDate.format(date).split(separator: " ").map(String.init)),
            HeaderFolding.field("Message-ID", [Self.checkedMessageID(messageID)]),
            HeaderFolding.field("From", Self.mailboxTokens([from])),
        ]
        if let replyTo { fields.append(HeaderFolding.field("Reply-To", Self.mailboxTokens([replyTo]))) }
        if !to.isEmpty { fields.append(HeaderFolding.field("To", Self.mailboxTokens(to))) }
        fields.append(EncodedWord.encode(subject, fieldName: "Subject"))
        for header in extraHeaders { fields.append(EncodedWord.encode(header.value, fieldName: header.name)) }
        fields.append("MIME-Version: 1.0")
        var body: String
        if let html {
            fields.append(HeaderFolding.field("Content-Type", ["multipart/alternative;", "boundary=\"\(boundary)\""]))
            body = "\r\n--\(boundary)\r\n" + Self.part(text, subtype: "plain") + "\r\n"
            body += "--\(boundary)\r\n" + Self.part(html, subtype: "html") + "\r\n"
            body += "--\(boundary)--\r\n"
        } else {
            // The part's own Content-Type and Content-Transfer-Encoding end the message header.
            body = Self.part(text, subtype: "plain")
        }
        return Array((fields.joined(separator: "\r\n") + "\r\n" + body).utf8)
    }

    /// A text part's header and quoted-printable body, ending with CRLF.
    private static func part(_ content: String, subtype: String) -> String {
        "Content-Type: text/\(subtype); charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            + QuotedPrintable.encode(crlfLines(content))
    }

    /// The text's UTF-8 with every line end (LF, CR, CRLF) as CRLF, and one at the end.
    private static func crlfLines(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0A && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            if byte == 0x0A || byte == 0x0D {
                bytes += [0x0D, 0x0A]
            } else {
                bytes.append(byte)
            }
        }
        if bytes.last != 0x0A { bytes += [0x0D, 0x0A] }
        return bytes
    }

    /// Mailboxes separated by commas: `name <address>` or the bare address.
    private static func mailboxTokens(_ mailboxes: [MailAddress]) -> [String] {
        var tokens: [String] = []
        for (index, mailbox) in mailboxes.enumerated() {
            if index > 0 { tokens[tokens.count - 1] += "," }
            if let name = mailbox.displayName {
                tokens += EncodedWord.phraseTokens(name) + ["<\(mailbox.address)>"]
            } else {
                tokens.append(mailbox.address)
            }
        }
        return tokens
    }

    /// The id with anything but printable ASCII left out and the angle brackets ensured, so that
    /// even a hand-made id cannot break the header.
    private static func checkedMessageID(_ id: String) -> String {
        let printable = String(String.UnicodeScalarView(id.unicodeScalars.filter { (0x21...0x7E).contains($0.value) }))
        let visible = String(printable.prefix(900))
        let inner =
            visible.hasPrefix("<") && visible.hasSuffix(">") && visible.count >= 2
            ? visible.dropFirst().dropLast() : Substring(visible)
        return "<\(inner.replacingOccurrences(of: "<", with: "").replacingOccurrences(of: ">", with: ""))>"
    }
}
