import InternetMessage
import SurveyModel
import SurveyStore

/// Who gets a message in the next round and who does not, decided before anything is sent.
public struct MailRoundPlan: Sendable {
    /// What was asked for.
    public let request: MailRoundRequest
    /// The round's number in the mail log (one more than the highest so far).
    public let round: Int
    /// The participants who get a message, in import order.
    public let recipients: [Participant]
    /// The participants who do not, with reasons.
    public let skipped: [MailSkip]
    let builder: MailMessageBuilder
    /// The responses the plan was decided from, kept up with the log, so the round can tell who has submitted
    /// meanwhile; nil for an anonymous survey, which cannot tell.
    let submitWatch: SubmitWatch?

    /// The message `participant` (by default the first recipient) would get, with a placeholder in place of the
    /// token, so a preview never shows a real one; nil when there is no recipient.
    public func preview(for participant: Participant? = nil) -> MailMessage? {
        guard let participant = participant ?? recipients.first else { return nil }
        return builder.message(
            request.kind, to: participant, code: MailMessageBuilder.placeholderCode,
            messageID: MailMessageBuilder.placeholderMessageID, date: builder.previewDate)
    }

    /// The skipped participants, counted by kind of reason.
    public var skippedCounts: [MailSkip.Category: Int] {
        skipped.reduce(into: [:]) { $0[$1.reason.category, default: 0] += 1 }
    }
}
