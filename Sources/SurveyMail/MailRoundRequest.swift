import SurveyModel

/// What the office asks for: which template, to whom, and how many at most.
public struct MailRoundRequest: Sendable, Hashable {
    /// Invitation or reminder.
    public var kind: MailTemplateKind
    /// Reminders only: also skip participants who saved a draft or opened the survey.
    public var notStarted: Bool
    /// Reminders only: also remind participants already reminded in an earlier round.
    public var again: Bool
    /// Send again the messages whose result the log does not know (a crash between sending and noting).
    public var resendUncertain: Bool
    /// At most this many messages in the round; the rest wait for the next one.
    public var limit: Int?

    /// A request; all options off.
    public init(
        kind: MailTemplateKind, notStarted: Bool = false, again: Bool = false, resendUncertain: Bool = false,
        limit: Int? = nil
    ) {
        self.kind = kind
        self.notStarted = notStarted
        self.again = again
        self.resendUncertain = resendUncertain
        self.limit = limit
    }
}
