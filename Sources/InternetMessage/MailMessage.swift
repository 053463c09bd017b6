import Foundation

/// One e-mail: who sends it to whom, the subject, a plain text and optionally an HTML alternative.
///
/// Made of checked parts (``MailAddress``, names checked by ``addHeader(_:_:)``) and free text
/// (subject, bodies) that ``rendered()`` encodes, so no value can add a header line of its own.
public struct MailMessage: Sendable {
    public var from: MailAddress
    /// The recipients; none leaves out the `To` field (a preview for a participant without a valid address).
    public var to: [MailAddress]
    public var replyTo: MailAddress?
    /// Free text; line breaks and control characters become spaces in the header.
    public var subject: String
    /// The plain text body; any line ends (LF, CRLF, CR) are sent as CRLF.
    public var text: String
    /// The HTML alternative; when set, the message is `multipart/alternative` with the text first.
    public var html: String?
    public var date: Date
    /// `<…@domain>`, as made by ``MessageID/generate(domain:)``.
    public var messageID: String
    /// Further header fields such as `List-Unsubscribe`, in the order added; names are checked
    /// by ``addHeader(_:_:)``, the only way in.
    public private(set) var extraHeaders: [(name: String, value: String)] = []

    /// - Parameter messageID: nil for a new random id in the sender's domain.
    public init(
        from: MailAddress, to: [MailAddress], replyTo: MailAddress? = nil, subject: String, text: String,
        html: String? = nil, date: Date, messageID: String? = nil
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.text = text
        self.html = html
        self.date = date
        self.messageID = messageID ?? MessageID.generate(domain: from.domain)
    }

    /// Adds a header field after the subject. Its value is free text, written like the subject.
    /// - Throws: when the name is not a field name, or names a field the message writes itself.
    public mutating func addHeader(_ name: String, _ value: String) throws(MailHeaderError) {
        guard !name.isEmpty, name.utf8.count <= 76,
            name.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) && $0 != ":" })
        else { throw MailHeaderError(name: name, reason: .invalidName) }
        guard !Self.reservedNames.contains(name.lowercased()) else {
            throw MailHeaderError(name: name, reason: .reserved)
        }
        extraHeaders.append((name: name, value: value))
    }

    /// Fields written from the message's own properties, or whose repetition would confuse a reader.
    static let reservedNames: Set<String> = [
        "date", "message-id", "from", "sender", "reply-to", "to", "cc", "bcc", "subject", "mime-version",
        "content-type", "content-transfer-encoding", "content-disposition", "return-path", "received",
    ]
}
