import Foundation
import SurveyMail
import SurveyModel
import SurveyStore

/// Where one mail round started from the office stands: counted while it sends, summed up when it ends.
struct MailRoundStatus: Sendable {
    /// A message the transport refused.
    struct Failure: Sendable {
        let participantID: String
        let label: String
        /// The transport's answer, e.g. "550 5.1.1 mailbox unavailable".
        let reply: String
    }

    let kind: MailTemplateKind
    let round: Int
    /// Messages the round sends.
    let total: Int
    /// Participants the plan left out, for the summary.
    let skipped: Int
    let started: Date
    var sent = 0
    var failures: [Failure] = []
    /// Messages whose answer was lost: they may have arrived, and no round sends them again by itself.
    var uncertain = 0
    /// Recipients who submitted while the round sent, so their message was left out.
    var answeredMeanwhile = 0
    /// When the round ended, sent through or stopped; nil while it sends.
    var finished: Date?
    /// Why the round stopped before its end (the transport unreachable, the store unwritable), in German and English.
    var stopReason: (de: String, en: String)?

    var isRunning: Bool { finished == nil }
    /// Messages not sent yet: all that are neither sent, failed, uncertain nor left out since the plan.
    var left: Int { max(0, total - sent - failures.count - uncertain - answeredMeanwhile) }

    /// Counts one message the round has finished.
    mutating func note(_ progress: MailProgress) {
        switch progress.outcome {
        case .sent: sent += 1
        case .failed(let reply, _):
            failures.append(
                Failure(participantID: progress.participant.id, label: progress.participant.label, reply: reply))
        case .uncertain: uncertain += 1
        case .submittedMeanwhile: answeredMeanwhile += 1
        }
    }
}
