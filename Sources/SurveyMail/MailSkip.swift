import InternetMessage
import SurveyStore

/// A participant left out of a round, and why.
public struct MailSkip: Sendable {
    /// Why a participant gets no message in this round.
    public enum Reason: Sendable {
        /// No e-mail address in the participants file.
        case noAddress
        /// The address is not one a message can go to; nothing is sent in a round that has any.
        case invalidAddress(MailAddressError)
        /// Invitations: the participant was invited already.
        case alreadyInvited
        /// The participant has submitted (invitations too, unless the survey is anonymous).
        case submitted
        /// The participant submitted after the round was planned, before its message was due: nothing was sent
        /// and nothing noted in the mail log, so later rounds treat it as any participant who has submitted.
        case submittedMeanwhile
        /// Reminders: the participant was reminded in an earlier round (send with `again`).
        case alreadyReminded
        /// A message to the participant may have gone out; its Message-ID (send with `resendUncertain`).
        case uncertain(messageID: String)
        /// Reminders with `notStarted`: the participant has opened the survey or saved a draft.
        case started
        /// Beyond the round's `limit`; the next round sends it.
        case overLimit

        /// The reason without its details, for counting.
        public var category: Category {
            switch self {
            case .noAddress: .noAddress
            case .invalidAddress: .invalidAddress
            case .alreadyInvited: .alreadyInvited
            case .submitted: .submitted
            case .submittedMeanwhile: .submittedMeanwhile
            case .alreadyReminded: .alreadyReminded
            case .uncertain: .uncertain
            case .started: .started
            case .overLimit: .overLimit
            }
        }
    }

    /// The kinds of reasons, in the order summaries list them.
    public enum Category: String, Sendable, Hashable, CaseIterable {
        case noAddress, invalidAddress, alreadyInvited, submitted, submittedMeanwhile, alreadyReminded, uncertain,
            started, overLimit

        /// A short phrase for summaries, in German (`de`) or English.
        public func label(language: String) -> String {
            let german = language == "de"
            return switch self {
            case .noAddress: german ? "ohne E-Mail-Adresse" : "no e-mail address"
            case .invalidAddress: german ? "ungültige E-Mail-Adresse" : "invalid e-mail address"
            case .alreadyInvited: german ? "bereits eingeladen" : "already invited"
            case .submitted: german ? "bereits abgeschickt" : "already submitted"
            case .submittedMeanwhile: german ? "inzwischen geantwortet" : "submitted since the round was planned"
            case .alreadyReminded: german ? "bereits erinnert" : "already reminded"
            case .uncertain: german ? "Versand ungewiss" : "delivery uncertain"
            case .started: german ? "bereits begonnen" : "already started"
            case .overLimit: german ? "über der Höchstzahl, folgt in der nächsten Runde" : "over the limit, next round"
            }
        }
    }

    public let participant: Participant
    public let reason: Reason

    /// Pairs a participant with a reason.
    public init(participant: Participant, reason: Reason) {
        self.participant = participant
        self.reason = reason
    }
}
