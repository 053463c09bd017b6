import Markup

/// The frame of the office area's pages: title, navigation and sign-out.
struct OfficePage {
    let ui: UILanguage
    let title: String
    /// The anti-forgery token for the sign-out form; nil when not signed in.
    let csrf: String?

    func render(main: (inout HTMLBuilder) -> Void) -> [UInt8] {
        let siteTitle = Phrase.adminTitle.text(ui)
        let layout = PageLayout(
            language: ui.rawValue, title: "\(title) – \(siteTitle)", siteTitle: siteTitle, languageLinks: [], ui: ui)
        return layout.render { html in
            if let csrf {
                html.element("nav", [HTMLAttribute("class", "admin"), HTMLAttribute("aria-label", siteTitle)]) { html in
                    html.element("ul") { html in
                        html.element("li") { html in
                            html.element("a", [HTMLAttribute("href", "/admin")], text: Phrase.overview.text(ui))
                        }
                        html.element("li") { html in
                            html.element(
                                "form",
                                [
                                    HTMLAttribute("method", "post"), HTMLAttribute("action", "/admin/logout"),
                                    HTMLAttribute("class", "inline-form"),
                                ]
                            ) { html in
                                html.void(
                                    "input",
                                    [
                                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_csrf"),
                                        HTMLAttribute("value", csrf),
                                    ])
                                html.element("button", [HTMLAttribute("type", "submit")], text: Phrase.signOut.text(ui))
                            }
                        }
                    }
                }
            }
            html.element("h1", text: title)
            main(&html)
        }
    }

    /// A table with a header row; cells are plain text or a link.
    static func table(_ headers: [String], _ rows: [[TableCell]], into html: inout HTMLBuilder) {
        html.element("div", [HTMLAttribute("class", "table-wrap")]) { html in
            html.element("table") { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for header in headers { html.element("th", [HTMLAttribute("scope", "col")], text: header) }
                    }
                }
                html.element("tbody") { html in
                    for row in rows {
                        html.element("tr") { html in
                            for cell in row {
                                html.element("td") { html in
                                    if let href = cell.href {
                                        html.element("a", [HTMLAttribute("href", href)], text: cell.text)
                                    } else {
                                        html.text(cell.text)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One cell of an office table.
struct TableCell {
    let text: String
    var href: String?

    init(_ text: String, href: String? = nil) {
        self.text = text
        self.href = href
    }
}
