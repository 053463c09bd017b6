import StrictJSON
import SurveyModel
import SurveyStore

/// What a change does to the answers a live survey already holds.
///
/// Changing the stored value of an option, row or column that has answers is refused: the answers
/// would no longer match anything (its label may change). Removing a question, page or option that
/// has answers, or hiding it behind a new condition, is allowed after the person confirms what would
/// be dropped or hidden.
struct LiveChangeCheck {
    /// Refusals, each at the field of the value that may not change.
    let refusals: [DesignerDocument.Problem]
    /// What the person has to confirm, in words, one sentence each.
    let consequences: [String]

    /// Compares `old` (the stored definition) with `new` (the would-be one, written as `json`).
    ///
    /// The submitted answers are read (`submitted`) only when the change removes, hides or renames
    /// something that could hold answers; most saves change texts and read nothing.
    /// - Throws: what reading the answers throws; the change is then not saved.
    init(
        old: Survey, new: Survey, json: JSON, submitted: () throws(StoreError) -> [ResponseRecord], ui: UILanguage
    ) throws(StoreError) {
        let diff = DefinitionDiff(old: old, new: new)
        guard !diff.changedOptionValues.isEmpty || diff.changes.contains(where: Self.mayDropAnswers) else {
            refusals = []
            consequences = []
            return
        }
        let records = try submitted()
        let counts = LiveAnswerCounts(survey: old, records: records)
        guard !counts.isEmpty else {
            refusals = []
            consequences = []
            return
        }
        refusals = diff.changedOptionValues.compactMap { change in
            let answers = counts.answers(to: change.question, change.list, value: change.old)
            guard answers > 0, let new = change.new else { return nil }
            return DesignerDocument.Problem(
                path: Self.valuePath(of: change.question, change.list, value: new, in: json) ?? .root,
                message: LiveChangePhrase.valueRefused(value: change.old, answers: answers).text(ui), isError: true)
        }
        let pagesOfOld = Dictionary(
            old.pages.map { ($0.id, Set($0.questions.map(\.id))) }, uniquingKeysWith: { a, _ in a })
        consequences = diff.changes.compactMap { change -> LiveChangePhrase? in
            switch (change.subject, change.kind) {
            case (.question(let question), .questionRemoved):
                let answers = counts.answers(to: question)
                return answers > 0 ? .questionRemoved(question, answers: answers) : nil
            case (.question(let question), .optionRemoved(let list, let value, _)):
                let answers = counts.answers(to: question, list, value: value)
                return answers > 0 ? .optionRemoved(question, value: value, answers: answers) : nil
            case (.question(let question), .textPresence(.otherLabel, .some, nil)):
                let answers = counts.answers(to: question, .options, value: Question.otherValue)
                return answers > 0 ? .optionRemoved(question, value: Question.otherValue, answers: answers) : nil
            case (.question(let question), .setting(.visibleIf, _, .expression(let condition)?)):
                let answers = counts.answers(to: question)
                return answers > 0 ? .questionHidden(question, condition: condition, answers: answers) : nil
            case (.page(let page), .pageRemoved):
                let answers = LiveAnswerCounts.responses(answering: pagesOfOld[page] ?? [], in: records)
                return answers > 0 ? .pageRemoved(page, answers: answers) : nil
            case (.page(let page), .setting(.visibleIf, _, .expression(let condition)?)):
                let answers = LiveAnswerCounts.responses(answering: pagesOfOld[page] ?? [], in: records)
                return answers > 0 ? .pageHidden(page, condition: condition, answers: answers) : nil
            default:
                return nil
            }
        }.map { $0.text(ui) }
    }

    /// Whether `change` is of a kind that drops or hides answers (the cases counted above).
    private static func mayDropAnswers(_ change: DefinitionChange) -> Bool {
        switch (change.subject, change.kind) {
        case (.question, .questionRemoved), (.question, .optionRemoved),
            (.question, .textPresence(.otherLabel, .some, nil)),
            (.question, .setting(.visibleIf, _, .expression?)), (.page, .pageRemoved),
            (.page, .setting(.visibleIf, _, .expression?)):
            true
        default:
            false
        }
    }

    /// The path of the `value` field of the option, row or column with `value` in question `id`.
    static func valuePath(of id: String, _ list: DefinitionChange.OptionList, value: String, in json: JSON)
        -> DefinitionPath?
    {
        let key = list == .rows ? "rows" : "options"
        for (pageIndex, page) in (json["pages"]?.elements ?? []).enumerated() {
            for (questionIndex, question) in (page["questions"]?.elements ?? []).enumerated()
            where question["id"]?.string == id {
                guard let index = question[key]?.elements?.firstIndex(where: { $0["value"]?.string == value })
                else { return nil }
                return DefinitionPath.root.appending("pages").appending(pageIndex).appending("questions")
                    .appending(questionIndex).appending(key).appending(index).appending("value")
            }
        }
        return nil
    }
}
