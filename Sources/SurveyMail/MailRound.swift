import CryptoPrimitives
import Foundation
import InternetMessage
import MailTransport
import SurveyModel
import SurveyStore

/// Sends one round of invitations or reminders of a survey, safely repeatable.
///
/// ``plan(_:)`` decides who gets a message from the participants file, the
/// response log and the mail log; ``send(_:progress:)`` checks the transport,
/// then for each recipient looks whether it has submitted since the plan (and
/// if so leaves it out), notes `sending` in the mail log (durably), hands the
/// message to the transport and notes the result. A crash between the two
/// leaves an uncertain entry, which no later round resends unless asked to; so
/// nobody gets a message twice, and the next round goes on where this one stopped.
public final class MailRound: Sendable {
    /// Waits for the given time; tests pass one that only advances a fake clock.
    public typealias Sleeper = @Sendable (Duration) -> Void

    let survey: Survey
    let folder: SurveyFolder
    let settings: MailSettings
    let transport: any MailTransport
    let clock: @Sendable () -> Date
    let sleeper: Sleeper

    /// A round for `survey`, whose responses are in `folder`.
    ///
    /// - Parameters:
    ///   - clock: the time for Date headers, log lines and the rate limit.
    ///   - sleeper: waits between messages to keep to ``MailSettings/perMinute``.
    public init(
        survey: Survey, folder: SurveyFolder, settings: MailSettings, transport: any MailTransport,
        clock: @escaping @Sendable () -> Date = { Date() },
        sleeper: @escaping Sleeper = MailRound.sleep
    ) {
        self.survey = survey
        self.folder = folder
        self.settings = settings
        self.transport = transport
        self.clock = clock
        self.sleeper = sleeper
    }

    /// Waits for real: the sleeper of a round that is not a test.
    public static func sleep(_ duration: Duration) {
        Thread.sleep(forTimeInterval: duration.seconds)
    }

    /// Decides who gets a message; reads files, writes nothing.
    public func plan(_ request: MailRoundRequest) throws(MailRoundError) -> MailRoundPlan {
        try RecipientSelection(round: self).plan(request)
    }

    /// Sends `plan`'s messages, reporting after each one.
    ///
    /// - Throws: ``MailRoundError`` when nothing could be sent: invalid addresses in the plan, the transport's
    ///   check failed, or a file could not be read or written before the first message; and when a file cannot be
    ///   read or written later, a damaged line appended to the response log among them (the mail log keeps what
    ///   was sent, and the next round goes on from there).
    /// - Returns: what was sent and what failed; when the transport became unreachable in the middle, the
    ///   round stops there (``MailRoundSummary/stoppedBy``) and the next round sends the rest.
    public func send(
        _ plan: MailRoundPlan, progress: @Sendable (MailProgress) -> Void = { _ in }
    ) throws(MailRoundError) -> MailRoundSummary {
        try RoundSender(round: self, plan: plan).run(progress: progress)
    }
}

extension Duration {
    /// The duration in seconds, with fractions.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
