import Foundation

/// How long a respondent's grant cookie opens its survey.
///
/// A school may pause for weeks, so a grant lasts until the survey closes and
/// a margin beyond (to read the confirmation and print the answers); it does
/// not last for ever, so a cookie left on a shared computer stops working.
public struct GrantLifetime: Sendable {
    /// How long after the survey closes a grant still opens it.
    public var afterClosing: TimeInterval
    /// How long a grant lasts for a survey without a closing date.
    public var withoutClosingDate: TimeInterval

    /// Creates a lifetime; the defaults are 14 days after closing and 120 days without a closing date.
    public init(afterClosing: TimeInterval = 14 * 86_400, withoutClosingDate: TimeInterval = 120 * 86_400) {
        self.afterClosing = afterClosing
        self.withoutClosingDate = withoutClosingDate
    }

    /// When a grant issued at `now` for a survey closing at `closes` expires.
    ///
    /// A grant issued after closing still lasts the margin, so a school can look at what it sent.
    func expiry(issuedAt now: Date, closes: Date?) -> Date {
        guard let closes else { return now.addingTimeInterval(withoutClosingDate) }
        return max(closes, now).addingTimeInterval(afterClosing)
    }
}
