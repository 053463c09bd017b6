/// Who a message is sent from and to, as the transport sees it (not the message's headers).
///
/// The addresses are plain addr-specs ("sekretariat@gs-nord.example"). They are expected to be
/// checked already when the message is composed; each transport checks them again with
/// ``MailEnvelope/validated()`` before it writes a single byte, because an address is written
/// into an SMTP command or a program's argument list, where a line break or a leading hyphen
/// would become a command or an option of its own.
public struct MailEnvelope: Sendable, Equatable {
    /// The envelope sender (MAIL FROM, sendmail's `-f`): where bounces go.
    public let sender: String
    /// The envelope recipients (RCPT TO).
    public let recipients: [String]

    public init(sender: String, recipients: [String]) {
        self.sender = sender
        self.recipients = recipients
    }

    /// The envelope itself, or the error for the first address that could smuggle in a command.
    func validated() throws(MailTransportError) -> MailEnvelope {
        guard !recipients.isEmpty else {
            throw MailTransportError(.noRecipients)
        }
        for address in [sender] + recipients {
            if let problem = Self.problem(with: address) {
                throw MailTransportError(.unsafeAddress(address, problem))
            }
        }
        return self
    }

    /// Why an address cannot go into a command line or program argument, or nil when it can.
    ///
    /// Deliberately narrower than RFC 5321's syntax: control characters (CR and LF above all),
    /// spaces, angle brackets and non-ASCII letters are refused, as are a leading hyphen (an
    /// option to sendmail) and an address without "@".
    static func problem(with address: String) -> MailTransportError.AddressProblem? {
        if address.isEmpty { return .empty }
        let bytes = Array(address.utf8)
        if bytes.count > 254 { return .tooLong }
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return .controlCharacter }
        if bytes.contains(where: { $0 == 0x20 || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) {
            return .forbiddenCharacter
        }
        if bytes.contains(where: { $0 >= 0x80 }) { return .notASCII }
        if bytes.first == UInt8(ascii: "-") { return .leadingHyphen }
        if !bytes.contains(UInt8(ascii: "@")) { return .missingAt }
        return nil
    }
}
