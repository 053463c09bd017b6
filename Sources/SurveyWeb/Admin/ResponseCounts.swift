import SurveyEvaluation
import SurveyModel
import SurveyStore

/// Invited, started and submitted counts of one survey, for the office's tables.
///
/// The figures are the report's (``ParticipationCounts``): the rate counts only
/// registered participants, and submissions without one are named apart
/// rather than pushing the rate past 100 %.
struct ResponseCounts {
    let participation: ParticipationCounts
    /// Whether the survey invites participants; a public survey's submissions are nobody's and all count.
    private let invites: Bool

    init(entry: SurveyEntry, invitees: InviteeDirectory, language: UILanguage) {
        self.init(
            ParticipationCounts(
                survey: entry.survey,
                participants: invitees.invitees(of: entry.survey.id).map { ($0.id, $0.fields) },
                view: entry.log.view, language: language.rawValue),
            of: entry.survey)
    }

    /// Counts made elsewhere (the test data's).
    init(_ participation: ParticipationCounts, of survey: Survey) {
        self.participation = participation
        invites = survey.access == .token
    }

    /// The counts in one line, as the survey page shows them.
    func line(_ ui: UILanguage) -> String {
        "\(Phrase.invited.text(ui)): \(invited) · \(Phrase.drafts.text(ui)): \(started) · "
            + "\(Phrase.submitted.text(ui)): \(submittedText(ui)) · \(Phrase.responseRate.text(ui)): \(rateText)"
    }

    var invited: Int { participation.total.invited }
    var started: Int { participation.total.started }

    /// Submissions of registered participants, followed by those of nobody registered when there are any.
    func submittedText(_ ui: UILanguage) -> String {
        let unregistered = participation.unregisteredSubmissions
        guard invites else { return String(unregistered) }
        let submitted = String(participation.total.submitted)
        return unregistered > 0 ? "\(submitted) (\(Phrase.submittedUnregistered(unregistered).text(ui)))" : submitted
    }

    /// Submitted per invited as a whole percentage, or a dash for a survey without invitations.
    var rateText: String {
        guard let rate = participation.total.rate else { return "–" }
        return "\(Int((rate * 100).rounded())) %"
    }
}
