import SurveyModel

/// The survey and language a page is rendered for.
struct RenderContext: Sendable {
    let survey: Survey
    /// The survey language code the participant chose (`de`, `en`).
    let language: String

    /// Creates a context; an unknown language falls back to the survey's default.
    init(survey: Survey, language: String?) {
        self.survey = survey
        if let language, survey.languages.contains(language) {
            self.language = language
        } else {
            self.language = survey.defaultLanguage
        }
    }

    /// The language of the form's own wording.
    var ui: UILanguage { UILanguage(code: language) }

    /// A definition text in the chosen language.
    func text(_ text: LocalizedText) -> String { text.text(in: language) }

    /// A piece of the form's own wording.
    func phrase(_ phrase: Phrase) -> String { phrase.text(ui) }

    /// A condition in words: each reference replaced by the title of what it names, in quotes.
    func describe(_ expression: Expression) -> String {
        var scalars = Array(expression.source.unicodeScalars)
        for reference in expression.references.sorted(by: { $0.offset > $1.offset }) {
            let end = reference.offset + reference.length
            guard reference.offset >= 0, end <= scalars.count else { continue }
            let name = title(of: reference.path)
            scalars.replaceSubrange(reference.offset..<end, with: Array("„\(name)“".unicodeScalars))
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        return result
    }

    private func title(of path: ReferencePath) -> String {
        switch path {
        case .question(let id):
            return survey.question(id)?.title.map(text) ?? id
        case .matrixRow(let id, let row):
            let question = survey.question(id)
            let questionTitle = question?.title.map(text) ?? id
            let rowLabel: String
            if case .matrix(let settings) = question?.kind, let option = settings.rows.first(where: { $0.value == row })
            {
                rowLabel = text(option.label)
            } else {
                rowLabel = row
            }
            return "\(questionTitle): \(rowLabel)"
        case .participant(let field):
            return survey.participantField(field).map { text($0.label) } ?? field
        }
    }
}
