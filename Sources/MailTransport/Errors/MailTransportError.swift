/// Why a message could not be handed over, sorted by what the caller should do about it.
///
/// ``kind`` decides the caller's next step (retry later, record as failed, stop the round,
/// fix the settings); ``reason`` says where and what, and ``message(language:)`` turns it into a
/// sentence in German or English.
public struct MailTransportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the caller should do.
    public enum Kind: Sendable, Equatable {
        /// Try again later: a 4xx reply, a lost connection, sendmail's EX_TEMPFAIL.
        case temporary
        /// This message will not be accepted: a 5xx reply, a recipient the system refuses.
        case permanent
        /// The server cannot be reached at all; no message of the round will get through.
        case unreachable
        /// The other side does not speak SMTP as RFC 5321 writes it.
        case protocolViolation
        /// The settings are wrong (path, host, credentials, an unsafe address); fix them first.
        case configuration
    }

    /// What is wrong with an envelope address.
    public enum AddressProblem: Sendable, Equatable {
        case empty, tooLong, controlCharacter, forbiddenCharacter, notASCII, leadingHyphen, missingAt
    }

    /// Where and what, for the message.
    public enum Reason: Sendable, Equatable {
        case noRecipients
        case unsafeAddress(String, AddressProblem)
        case programMissing(path: String)
        case programNotExecutable(path: String)
        case programNotStarted(path: String, errno: Int32)
        case programInputFailed(path: String, errno: Int32)
        /// The program ended with a status other than 0; `output` is the start of what it wrote.
        case programFailed(path: String, status: Int32, output: String)
        case programKilled(path: String, signal: Int32, output: String)
        case programTimedOut(path: String, timeout: Duration)
        case invalidServer(host: String, port: Int)
        case invalidHelloName(String)
        case hostNotFound(host: String, problem: String)
        case connectionFailed(server: String, errno: Int32)
        case timedOut(server: String, stage: SMTPStage)
        case connectionLost(server: String, stage: SMTPStage)
        /// The connection ended after the whole message was sent and before the server answered:
        /// the message may or may not have been accepted.
        case outcomeUnknown(server: String)
        /// A 4xx or 5xx reply; the reply itself is in ``MailTransportError/reply``.
        case rejected(server: String, stage: SMTPStage)
        /// A reply whose code makes no sense at this point (e.g. 354 to MAIL FROM).
        case unexpectedReply(server: String, stage: SMTPStage)
        case malformedReply(server: String, stage: SMTPStage, problem: SMTPReplyProblem)
        case authenticationNotOffered(server: String)
        /// No AUTH before STARTTLS, which needs TLS this client does not have.
        case authenticationRequiresTLS(server: String)
        case authenticationMechanismsUnsupported(server: String, offered: [String])
        case authenticationRejected(server: String)
        case credentialsUnusable
    }

    public let kind: Kind
    /// The server's reply as received (all lines joined by line breaks), when there was one.
    public let reply: String?
    public let reason: Reason

    /// - Parameter kind: the kind, when it does not follow from the reason alone.
    init(_ reason: Reason, kind: Kind? = nil, reply: String? = nil) {
        self.reason = reason
        self.reply = reply
        self.kind = kind ?? Self.kind(of: reason)
    }

    /// The English sentence, for logs.
    public var detail: String { message(language: "en") }

    public var description: String { detail }

    private static func kind(of reason: Reason) -> Kind {
        switch reason {
        case .noRecipients, .unsafeAddress, .programMissing, .programNotExecutable, .programNotStarted,
            .invalidServer, .invalidHelloName, .hostNotFound, .authenticationNotOffered,
            .authenticationRequiresTLS, .authenticationMechanismsUnsupported,
            .authenticationRejected, .credentialsUnusable:
            .configuration
        case .programInputFailed, .programKilled, .programTimedOut, .timedOut, .connectionLost, .outcomeUnknown:
            .temporary
        case .programFailed, .rejected:
            .permanent
        case .connectionFailed:
            .unreachable
        case .unexpectedReply, .malformedReply:
            .protocolViolation
        }
    }
}
