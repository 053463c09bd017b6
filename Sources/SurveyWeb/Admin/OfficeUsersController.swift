import HTTPServer
import Markup
import SurveyStore

/// The admin's page of people: invite someone, disable, enable, reset or remove an account.
///
/// Every change goes through the store's ``AccountDirectory`` with the same
/// ``AccountChange`` as `survey users …`, so the rules (such as keeping one
/// active admin) are the store's, not this page's. Each change is audited.
struct OfficeUsersController: OfficeController {
    let area: OfficeArea

    private var accounts: AccountDirectory { area.access.accounts }

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .admin) { admins in
            admins.get("/users") { request in people(request, notice: nil) }
            admins.post("/users/invite", bodyLimit: 4096) { request in Interruption.answer { try invite(request) } }
            for change in AccountChange.allCases {
                admins.post("/users/:account/\(change.rawValue)", bodyLimit: 4096) { request in
                    Interruption.answer { try apply(change, request) }
                }
            }
        }
    }

    private func people(
        _ request: HTTPRequest, notice: String?, invitation: OfficeUsersPage.Invitation = .init(),
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let all: [Account]
        do {
            all = try accounts.all()
        } catch {
            // A damaged accounts file is said so, never shown as an office without people.
            return services.message(
                .errorTitle, [PeoplePhrase.refused(error).text(ui)], ui: ui, status: .internalServerError,
                link: (href: "/admin", text: Phrase.adminTitle.text(ui)))
        }
        let list = OfficeUsersPage(
            ui: ui, csrf: csrf(request), accounts: all, notice: notice, invitation: invitation)
        return page(request, PeoplePhrase.people.text(ui), status: status) { html in list.render(into: &html) }
    }

    private func invite(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let form = try checkedForm(request)
        let ui = LanguageChoice.ui(request)
        var invitation = OfficeUsersPage.Invitation(
            email: form["email"] ?? "", name: (form["name"] ?? "").trimmingWhitespace,
            role: form["role"].flatMap(OfficeRole.init(rawValue:)) ?? .staff)
        guard !invitation.name.isEmpty else {
            invitation.error = PeoplePhrase.nameMissing.text(ui)
            return people(request, notice: nil, invitation: invitation, status: .unprocessableContent)
        }
        do {
            let (account, token) = try accounts.add(
                email: invitation.email, name: invitation.name, role: invitation.role, now: area.access.timestamp())
            audit(.userAdded, request, object: account.email)
            return linkPage(request, account: account, token: token, intro: PeoplePhrase.invitationLink)
        } catch {
            invitation.error = PeoplePhrase.refused(error).text(ui)
            return people(request, notice: nil, invitation: invitation, status: .unprocessableContent)
        }
    }

    /// Asks before a change that takes something away; applies it once confirmed, then shows the list again
    /// (or the new link of a reset).
    private func apply(_ change: AccountChange, _ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let form = try checkedForm(request)
        let ui = LanguageChoice.ui(request)
        guard let account = request.parameters["account"].flatMap(accounts.account(id:)) else {
            throw .respond(
                services.message(
                    .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                    link: (href: "/admin/users", text: PeoplePhrase.backToPeople.text(ui))))
        }
        if change.needsConfirmation, form["confirmed"] != "yes" { return confirmation(change, account, request) }
        do {
            let (changed, token) = try accounts.apply(change, email: account.email, now: area.access.timestamp())
            if change != .enable { area.access.sessions.closeAll(accountID: changed.id) }
            audit(change.action, request, object: changed.email)
            if let token { return linkPage(request, account: changed, token: token, intro: PeoplePhrase.resetDone) }
            return people(request, notice: PeoplePhrase.changeDone(change, name: changed.name).text(ui))
        } catch {
            return people(request, notice: PeoplePhrase.refused(error).text(ui), status: .conflict)
        }
    }

    private func confirmation(_ change: AccountChange, _ account: Account, _ request: HTTPRequest) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let languageQuery = ui == .de ? "" : "?lang=\(ui.rawValue)"
        return page(request, PeoplePhrase.confirmTitle(change).text(ui)) { html in
            html.element(
                "p", text: PeoplePhrase.confirmQuestion(change, name: account.name, email: account.email).text(ui))
            HiddenFields.postForm(
                to: "/admin/users/\(account.id)/\(change.rawValue)" + languageQuery, csrf: csrf(request), into: &html
            ) { html in
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "confirmed"),
                        HTMLAttribute("value", "yes"),
                    ])
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                        text: PeoplePhrase.confirmTitle(change).text(ui))
                    html.element(
                        "a", [HTMLAttribute("href", "/admin/users" + languageQuery), HTMLAttribute("class", "button")],
                        text: PeoplePhrase.cancel.text(ui))
                }
            }
        }
    }

    /// The one time an invitation link is shown: after an invitation or a reset.
    private func linkPage(
        _ request: HTTPRequest, account: Account, token: String,
        intro: (_ name: String, _ expires: String) -> PeoplePhrase
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let expires = account.invitation.map { OfficeUsersPage.minute($0.expires) } ?? ""
        let link = absoluteLink("/admin/invite/" + token, request)
        return page(request, PeoplePhrase.invitedTitle.text(ui)) { html in
            html.element("p", [HTMLAttribute("role", "status")], text: intro(account.name, expires).text(ui))
            html.element("p") { html in html.element("code", [HTMLAttribute("class", "invitation-link")], text: link) }
            html.element("p", [HTMLAttribute("class", "hint")], text: PeoplePhrase.linkOnce.text(ui))
            html.element("p") { html in
                html.element(
                    "a", [HTMLAttribute("href", "/admin/users" + (ui == .de ? "" : "?lang=\(ui.rawValue)"))],
                    text: PeoplePhrase.backToPeople.text(ui))
            }
        }
    }
}

extension String {
    /// Without white space at either end.
    fileprivate var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
