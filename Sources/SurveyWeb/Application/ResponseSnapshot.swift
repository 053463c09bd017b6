import SurveyModel
import SurveyStore

/// What the store holds for one response at the moment of a request.
struct ResponseSnapshot: Sendable {
    /// The current form fields: the latest draft, else the submitted answers, else nothing.
    let values: FormValues
    /// The current submission, if the response was submitted and not voided.
    let submitted: ResponseRecord?
    /// Whether a draft exists since the last submission.
    let hasDraft: Bool
    /// The page of the latest draft, where the participant last pressed a button.
    let lastSavedPage: String?

    /// Reads the response of `visit` from the store's current view.
    init(_ visit: Visit) {
        let log = visit.entry.log
        let id = visit.grant.responseID
        submitted = log.view.submitted[id]
        // A draft that cannot be read back counts as none: the submitted answers, if any, are shown.
        let draft = try? log.draftAnswers(of: id)
        hasDraft = draft != nil
        lastSavedPage = log.view.drafts[id]?.page
        if let draft {
            values = FormValues(draft: draft, language: visit.language)
        } else if let submitted, let json = submitted.answers,
            let answers = try? Answers(json: json, in: visit.survey)
        {
            values = FormValues(answers: answers, survey: visit.survey, language: visit.language)
        } else {
            values = FormValues()
        }
    }
}
