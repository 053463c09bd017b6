import SurveyModel
import SurveyStore

/// What the store holds for one response at the moment of a request.
struct ResponseSnapshot: Sendable {
    /// The current form fields: the latest draft, else the submitted answers, else nothing.
    let values: FormValues
    /// The current submission, if the response was submitted and not voided; without its answers.
    let submitted: ResponseRecord?
    /// Whether a draft exists since the last submission.
    let hasDraft: Bool
    /// The page of the latest draft, where the participant last pressed a button.
    let lastSavedPage: String?

    /// Reads the response of `visit` from the store's current view, and its answers from the log.
    ///
    /// - Throws: when the submitted answers cannot be read back (a failing disk): the respondent is then
    ///   told to try again, never shown an empty form that a save would turn into a draft without them.
    init(_ visit: Visit) throws(StoreError) {
        let log = visit.entry.log
        let id = visit.grant.responseID
        submitted = log.view.submitted[id]
        // A draft that cannot be read back counts as none: the submitted answers, if any, are shown.
        let draft = try? log.draftAnswers(of: id)
        hasDraft = draft != nil
        lastSavedPage = log.view.drafts[id]?.page
        if let draft {
            values = FormValues(draft: draft, language: visit.language)
        } else if submitted != nil, let json = try log.submittedAnswers(of: id),
            let answers = try? Answers(json: json, in: visit.survey)
        {
            values = FormValues(answers: answers, survey: visit.survey, language: visit.language)
        } else {
            values = FormValues()
        }
    }
}
