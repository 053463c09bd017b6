import Markup
import SurveyModel

/// A page of the questionnaire as respondents see it, shown to the office with the list of every page above it.
///
/// The page itself is the respondents' ``FormPage``, never a copy; only the list and the notice are the
/// office's. The survey page's preview and the designer's preview both render through here.
struct PreviewPage {
    let form: FormPage
    /// One entry of the page list.
    struct Entry {
        let page: Page
        let href: String
        /// Whether the answers so far hide the page from respondents (the designer's preview says so).
        var skipped = false
    }

    /// The survey's pages in order.
    let pages: [Entry]
    /// A link back to where the preview was opened from, before the page list.
    var back: (href: String, text: String)? = nil

    func render() -> [UInt8] {
        let context = form.context
        return form.render { html in
            if let back {
                html.element("p", [HTMLAttribute("class", "no-print")]) { html in
                    html.element("a", [HTMLAttribute("href", back.href)], text: back.text)
                }
            }
            html.element(
                "nav", [HTMLAttribute("aria-label", Phrase.preview.text(context.ui)), HTMLAttribute("class", "admin")]
            ) { html in
                html.element("ul") { html in
                    for (number, entry) in pages.enumerated() {
                        let title = "\(number + 1). \(context.text(entry.page.title))"
                        let label = entry.skipped ? "\(title) (\(DesignerPhrase.skipped.text(context.ui)))" : title
                        html.element("li") { html in
                            html.element(
                                "a",
                                [
                                    HTMLAttribute("href", entry.href),
                                    HTMLAttribute("aria-current", entry.page.id == form.page.id ? "page" : nil),
                                ], text: label)
                        }
                    }
                }
            }
        }
    }
}
