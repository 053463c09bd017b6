/// How much a survey's drafts may add to its log.
///
/// Drafts are written on every "save" and "next", and a public survey takes
/// them from anyone; without a budget a script with fresh cookies fills the
/// disk. Submissions never count and are never refused because of drafts.
public struct DraftBudget: Sendable, Hashable {
    /// The most bytes the answers of one draft may have as JSON.
    public var maxAnswerBytes: Int
    /// The most bytes of draft answers the log accepts per UTC day; when the log
    /// is opened, the lines of the day's drafts already in it count.
    public var answerBytesPerDay: Int

    /// Creates a budget; the defaults are far above what schools filling in a long questionnaire use.
    public init(maxAnswerBytes: Int = 1 << 20, answerBytesPerDay: Int = 64 << 20) {
        self.maxAnswerBytes = maxAnswerBytes
        self.answerBytesPerDay = answerBytesPerDay
    }
}
