import Synchronization

/// Delivery over plain SMTP (RFC 5321) to a relay host, with AUTH PLAIN or LOGIN.
///
/// There is no TLS (no TLS library in the toolchain): use this only for a relay inside a
/// network the office trusts, and ``SendmailTransport`` with msmtp or postfix for TLS.
///
/// One connection carries the messages of a round one after the other: copies of the transport
/// share it, the next ``send(_:envelope:)`` reuses it, and it is closed with QUIT after
/// ``maximumTransactionsPerConnection`` messages or when the last copy is released. A reused
/// connection that the server closed meanwhile is replaced at once, without counting as a retry.
///
/// A 4xx reply, a lost connection or an unreachable server is tried again as ``RetryPolicy``
/// says, then reported; a 5xx reply is reported at once. A connection lost after the whole
/// message was sent and before the server answered is never retried: the server may have
/// accepted the message, and a retry could deliver it twice.
public struct SMTPTransport: MailTransport {
    /// Messages on one connection before it is closed and a new one opened; some relays refuse more.
    public static let maximumTransactionsPerConnection = 100

    public let host: String
    public let port: Int
    public let helo: String
    public let credentials: SMTPCredentials?
    /// The time limit of each step: connecting, each read, each write.
    public let timeout: Duration
    /// How long to wait for the reply to the end of the data. RFC 5321 §4.5.3.2.6 asks for
    /// 10 minutes: a relay may scan the message first, and giving up early leaves the message's
    /// fate unknown.
    public let finalReplyTimeout: Duration
    public let retry: RetryPolicy
    private let connection: SharedSession

    public init(
        host: String, port: Int = 25, helo: String, credentials: SMTPCredentials? = nil,
        timeout: Duration = .seconds(30), retry: RetryPolicy = .standard, finalReplyTimeout: Duration = .seconds(600)
    ) {
        self.host = host
        self.port = port
        self.helo = helo
        self.credentials = credentials
        self.timeout = timeout
        self.retry = retry
        self.finalReplyTimeout = finalReplyTimeout
        connection = SharedSession()
    }

    /// Connects, reads the greeting, says EHLO, authenticates if configured and says QUIT.
    public func verify() throws(MailTransportError) {
        try openSession().quit()
    }

    public func send(_ message: [UInt8], envelope: MailEnvelope) throws(MailTransportError) -> MailDelivery {
        let envelope = try envelope.validated()
        var attempt = 1
        while true {
            do {
                let reply = try connection.session.withLock { session throws(MailTransportError) in
                    try deliver(message, envelope: envelope, session: &session)
                }
                return MailDelivery(reply: reply.text)
            } catch {
                guard attempt < retry.attempts, Self.isWorthRetrying(error) else { throw error }
                attempt += 1
                retry.sleeper(retry.delay(before: attempt))
            }
        }
    }

    /// One attempt: on the open connection if there is one, else on a new one.
    private func deliver(_ message: [UInt8], envelope: MailEnvelope, session: inout SMTPSession?)
        throws(MailTransportError) -> SMTPReply
    {
        if let current = session, current.isUsable,
            current.transactions < Self.maximumTransactionsPerConnection
        {
            do {
                return try current.deliver(message, envelope: envelope)
            } catch {
                guard !current.isUsable, Self.isClosedMeanwhile(error) else {
                    if !current.isUsable { session = nil }
                    throw error
                }
            }
        }
        session?.quit()
        session = nil
        let fresh = try openSession()
        session = fresh
        do {
            return try fresh.deliver(message, envelope: envelope)
        } catch {
            if !fresh.isUsable { session = nil }
            throw error
        }
    }

    private func openSession() throws(MailTransportError) -> SMTPSession {
        try SMTPSession(
            host: host, port: port, helo: helo, credentials: credentials, timeout: timeout,
            finalReplyTimeout: finalReplyTimeout)
    }

    /// Whether another attempt may help and cannot deliver the message twice.
    private static func isWorthRetrying(_ error: MailTransportError) -> Bool {
        if case .outcomeUnknown = error.reason { return false }
        return error.kind == .temporary || error.kind == .unreachable
    }

    /// Whether a reused connection turned out closed before the transaction began (the server's
    /// idle timeout), so that a new connection is the obvious cure.
    private static func isClosedMeanwhile(_ error: MailTransportError) -> Bool {
        switch error.reason {
        case .connectionLost(_, .mailFrom): true
        case .rejected(_, .mailFrom): error.reply?.hasPrefix("421") == true
        default: false
        }
    }
}

/// The connection the copies of one ``SMTPTransport`` share; QUIT when the last copy goes.
private final class SharedSession: Sendable {
    let session = Mutex<SMTPSession?>(nil)

    deinit {
        session.withLock { $0?.quit() }
    }
}
