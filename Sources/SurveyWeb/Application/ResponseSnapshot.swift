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

    /// Reads the response of `visit` from the store's current view.
    init(_ visit: Visit) {
        let view = visit.entry.log.view
        let id = visit.grant.responseID
        submitted = view.submitted[id]
        let draft = view.drafts[id]
        hasDraft = draft != nil
        if let draft, let answers = draft.answers {
            values = FormValues(json: answers)
        } else if let submitted, let json = submitted.answers,
            let answers = try? Answers(json: json, in: visit.survey)
        {
            values = FormValues(answers: answers, survey: visit.survey, language: visit.language)
        } else {
            values = FormValues()
        }
    }
}
