import Markup
import SurveyModel

/// A semantic diff as a designer page shows it: the survey's settings first, then page by page, each
/// under its own heading, one change per line in the office's language.
struct VersionsDiffList {
    let diff: DefinitionDiff
    /// The group headings: `h2` under the page's heading, `h3` inside a version's entry.
    let headingIsNested: Bool

    func render(into html: inout HTMLBuilder, ui: UILanguage) {
        for group in diff.groups {
            let heading = diff.heading(of: group, ui.diagnosticLanguage)
            if headingIsNested { html.element("h3", text: heading) } else { html.element("h2", text: heading) }
            html.element("ul", [HTMLAttribute("class", "messages")]) { html in
                for change in group.changes { html.element("li", text: change.text(ui.diagnosticLanguage)) }
            }
        }
    }
}
