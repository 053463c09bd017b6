import Markup
import SurveyModel

/// The receipt after submitting, with a printable copy of the answers.
struct ConfirmationPage {
    let context: RenderContext
    let time: String
    let responseNumber: String
    let pages: [(page: Page, questions: [Question])]
    let values: FormValues
    /// Where the participant may change the submitted answers, while the survey is open.
    let changeURL: String?
    let layoutLinks: [PageLayout.LanguageLink]

    func render() -> [UInt8] {
        let layout = PageLayout(
            language: context.language,
            title: "\(context.phrase(.thanksTitle)) – \(context.text(context.survey.title))",
            siteTitle: context.text(context.survey.title), languageLinks: layoutLinks, ui: context.ui)
        return layout.render { html in
            html.element("h1", text: context.phrase(.thanksTitle))
            html.element(
                "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                text: context.phrase(.receipt(time: time, number: responseNumber)))
            html.element("p", [HTMLAttribute("class", "no-print")], text: context.phrase(.printHint))
            if let changeURL {
                html.element("p", [HTMLAttribute("class", "no-print")]) { html in
                    html.element("a", [HTMLAttribute("href", changeURL)], text: context.phrase(.changeAfterSubmit))
                }
            }
            html.element("h2", text: context.phrase(.yourAnswers))
            AnswerList(context: context, pages: pages, values: values, changeURL: nil).render(into: &html)
        }
    }
}
