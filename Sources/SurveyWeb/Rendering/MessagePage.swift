import Markup

/// A page with a heading and a few sentences: closed, not yet open, expired, not found, errors.
struct MessagePage {
    let language: String
    let ui: UILanguage
    let siteTitle: String
    let heading: String
    var paragraphs: [String]
    /// Optional link below the text.
    var link: (href: String, text: String)?
    /// Text shown back so it can be copied (a refused late submission).
    var preserved: String?

    func render() -> [UInt8] {
        let layout = PageLayout(
            language: language, title: "\(heading) – \(siteTitle)", siteTitle: siteTitle, languageLinks: [], ui: ui)
        return layout.render { html in
            html.element("h1", text: heading)
            for paragraph in paragraphs {
                html.element("p", text: paragraph)
            }
            if let preserved {
                html.element("label", [HTMLAttribute("for", "preserved")], text: Phrase.yourAnswers.text(ui))
                html.element(
                    "textarea",
                    [HTMLAttribute("id", "preserved"), HTMLAttribute("rows", "20"), .flag("readonly", true)],
                    text: preserved)
            }
            if let link {
                html.element("p") { html in html.element("a", [HTMLAttribute("href", link.href)], text: link.text) }
            }
        }
    }
}
