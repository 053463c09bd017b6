import Markup
import SurveyModel

/// All answers page by page, with a link back to each page, and the submit button.
struct ReviewPage {
    let context: RenderContext
    /// The visible pages with their visible questions.
    let pages: [(page: Page, questions: [Question])]
    let values: FormValues
    let hidden: HiddenFields
    let pageURL: (Page) -> String
    let submitURL: String
    let layoutLinks: [PageLayout.LanguageLink]

    func render() -> [UInt8] {
        let layout = PageLayout(
            language: context.language,
            title: "\(context.phrase(.reviewTitle)) – \(context.text(context.survey.title))",
            siteTitle: context.text(context.survey.title), languageLinks: layoutLinks, ui: context.ui)
        return layout.render { html in
            html.element("h1", text: context.phrase(.reviewTitle))
            html.element("p", text: context.phrase(.reviewIntro))
            AnswerList(context: context, pages: pages, values: values, changeURL: pageURL).render(into: &html)
            html.element("form", [HTMLAttribute("method", "post"), HTMLAttribute("action", submitURL)]) { html in
                hidden.render(into: &html)
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                        text: context.phrase(.submit))
                }
            }
        }
    }
}
