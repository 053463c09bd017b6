import SurveyModel
import SurveyStore

/// Invited, started and submitted counts of one survey, for the office's tables.
struct ResponseCounts {
    let invited: Int
    /// Responses with a draft and no submission.
    let started: Int
    let submitted: Int

    init(entry: SurveyEntry, invitees: InviteeDirectory) {
        let view = entry.log.view
        invited = invitees.invitees(of: entry.survey.id).count
        submitted = view.submitted.count
        started = view.drafts.keys.filter { view.submitted[$0] == nil }.count
    }

    /// Submitted per invited as a percentage, or a dash for a survey without invitations.
    var rateText: String {
        guard invited > 0 else { return "–" }
        return "\(Int((Double(submitted) / Double(invited) * 100).rounded())) %"
    }
}
