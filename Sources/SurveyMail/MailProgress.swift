import MailTransport
import SurveyStore

/// Reported after each message of a round, for progress lines and the office's progress page.
public struct MailProgress: Sendable {
    /// What happened to one message.
    public enum Outcome: Sendable {
        case sent(reply: String)
        case failed(reply: String, temporary: Bool)
        /// The connection ended after the whole message went out and before the answer: it may have arrived.
        /// No result is noted, so the log lists it as uncertain and no later round sends it by itself.
        case uncertain(detail: String)
        /// The participant submitted after the round was planned: no message was sent and nothing noted in the
        /// mail log (``MailSkip/Reason/submittedMeanwhile``).
        case submittedMeanwhile
    }

    /// The participant the message went to, or was meant for.
    public let participant: Participant
    public let outcome: Outcome
    /// Messages finished so far in this round, this one included; one left out because its participant
    /// submitted meanwhile counts as finished.
    public let done: Int
    /// Messages planned for the round.
    public let total: Int
}

/// The result of a round.
public struct MailRoundSummary: Sendable {
    /// The round's number in the mail log.
    public let round: Int
    /// Participants whose message the transport accepted.
    public let sent: [Participant]
    /// Participants whose message was refused, with the transport's reply.
    public let failed: [MailFailure]
    /// Participants whose message may or may not have arrived (the answer was lost).
    public let uncertain: [Participant]
    /// Participants left out, with reasons: those of the plan, then those who submitted while the round sent.
    public let skipped: [MailSkip]
    /// Set when the transport became unreachable in the middle: the round stopped there,
    /// and the participants not reached get their message in the next round.
    public let stoppedBy: MailTransportError?
    /// Participants not reached because the round stopped.
    public let notReached: [Participant]
}
