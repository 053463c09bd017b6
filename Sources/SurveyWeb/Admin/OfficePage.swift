import Markup
import SurveyStore

/// The frame of the office area's pages: title, navigation and sign-out.
struct OfficePage {
    let ui: UILanguage
    let title: String
    /// The anti-forgery token for the sign-out form; nil when not signed in.
    let csrf: String?
    /// Who is signed in: the frame names them and links the pages their role may use.
    var identity: OfficeIdentity? = nil
    /// What stands between the navigation and the heading: the designer's breadcrumbs.
    var beforeHeading: ((inout HTMLBuilder) -> Void)? = nil
    /// The page's own script, if it has one (the designer's).
    var script: String? = nil
    /// Reloads the page after this many seconds (a progress page); nil never.
    var refreshSeconds: Int? = nil

    func render(main: (inout HTMLBuilder) -> Void) -> [UInt8] {
        let siteTitle = Phrase.adminTitle.text(ui)
        var layout = PageLayout(
            language: ui.rawValue, title: "\(title) – \(siteTitle)", siteTitle: siteTitle, languageLinks: [], ui: ui)
        layout.pageScript = script
        layout.refreshSeconds = refreshSeconds
        return layout.render { html in
            if let csrf {
                html.element("nav", [HTMLAttribute("class", "admin"), HTMLAttribute("aria-label", siteTitle)]) { html in
                    html.element("ul") { html in
                        for (href, text) in links {
                            html.element("li") { html in html.element("a", [HTMLAttribute("href", href)], text: text) }
                        }
                        if let identity {
                            html.element(
                                "li", [HTMLAttribute("class", "signed-in")],
                                text: PeoplePhrase.signedInAs(
                                    name: identity.displayName, role: PeoplePhrase.role(identity.role).text(ui)
                                ).text(ui))
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
            beforeHeading?(&html)
            html.element("h1", text: title)
            main(&html)
        }
    }

    /// The pages the signed-in person's role may use; a committee member's start is the list of reports.
    private var links: [(href: String, text: String)] {
        guard let role = identity?.role else { return [("/admin", Phrase.overview.text(ui))] }
        var links: [(href: String, text: String)] = []
        if role.includes(.staff) {
            links.append(("/admin", Phrase.overview.text(ui)))
            links.append(("/admin/designer", DesignerPhrase.designer.text(ui)))
        }
        links.append(("/admin/reports", PeoplePhrase.reports.text(ui)))
        if role.includes(.admin) {
            links.append(("/admin/users", PeoplePhrase.people.text(ui)))
            links.append(("/admin/audit", PeoplePhrase.auditLog.text(ui)))
        }
        links.append(("/admin/account", PeoplePhrase.ownAccount.text(ui)))
        return links
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
