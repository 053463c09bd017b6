import Markup
import SurveyModel

/// The first page: title, description, privacy notice and the way in.
struct WelcomePage {
    let context: RenderContext
    let layoutLinks: [PageLayout.LanguageLink]
    /// Where the participant starts or continues.
    let startURL: String
    /// Whether saved answers exist, which changes the button's wording.
    let hasDraft: Bool
    /// When the participant submitted, if they did (in words).
    let submittedAt: String?
    let printURL: String

    func render() -> [UInt8] {
        let survey = context.survey
        let layout = PageLayout(
            language: context.language, title: context.text(survey.title), siteTitle: context.text(survey.title),
            languageLinks: layoutLinks, ui: context.ui)
        return layout.render { html in
            html.element("h1", text: context.text(survey.title))
            if let description = survey.description {
                html.element("p", text: context.text(description))
            }
            if let submittedAt {
                html.element(
                    "p", [HTMLAttribute("class", "notice")], text: context.phrase(.submittedBefore(time: submittedAt)))
            }
            if let privacy = survey.privacy {
                html.element("h2", text: context.phrase(.privacy))
                html.element("p", text: context.text(privacy))
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                let label: Phrase = submittedAt != nil ? .changeAfterSubmit : hasDraft ? .continueSurvey : .startSurvey
                html.element(
                    "a", [HTMLAttribute("class", "button primary"), HTMLAttribute("href", startURL)],
                    text: context.phrase(label))
                html.element(
                    "a", [HTMLAttribute("class", "button"), HTMLAttribute("href", printURL)],
                    text: context.phrase(.printableQuestionnaire))
            }
        }
    }
}
