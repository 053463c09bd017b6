import Foundation
import SurveyModel
import SurveyStore

/// One survey as the server offers it: the last good definition, its response log, and any problem with the file.
struct SurveyEntry: Sendable {
    let survey: Survey
    /// SHA-256 hex of the definition file the survey was loaded from.
    let version: String
    let log: ResponseLog
    /// The invited participants, kept beside the log.
    let participants: ParticipantRegistry
    /// Warnings of the loaded definition.
    let warnings: [Diagnostic]
    /// Errors of a later edit that could not be loaded; the survey above stays online.
    var brokenEdit: [Diagnostic] = []
    /// Answers stored under earlier versions that the current definition no longer has.
    var orphanWarnings: [String] = []

    /// Whether answers are accepted at `instant`, and if not, why.
    func schedule(at instant: Date) -> Schedule {
        if let opens = survey.opens, instant < opens { return .notYetOpen(opens) }
        if let closes = survey.closes, instant >= closes { return .closed(closes) }
        return .open
    }

    /// Where a survey stands in time.
    enum Schedule: Equatable {
        case open
        case notYetOpen(Date)
        case closed(Date)
    }
}
