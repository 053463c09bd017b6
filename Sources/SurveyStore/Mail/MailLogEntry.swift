import StrictJSON
import SurveyModel

/// One line of the mail log: written before a message goes out, or after, with its result.
///
/// A `sending` line without a result is *uncertain*: the message may or may not
/// have left. Neither line ever holds the token or the link.
public enum MailLogEntry: Sendable, Hashable {
    case sending(MailSending)
    case result(MailResult)

    /// The Message-ID that ties a result to its `sending` line.
    public var messageID: String {
        switch self {
        case .sending(let sending): sending.messageID
        case .result(let result): result.messageID
        }
    }

    /// When the line was written.
    public var time: Timestamp {
        switch self {
        case .sending(let sending): sending.time
        case .result(let result): result.time
        }
    }
}

/// A message about to go out: `{"kind":"sending","participant":…,"template":…,"round":…,"messageID":…,"time":…}`.
public struct MailSending: Sendable, Hashable {
    /// The participant's id.
    public let participant: String
    /// Invitation or reminder.
    public let template: MailTemplateKind
    /// The round the message belongs to, counted across invitations and reminders from 1.
    public let round: Int
    /// The message's Message-ID header, with angle brackets.
    public let messageID: String
    public let time: Timestamp

    /// Creates the line.
    public init(participant: String, template: MailTemplateKind, round: Int, messageID: String, time: Timestamp) {
        self.participant = participant
        self.template = template
        self.round = round
        self.messageID = messageID
        self.time = time
    }
}

/// What became of a message: `{"kind":"sent"|"failed","messageID":…,"reply":…,"time":…}`.
public struct MailResult: Sendable, Hashable {
    /// How the transport answered.
    public enum Outcome: Sendable, Hashable {
        /// Accepted by the transport (the relay or the local mail system).
        case sent
        /// Refused; `temporary` when the transport asked to try later and its retries ran out.
        case failed(temporary: Bool)
    }

    /// The Message-ID of the `sending` line this completes.
    public let messageID: String
    public let outcome: Outcome
    /// The transport's answer, e.g. "250 2.0.0 Ok: queued as 4F2…" or "550 5.1.1 mailbox unavailable".
    public let reply: String
    public let time: Timestamp

    /// Creates the line.
    public init(messageID: String, outcome: Outcome, reply: String, time: Timestamp) {
        self.messageID = messageID
        self.outcome = outcome
        self.reply = reply
        self.time = time
    }
}

extension MailLogEntry {
    /// The entry as one JSON line with its newline, keys in a fixed order.
    func writeLine(to bytes: inout [UInt8]) {
        let fields: [JSONField]
        switch self {
        case .sending(let sending):
            fields = [
                JSONField(key: "kind", value: "sending"),
                JSONField(key: "participant", value: .string(sending.participant)),
                JSONField(key: "template", value: .string(sending.template.logName)),
                JSONField(key: "round", value: .number(Double(sending.round))),
                JSONField(key: "messageID", value: .string(sending.messageID)),
                JSONField(key: "time", value: .string(sending.time.description)),
            ]
        case .result(let result):
            var resultFields: [JSONField] = [
                JSONField(key: "kind", value: .string(result.outcome == .sent ? "sent" : "failed")),
                JSONField(key: "messageID", value: .string(result.messageID)),
                JSONField(key: "reply", value: .string(result.reply)),
            ]
            if result.outcome == .failed(temporary: true) {
                resultFields.append(JSONField(key: "temporary", value: .bool(true)))
            }
            resultFields.append(JSONField(key: "time", value: .string(result.time.description)))
            fields = resultFields
        }
        JSON.object(fields).write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Decodes a parsed line.
    init(decoding value: JSONValue) throws(RecordDecodingError) {
        guard value.members != nil else { throw .notAnObject }
        func string(_ key: String) throws(RecordDecodingError) -> String {
            guard let member = value[key] else { throw .missingField(key) }
            guard let text = member.string else { throw .wrongType(key) }
            return text
        }
        let messageID = try string("messageID")
        guard let time = Timestamp(iso: try string("time")) else { throw .wrongType("time") }
        switch try string("kind") {
        case "sending":
            guard let template = MailTemplateKind(logName: try string("template")) else {
                throw .wrongType("template")
            }
            guard let round = value["round"]?.int, round >= 1 else { throw .wrongType("round") }
            self = .sending(
                MailSending(
                    participant: try string("participant"), template: template, round: round, messageID: messageID,
                    time: time))
        case "sent":
            self = .result(MailResult(messageID: messageID, outcome: .sent, reply: try string("reply"), time: time))
        case "failed":
            let temporary = value["temporary"]?.bool ?? false
            self = .result(
                MailResult(
                    messageID: messageID, outcome: .failed(temporary: temporary), reply: try string("reply"),
                    time: time))
        case let other:
            throw .unknownKind(other)
        }
    }
}

extension MailTemplateKind {
    /// The kind's name in the mail log.
    var logName: String {
        switch self {
        case .invitation: "invitation"
        case .reminder: "reminder"
        }
    }

    init?(logName: String) {
        switch logName {
        case "invitation": self = .invitation
        case "reminder": self = .reminder
        default: return nil
        }
    }
}
