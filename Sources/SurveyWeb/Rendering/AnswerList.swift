import Markup
import SurveyModel

/// Answers grouped by page as a description list; shared by review, confirmation and the office view.
struct AnswerList {
    let context: RenderContext
    let pages: [(page: Page, questions: [Question])]
    let values: FormValues
    /// Where "change" leads for a page; nil shows no links.
    let changeURL: ((Page) -> String)?

    func render(into html: inout HTMLBuilder) {
        for (page, questions) in pages {
            let answerable = questions.filter(\.kind.isAnswerable)
            guard !answerable.isEmpty else { continue }
            html.element("section", [HTMLAttribute("class", "review-page")]) { html in
                let pageTitle = context.text(page.title)
                html.element("h2", text: pageTitle)
                if let changeURL {
                    html.element("p", [HTMLAttribute("class", "no-print")]) { html in
                        html.element("a", [HTMLAttribute("href", changeURL(page))]) { html in
                            html.text(context.phrase(.change))
                            html.element(
                                "span", [HTMLAttribute("class", "visually-hidden")],
                                text: ": " + context.phrase(.changePage(pageTitle)))
                        }
                    }
                }
                html.element("dl", [HTMLAttribute("class", "answers")]) { html in
                    for question in answerable {
                        html.element("dt", text: question.title.map(context.text) ?? question.id)
                        if let answer = AnswerDisplay.text(of: question, in: values, context: context) {
                            html.element("dd", text: answer)
                        } else {
                            html.element("dd", [HTMLAttribute("class", "hint")], text: context.phrase(.notAnswered))
                        }
                    }
                }
            }
            html.newline()
        }
    }
}
