/// A way to hand a finished message over for delivery: the system's sendmail program
/// (``SendmailTransport``) or an SMTP relay (``SMTPTransport``).
///
/// Both are synchronous and block the calling thread: a round of invitations sends one message
/// after the other, and a blocking call keeps the order of "about to send" and "sent" in the
/// caller's log obvious.
public protocol MailTransport: Sendable {
    /// Checks before the first message that the transport can work (sendmail exists and is
    /// executable; SMTP: connect, greeting, EHLO, AUTH if configured, QUIT), so that a round
    /// stops before anything is sent when delivery cannot work at all.
    func verify() throws(MailTransportError)

    /// Delivers one message.
    /// - Parameters:
    ///   - message: the bytes of `MailMessage.rendered()`, lines ending in CRLF.
    ///   - envelope: the envelope sender (where bounces go) and the recipients.
    /// - Returns: what the receiving side answered, for the caller's log.
    func send(_ message: [UInt8], envelope: MailEnvelope) throws(MailTransportError) -> MailDelivery
}

/// The receiving side's answer to an accepted message, kept in the send log.
public struct MailDelivery: Sendable, Equatable {
    /// The final reply, e.g. "250 2.0.0 Ok: queued as 4F2…" or "sendmail: exit 0".
    public let reply: String

    public init(reply: String) {
        self.reply = reply
    }
}
