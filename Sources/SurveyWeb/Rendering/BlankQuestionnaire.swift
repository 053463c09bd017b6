import Markup
import SurveyModel

/// Every page and question on one printable page, with skip conditions in words.
struct BlankQuestionnaire {
    let context: RenderContext
    let layoutLinks: [PageLayout.LanguageLink]

    func render() -> [UInt8] {
        let survey = context.survey
        let layout = PageLayout(
            language: context.language,
            title: "\(context.phrase(.printableQuestionnaire)) – \(context.text(survey.title))",
            siteTitle: context.text(survey.title), languageLinks: layoutLinks, ui: context.ui)
        return layout.render { html in
            html.element("h1", text: context.text(survey.title))
            if let description = survey.description {
                html.element("p", text: context.text(description))
            }
            html.element("p", [HTMLAttribute("class", "no-print")], text: context.phrase(.printHint))
            for (index, page) in survey.pages.enumerated() {
                html.element(
                    "section", [HTMLAttribute("class", "page"), HTMLAttribute("aria-labelledby", "p-\(page.id)")]
                ) { html in
                    html.element(
                        "h2", [HTMLAttribute("id", "p-\(page.id)")], text: "\(index + 1). \(context.text(page.title))")
                    if let description = page.description {
                        html.element("p", text: context.text(description))
                    }
                    if let condition = page.visibleIf {
                        html.element(
                            "p", [HTMLAttribute("class", "hint condition")],
                            text: context.phrase(.pageConditionHint(context.describe(condition))))
                    }
                    for question in page.questions {
                        QuestionRenderer(
                            context: context, question: question, values: FormValues(), errors: [],
                            conditional: question.visibleIf != nil
                        ).render(into: &html)
                    }
                }
                html.newline()
            }
        }
    }
}
