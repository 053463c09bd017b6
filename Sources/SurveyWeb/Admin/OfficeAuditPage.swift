import Foundation
import Markup
import SurveyStore

/// The admin's view of the audit log: a filter form (a plain GET form) and one page of lines, newest first.
struct OfficeAuditPage {
    /// The filter as typed, shown again in the form and carried by the paging link.
    struct Query {
        var user = ""
        var action = ""
        var from = ""
        var until = ""

        /// The query string of this filter, for the paging links; `before` is where older lines start.
        func items(before: Int?, ui: UILanguage) -> String {
            var items = [("user", user), ("action", action), ("from", from), ("until", until)].filter { !$0.1.isEmpty }
            if let before { items.append(("before", String(before))) }
            if ui != .de { items.append(("lang", ui.rawValue)) }
            return items.map { "\($0)=\(Self.encoded($1))" }.joined(separator: "&")
        }

        private static func encoded(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", ".", "_", "~", "@"])) ?? ""
        }
    }

    let ui: UILanguage
    let query: Query
    /// The lines shown; nil when the filter could not be read.
    let page: AuditLog.Page?
    /// Whether this is a later page (a link back to the newest lines is then shown).
    let isLater: Bool
    var error: String?

    func render(into html: inout HTMLBuilder) {
        html.element("p", text: AuditPhrase.intro.text(ui))
        renderFilter(into: &html)
        if let error {
            html.element("div", [HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert")]) { html in
                html.element("p", [HTMLAttribute("class", "error")], text: error)
            }
        }
        guard let page else { return }
        if page.entries.isEmpty {
            html.element("p", text: AuditPhrase.noEntries.text(ui))
        } else {
            renderTable(page.entries, into: &html)
        }
        renderPaging(older: page.older, into: &html)
    }

    private func renderFilter(into html: inout HTMLBuilder) {
        html.element(
            "form",
            [
                HTMLAttribute("method", "get"), HTMLAttribute("action", "/admin/audit"),
                HTMLAttribute("class", "audit-filter"),
            ]
        ) { html in
            if ui != .de {
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "lang"),
                        HTMLAttribute("value", ui.rawValue),
                    ])
            }
            field("user", AuditPhrase.user, type: "text", value: query.user, help: AuditPhrase.userHelp, into: &html)
            html.element("div", [HTMLAttribute("class", "question")]) { html in
                html.element("label", [HTMLAttribute("for", "audit-action")], text: AuditPhrase.action.text(ui))
                html.element("select", [HTMLAttribute("id", "audit-action"), HTMLAttribute("name", "action")]) { html in
                    html.element("option", [HTMLAttribute("value", "")], text: AuditPhrase.anyAction.text(ui))
                    for action in AuditAction.allCases {
                        html.element(
                            "option",
                            [
                                HTMLAttribute("value", action.rawValue),
                                .flag("selected", action.rawValue == query.action),
                            ], text: AuditPhrase.name(action).text(ui))
                    }
                }
            }
            field("from", AuditPhrase.from, type: "date", value: query.from, into: &html)
            field("until", AuditPhrase.until, type: "date", value: query.until, into: &html)
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                    text: AuditPhrase.filter.text(ui))
                html.element(
                    "a", [HTMLAttribute("href", "/admin/audit" + (ui == .de ? "" : "?lang=\(ui.rawValue)"))],
                    text: AuditPhrase.clearFilter.text(ui))
            }
        }
    }

    private func field(
        _ name: String, _ label: AuditPhrase, type: String, value: String, help: AuditPhrase? = nil,
        into html: inout HTMLBuilder
    ) {
        html.element("div", [HTMLAttribute("class", "question")]) { html in
            html.element("label", [HTMLAttribute("for", "audit-" + name)], text: label.text(ui))
            if let help {
                html.element(
                    "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", "audit-\(name)-help")],
                    text: help.text(ui))
            }
            html.void(
                "input",
                [
                    HTMLAttribute("type", type), HTMLAttribute("id", "audit-" + name), HTMLAttribute("name", name),
                    HTMLAttribute("value", value),
                    HTMLAttribute("aria-describedby", help == nil ? nil : "audit-\(name)-help"),
                ])
        }
    }

    private func renderTable(_ entries: [AuditEntry], into html: inout HTMLBuilder) {
        let headers: [AuditPhrase] = [.time, .person, .address, .action, .object]
        // A narrow screen scrolls the table sideways; the region takes the keyboard's focus for that.
        html.element(
            "div",
            [
                HTMLAttribute("class", "table-wrap"), HTMLAttribute("tabindex", "0"), HTMLAttribute("role", "region"),
                HTMLAttribute("aria-label", AuditPhrase.title.text(ui)),
            ]
        ) { html in
            html.element("table", [HTMLAttribute("class", "audit")]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for header in headers {
                            html.element("th", [HTMLAttribute("scope", "col")], text: header.text(ui))
                        }
                    }
                }
                html.element("tbody") { html in
                    for entry in entries {
                        html.element("tr") { html in
                            html.element("td", text: Self.second(entry.time))
                            html.element("td", text: entry.actor)
                            html.element("td", text: entry.address)
                            html.element("td", text: AuditPhrase.name(entry.action).text(ui))
                            html.element("td", text: entry.object ?? "–")
                        }
                    }
                }
            }
        }
    }

    /// A time to the second, UTC: "2026-11-13 09:12:04".
    static func second(_ time: Timestamp) -> String {
        String(time.description.prefix(19).map { $0 == "T" ? " " : $0 })
    }

    private func renderPaging(older: Int?, into html: inout HTMLBuilder) {
        guard older != nil || isLater else { return }
        html.element(
            "nav", [HTMLAttribute("class", "paging"), HTMLAttribute("aria-label", AuditPhrase.paging.text(ui))]
        ) {
            html in
            html.element("ul") { html in
                if isLater {
                    html.element("li") { html in
                        html.element(
                            "a", [HTMLAttribute("href", "/admin/audit?" + query.items(before: nil, ui: ui))],
                            text: AuditPhrase.newest.text(ui))
                    }
                }
                if let older {
                    html.element("li") { html in
                        html.element(
                            "a", [HTMLAttribute("href", "/admin/audit?" + query.items(before: older, ui: ui))],
                            text: AuditPhrase.older.text(ui))
                    }
                }
            }
        }
    }
}
