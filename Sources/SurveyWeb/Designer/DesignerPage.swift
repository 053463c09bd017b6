import HTTPServer
import Markup
import SurveyModel

/// The frame every designer page shares inside the office's frame: breadcrumbs above the heading, then the
/// messages of the last action, then a summary of the form's errors that links to each field.
///
/// Breadcrumbs run Designer › survey › …; the last one is the page itself and is not a link.
struct DesignerPage {
    /// One step of the breadcrumbs; the page itself has no `href`.
    struct Crumb {
        let text: String
        var href: String?
    }

    /// What the last action reports: a success, warnings that allow saving, errors that prevent it.
    struct Messages {
        var success: String?
        var warnings: [String] = []
        var errors: [String] = []
        /// After a conflict: what the other person changed and what this person entered.
        var conflict: DesignerConflictNote?
    }

    /// A form field's error for the summary: the field's path, its label and the message.
    struct FieldProblem {
        let path: DefinitionPath
        /// The field's name; nil when the message names its place itself, as the loader's messages do.
        let label: String?
        let message: String
    }

    let ui: UILanguage
    let crumbs: [Crumb]
    var messages = Messages()
    var fieldProblems: [FieldProblem] = []

    /// The address of the designer's own pages in the office's language: German pages need no `lang`.
    static func address(_ path: String, ui: UILanguage) -> String {
        ui == .de ? path : path + (path.contains("?") ? "&" : "?") + "lang=\(ui.rawValue)"
    }

    /// The crumbs of the list and of one survey, followed by `rest`.
    static func crumbs(survey: (id: String, title: String)? = nil, ui: UILanguage, _ rest: [Crumb] = []) -> [Crumb] {
        var crumbs = [Crumb(text: DesignerPhrase.designer.text(ui), href: address("/admin/designer", ui: ui))]
        if let survey {
            crumbs.append(Crumb(text: survey.title, href: address("/admin/designer/\(survey.id)", ui: ui)))
        }
        crumbs += rest
        crumbs[crumbs.count - 1].href = nil
        return crumbs
    }

    /// The breadcrumbs, written above the page's heading.
    func renderBreadcrumbs(into html: inout HTMLBuilder) {
        html.element(
            "nav",
            [HTMLAttribute("class", "breadcrumbs"), HTMLAttribute("aria-label", DesignerPhrase.breadcrumbs.text(ui))]
        ) { html in
            html.element("ol") { html in
                for crumb in crumbs {
                    html.element("li") { html in
                        if let href = crumb.href {
                            html.element("a", [HTMLAttribute("href", href)], text: crumb.text)
                        } else {
                            html.element("span", [HTMLAttribute("aria-current", "page")], text: crumb.text)
                        }
                    }
                }
            }
        }
    }

    /// The messages and the error summary, written first below the heading.
    func renderMessages(into html: inout HTMLBuilder) {
        if !fieldProblems.isEmpty {
            html.element(
                "div",
                [
                    HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert"),
                    HTMLAttribute("tabindex", "-1"), HTMLAttribute("aria-labelledby", "error-summary-title"),
                    .flag("autofocus", true),
                ]
            ) { html in
                html.element(
                    "h2", [HTMLAttribute("id", "error-summary-title")],
                    text: Phrase.errorSummary(count: fieldProblems.count).text(ui))
                html.element("ul") { html in
                    for problem in fieldProblems {
                        html.element("li") { html in
                            html.element(
                                "a", [HTMLAttribute("href", "#" + DesignerField.id(of: problem.path))],
                                text: problem.label.map { "\($0): \(problem.message)" } ?? problem.message)
                        }
                    }
                }
            }
        }
        if let success = messages.success {
            html.element("p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")], text: success)
        }
        list(
            messages.errors, heading: DesignerPhrase.problems, id: "messages-errors", className: "error-summary",
            into: &html)
        messages.conflict?.render(into: &html, ui: ui)
        list(
            messages.warnings, heading: DesignerPhrase.warningsHeading, id: "messages-warnings", className: "notice",
            into: &html)
    }

    private func list(
        _ items: [String], heading: DesignerPhrase, id: String, className: String, into html: inout HTMLBuilder
    ) {
        guard !items.isEmpty else { return }
        html.element(
            "section", [HTMLAttribute("class", className), HTMLAttribute("aria-labelledby", id)]
        ) { html in
            html.element("h2", [HTMLAttribute("id", id)], text: heading.text(ui))
            html.element("ul", [HTMLAttribute("class", "messages")]) { html in
                for item in items { html.element("li", text: item) }
            }
        }
    }
}

extension OfficeController {
    /// A designer page: the office's frame with the designer's breadcrumbs, messages and error summary,
    /// and the script that saves its forms without reloading the page.
    func designerPage(
        _ request: HTTPRequest, _ frame: DesignerPage, title: String, status: HTTPStatus = .ok,
        main: (inout HTMLBuilder) -> Void
    ) -> HTTPResponse {
        page(request, title, status: status, beforeHeading: frame.renderBreadcrumbs, script: DesignerScript.path) {
            html in
            frame.renderMessages(into: &html)
            main(&html)
        }
    }
}
