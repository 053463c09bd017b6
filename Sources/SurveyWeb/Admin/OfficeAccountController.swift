import HTTPServer
import Markup
import SurveyStore

/// The signed-in person's own account, whatever the role: a new password, and signing out everywhere.
struct OfficeAccountController: OfficeController {
    let area: OfficeArea

    static let passwordChangedQuery = "changed=1"

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .committee) { signedIn in
            signedIn.get("/account") { request in account(request, error: nil) }
            signedIn.post("/account/password", bodyLimit: 4096) { request, responder in
                changePassword(request, responder)
            }
            signedIn.post("/account/sign-out-everywhere", bodyLimit: 4096) { request in signOutEverywhere(request) }
        }
    }

    /// Keeps an English page English after its forms; German is the office's default.
    private func languageQuery(_ ui: UILanguage) -> String { ui == .de ? "" : "?lang=\(ui.rawValue)" }

    private func account(_ request: HTTPRequest, error: String?, status: HTTPStatus = .ok) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let changed = (try? request.queryItems())?["changed"] == "1"
        let identity = request.officeIdentity
        let email = identity.flatMap { area.access.accounts.account(id: $0.userID)?.email } ?? ""
        let role = identity.map { PeoplePhrase.role($0.role).text(ui) } ?? ""
        return page(request, PeoplePhrase.ownAccount.text(ui), status: status) { html in
            if changed {
                html.element(
                    "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                    text: PeoplePhrase.passwordChanged.text(ui))
            }
            html.element("p", text: PeoplePhrase.accountIntro(email: email, role: role).text(ui))
            html.element("h2", text: PeoplePhrase.changePassword.text(ui))
            html.element("p", [HTMLAttribute("class", "help")], text: PeoplePhrase.passwordChangeHelp.text(ui))
            if let error {
                html.element("div", [HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert")]) { html in
                    html.element(
                        "p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-password")], text: error)
                }
            }
            HiddenFields.postForm(
                to: "/admin/account/password" + languageQuery(ui), csrf: csrf(request), into: &html
            ) { html in
                // The name field lets password managers file the new password under the right account.
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "username"),
                        HTMLAttribute("autocomplete", "username"), HTMLAttribute("value", email),
                    ])
                for (name, label, autocomplete) in [
                    ("current", PeoplePhrase.currentPassword.text(ui), "current-password"),
                    ("password", PeoplePhrase.newPassword.text(ui), "new-password"),
                    ("repeat", Phrase.passwordRepeat.text(ui), "new-password"),
                ] {
                    html.element("div", [HTMLAttribute("class", "question")]) { html in
                        html.element("label", [HTMLAttribute("for", "account-" + name)], text: label)
                        html.void(
                            "input",
                            [
                                HTMLAttribute("type", "password"), HTMLAttribute("id", "account-" + name),
                                HTMLAttribute("name", name), HTMLAttribute("autocomplete", autocomplete),
                                .flag("required", true),
                                HTMLAttribute("aria-describedby", error == nil ? nil : "e-password"),
                            ])
                    }
                }
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                        text: PeoplePhrase.changePassword.text(ui))
                }
            }
            html.element("h2", text: PeoplePhrase.signOutEverywhere.text(ui))
            html.element("p", text: PeoplePhrase.signOutEverywhereHelp.text(ui))
            HiddenFields.postForm(
                to: "/admin/account/sign-out-everywhere" + languageQuery(ui), csrf: csrf(request), into: &html
            ) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit")], text: PeoplePhrase.signOutEverywhere.text(ui))
            }
        }
    }

    private func changePassword(_ request: HTTPRequest, _ responder: Responder) {
        let ui = LanguageChoice.ui(request)
        guard let form = try? request.formFields(), let session = request.officeIdentity?.session else {
            return responder.respond(account(request, error: Phrase.sessionExpired.text(ui), status: .forbidden))
        }
        let new = form["password"] ?? ""
        guard new == form["repeat"] else {
            return responder.respond(
                account(request, error: Phrase.passwordsDiffer.text(ui), status: .unprocessableContent))
        }
        let admitted = area.access.changePassword(
            session: session, current: form["current"] ?? "", new: new, client: request.clientKey
        ) { outcome in
            switch outcome {
            case .changed(let session):
                var response = services.redirect(
                    "/admin/account?\(Self.passwordChangedQuery)" + (ui == .de ? "" : "&lang=\(ui.rawValue)"))
                response.setCookie(sessionCookie(session, request))
                responder.respond(response)
            case .refused(let error):
                responder.respond(
                    account(request, error: PeoplePhrase.refused(error).text(ui), status: .unprocessableContent))
            case .throttled(let seconds):
                var response = account(request, error: Phrase.tooManyAttempts.text(ui), status: .tooManyRequests)
                response.headers.set("Retry-After", String(seconds))
                responder.respond(response)
            }
        }
        guard admitted else {
            var busy = account(request, error: Phrase.signInBusy.text(ui), status: .serviceUnavailable)
            busy.headers.set("Retry-After", "5")
            return responder.respond(busy)
        }
    }

    private func signOutEverywhere(_ request: HTTPRequest) -> HTTPResponse {
        if let session = request.officeIdentity?.session {
            area.access.signOutEverywhere(session, client: request.clientKey)
        }
        var response = services.redirect("/admin")
        response.setCookie(sessionCookie("", request, maxAge: 0))
        return response
    }

    private func sessionCookie(_ value: String, _ request: HTTPRequest, maxAge: Int? = nil) -> SetCookie {
        SetCookie(
            name: OfficeAccess.sessionCookie, value: value, path: "/admin", maxAge: maxAge,
            secure: services.isSecure(request), sameSite: .strict)
    }
}
