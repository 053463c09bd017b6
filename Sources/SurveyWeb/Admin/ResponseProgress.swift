import SurveyStore

/// Where one response stands, found by its id (which also works for anonymous surveys, whose records name no participant).
struct ResponseProgress {
    let isSubmitted: Bool
    let hasDraft: Bool
    /// The time of the latest record, if any.
    let lastActivity: Timestamp?

    init(responseID: String, view: ResponseView) {
        let submitted = view.submitted[responseID]
        let draft = view.drafts[responseID]
        isSubmitted = submitted != nil
        hasDraft = draft != nil
        lastActivity = [submitted?.time, draft?.time, view.voided[responseID]?.time].compactMap { $0 }.max()
    }

    /// The status in words, also in the office's CSV files, so a German spreadsheet reads German.
    func text(_ ui: UILanguage) -> String {
        (isSubmitted ? Phrase.statusSubmitted : hasDraft ? .statusDraft : .statusNotStarted).text(ui)
    }
}
