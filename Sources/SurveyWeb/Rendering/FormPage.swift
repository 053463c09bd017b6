import Markup
import SurveyModel

/// One page of the questionnaire with progress, error summary and navigation.
struct FormPage {
    let context: RenderContext
    let page: Page
    /// Position among the pages currently visible, from 1.
    let position: Int
    /// How many pages the participant will see; nil while answers still to be given can change it.
    let pageCount: Int?
    let values: FormValues
    /// Messages by question id.
    let errors: [String: [String]]
    /// How each question appears; a question missing here is shown.
    let presence: [String: QuestionPresence]
    let hidden: HiddenFields
    let action: String
    /// Where the script asks which questions are visible; nil in the printable form.
    let visibilityURL: String?
    /// A notice above the form (saved, preview).
    let notice: String?
    let layoutLinks: [PageLayout.LanguageLink]
    let isLast: Bool

    /// Questions with errors, in page order.
    private var invalidQuestions: [Question] {
        page.questions.filter { !(errors[$0.id] ?? []).isEmpty && presence[$0.id] != .hidden }
    }

    /// The whole document; `leading` writes what goes first in the main region (the office preview's page list).
    func render(leading: (inout HTMLBuilder) -> Void = { _ in }) -> [UInt8] {
        let invalid = invalidQuestions
        let pageTitle = context.text(page.title)
        let progress = context.phrase(
            pageCount.map { .progress(page: position, of: $0) } ?? .progressWithoutTotal(page: position))
        var title = "\(pageTitle) – \(progress) – \(context.text(context.survey.title))"
        if !invalid.isEmpty { title = "\(context.phrase(.errorSummary(count: invalid.count))): \(title)" }
        let layout = PageLayout(
            language: context.language, title: title, siteTitle: context.text(context.survey.title),
            languageLinks: layoutLinks, script: visibilityURL != nil, ui: context.ui)
        return layout.render { html in
            leading(&html)
            html.element("p", [HTMLAttribute("class", "progress")], text: progress)
            html.element("h1", text: pageTitle)
            if let description = page.description {
                html.element("p", text: context.text(description))
            }
            if let notice {
                html.element("p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")], text: notice)
            }
            if !invalid.isEmpty {
                ErrorSummary(context: context, questions: invalid, errors: errors).render(into: &html)
            }
            if page.questions.contains(where: { if case .always = $0.requirement { true } else { false } }) {
                html.element("p", [HTMLAttribute("class", "hint")], text: context.phrase(.requiredExplained))
            }
            html.element(
                "form",
                [
                    HTMLAttribute("method", "post"), HTMLAttribute("action", action), .flag("novalidate", true),
                    HTMLAttribute("data-visibility", visibilityURL),
                ]
            ) { html in
                hidden.render(into: &html)
                html.newline()
                for question in page.questions {
                    let presence = presence[question.id] ?? .shown
                    guard presence != .hidden else { continue }
                    QuestionRenderer(
                        context: context, question: question, values: values, errors: errors[question.id] ?? [],
                        conditional: presence == .conditional
                    ).render(into: &html)
                }
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button",
                        [
                            HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary"),
                            HTMLAttribute("name", "_action"), HTMLAttribute("value", "next"),
                        ],
                        text: context.phrase(isLast ? .review : .next))
                    html.element(
                        "button",
                        [
                            HTMLAttribute("type", "submit"), HTMLAttribute("name", "_action"),
                            HTMLAttribute("value", "save"),
                        ],
                        text: context.phrase(.saveForLater))
                    if position > 1 {
                        html.element(
                            "button",
                            [
                                HTMLAttribute("type", "submit"), HTMLAttribute("name", "_action"),
                                HTMLAttribute("value", "back"),
                            ],
                            text: context.phrase(.back))
                    }
                }
            }
        }
    }
}
