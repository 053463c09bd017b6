import Markup
import SurveyStore

/// The admin's page of people: every account with its state, the buttons that change it, and the invitation form.
struct OfficeUsersPage {
    /// What the invitation form shows again after a refusal.
    struct Invitation {
        var email = ""
        var name = ""
        var role = OfficeRole.staff
        var error: String?
    }

    let ui: UILanguage
    let csrf: String
    let accounts: [Account]
    var notice: String?
    var invitation = Invitation()

    private var languageQuery: String { ui == .de ? "" : "?lang=\(ui.rawValue)" }

    func render(into html: inout HTMLBuilder) {
        if let notice {
            html.element("p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")], text: notice)
        }
        html.element("p", text: PeoplePhrase.peopleIntro.text(ui))
        renderTable(into: &html)
        renderInviteForm(into: &html)
    }

    private func renderTable(into html: inout HTMLBuilder) {
        let headers: [PeoplePhrase] = [.name, .roleLabel, .state, .lastSignIn, .actions]
        html.element("div", [HTMLAttribute("class", "table-wrap")]) { html in
            html.element("table", [HTMLAttribute("class", "people")]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for header in headers {
                            html.element("th", [HTMLAttribute("scope", "col")], text: header.text(ui))
                        }
                    }
                }
                html.element("tbody") { html in
                    for account in accounts { renderRow(account, into: &html) }
                }
            }
        }
    }

    private func renderRow(_ account: Account, into html: inout HTMLBuilder) {
        html.element("tr") { html in
            html.element("td") { html in
                html.text(account.name)
                html.void("br", [])
                html.element("span", [HTMLAttribute("class", "hint")], text: account.email)
            }
            html.element("td", text: PeoplePhrase.role(account.role).text(ui))
            html.element("td", text: PeoplePhrase.accountState(account.state).text(ui))
            html.element("td", text: account.lastSignIn.map(Self.minute) ?? PeoplePhrase.never.text(ui))
            html.element("td") { html in
                for change in Self.changes(for: account) {
                    HiddenFields.postForm(
                        to: "/admin/users/\(account.id)/\(change.rawValue)" + languageQuery, csrf: csrf,
                        attributes: [HTMLAttribute("class", "inline-form")], into: &html
                    ) { html in
                        html.element(
                            "button",
                            [
                                HTMLAttribute("type", "submit"),
                                HTMLAttribute(
                                    "aria-label", PeoplePhrase.change(change).text(ui) + ": " + account.name),
                            ], text: PeoplePhrase.change(change).text(ui))
                    }
                }
            }
        }
    }

    /// The changes that make sense in the account's state.
    static func changes(for account: Account) -> [AccountChange] {
        [account.state == .disabled ? .enable : .disable, .reset, .remove]
    }

    /// A time to the minute, UTC, as the office's lists show it.
    static func minute(_ time: Timestamp) -> String {
        String(time.description.prefix(16).map { $0 == "T" ? " " : $0 })
    }

    private func renderInviteForm(into html: inout HTMLBuilder) {
        html.element("h2", [HTMLAttribute("id", "invite")], text: PeoplePhrase.invitePerson.text(ui))
        html.element("p", text: PeoplePhrase.inviteHelp.text(ui))
        if let error = invitation.error {
            html.element("div", [HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert")]) { html in
                html.element("p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-invite")], text: error)
            }
        }
        HiddenFields.postForm(to: "/admin/users/invite" + languageQuery, csrf: csrf, into: &html) { html in
            for (name, label, value, type, autocomplete) in [
                ("email", AccountPhrase.email.text(ui), invitation.email, "email", "off"),
                ("name", PeoplePhrase.name.text(ui), invitation.name, "text", "off"),
            ] {
                html.element("div", [HTMLAttribute("class", "question")]) { html in
                    html.element("label", [HTMLAttribute("for", "invite-" + name)], text: label)
                    html.void(
                        "input",
                        [
                            HTMLAttribute("type", type), HTMLAttribute("id", "invite-" + name),
                            HTMLAttribute("name", name), HTMLAttribute("value", value),
                            HTMLAttribute("autocomplete", autocomplete), .flag("required", true),
                            HTMLAttribute("aria-describedby", invitation.error == nil ? nil : "e-invite"),
                        ])
                }
            }
            html.element("div", [HTMLAttribute("class", "question")]) { html in
                html.element("label", [HTMLAttribute("for", "invite-role")], text: PeoplePhrase.roleLabel.text(ui))
                html.element("select", [HTMLAttribute("id", "invite-role"), HTMLAttribute("name", "role")]) { html in
                    for role in [OfficeRole.staff, .committee, .admin] {
                        html.element(
                            "option",
                            [
                                HTMLAttribute("value", role.rawValue),
                                .flag("selected", role == invitation.role),
                            ], text: PeoplePhrase.role(role).text(ui))
                    }
                }
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                    text: PeoplePhrase.inviteButton.text(ui))
            }
        }
    }
}
