import Markup
import SurveyModel

/// The box at the top of a page that counts the problems and links to each field.
struct ErrorSummary {
    let context: RenderContext
    let questions: [Question]
    let errors: [String: [String]]

    func render(into html: inout HTMLBuilder) {
        html.element(
            "div",
            [
                HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert"),
                HTMLAttribute("tabindex", "-1"),
                HTMLAttribute("aria-labelledby", "error-summary-title"), .flag("autofocus", true),
            ]
        ) { html in
            html.element(
                "h2", [HTMLAttribute("id", "error-summary-title")],
                text: context.phrase(.errorSummary(count: questions.count)))
            html.element("ul") { html in
                for question in questions {
                    html.element("li") { html in
                        let title = question.title.map(context.text) ?? question.id
                        let message = (errors[question.id] ?? []).joined(separator: " ")
                        // A title that ends in its own punctuation ("Ganztagsschule?") needs no colon.
                        let separator = title.last.map { "?!.:".contains($0) } == true ? " " : ": "
                        html.element(
                            "a", [HTMLAttribute("href", "#" + QuestionRenderer.anchor(of: question))],
                            text: title + separator + message)
                    }
                }
            }
        }
    }
}
