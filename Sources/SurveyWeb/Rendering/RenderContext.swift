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

    /// A condition in words addressed to the respondent, to follow „wenn“/"if":
    /// Sie bei „Ganztag“ nicht „kein Ganztagsangebot“ gewählt haben.
    func describe(_ expression: Expression) -> String {
        ConditionDescriber(survey: survey, language: language, voice: .respondent).describe(expression)
    }
}
