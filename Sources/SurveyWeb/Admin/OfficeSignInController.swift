import HTTPServer
import Markup
import SurveyStore

/// Signing in and out of the office area, and the invitation links where people set their passwords.
struct OfficeSignInController: OfficeController {
    let area: OfficeArea

    static let sessionCookie = OfficeAccess.sessionCookie
    static let entryCookie = "office-entry"

    var office: OfficeAccess { area.access }

    func register(on admin: inout RouteGroup) {
        admin.publicGroup { open in
            open.post("/login", bodyLimit: 4096) { request, responder in login(request, responder) }
            open.get("/invite/:token") { request in invitation(request, error: nil) }
            open.post("/invite/:token", bodyLimit: 4096) { request, responder in acceptInvitation(request, responder) }
        }
        // Everyone signed in may sign out, whatever the role.
        admin.group(requiring: .committee) { signedIn in
            signedIn.post("/logout", bodyLimit: 4096) { request in logout(request) }
        }
    }

    private func cookie(_ name: String, _ value: String, _ request: HTTPRequest, maxAge: Int? = nil) -> SetCookie {
        SetCookie(
            name: name, value: value, path: "/admin", maxAge: maxAge, secure: services.isSecure(request),
            sameSite: .strict)
    }

    func signInPage(_ request: HTTPRequest, error: String?, status: HTTPStatus, email: String = "")
        -> HTTPResponse
    {
        let ui = LanguageChoice.ui(request)
        guard office.hasAccounts else {
            return signedOutPage(ui, Phrase.signIn.text(ui), status: .forbidden) { html in
                let phrase: PeoplePhrase = office.hasInvitations ? .noActiveAccountYet : .noAccountYet
                html.element("p", text: phrase.text(ui))
            }
        }
        var entry = request.cookies[Self.entryCookie] ?? ""
        var newCookie: SetCookie?
        if entry.isEmpty || entry.utf8.count > 64 || !entry.utf8.allSatisfy(SetCookie.isHexDigit) {
            entry = WebServices.newFormKey()
            newCookie = cookie(Self.entryCookie, entry, request)
        }
        var response = signedOutPage(ui, Phrase.signIn.text(ui), status: status) { html in
            if let error {
                html.element("div", [HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert")]) { html in
                    html.element(
                        "p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-password")], text: error)
                }
            }
            html.element("form", [HTMLAttribute("method", "post"), HTMLAttribute("action", "/admin/login")]) { html in
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_csrf"),
                        HTMLAttribute("value", services.signer.csrfToken(for: "entry:" + entry)),
                    ])
                html.element("div", [HTMLAttribute("class", "question")]) { html in
                    html.element("label", [HTMLAttribute("for", "email")], text: AccountPhrase.email.text(ui))
                    html.void(
                        "input",
                        [
                            // Text, not "email": the first admin signs in as "admin", which a browser would refuse.
                            HTMLAttribute("type", "text"), HTMLAttribute("inputmode", "email"),
                            HTMLAttribute("spellcheck", "false"), HTMLAttribute("autocapitalize", "none"),
                            HTMLAttribute("id", "email"), HTMLAttribute("name", "email"),
                            HTMLAttribute("autocomplete", "username"), HTMLAttribute("value", email),
                            HTMLAttribute("aria-describedby", error == nil ? nil : "e-password"),
                            HTMLAttribute("aria-invalid", error == nil ? nil : "true"),
                        ])
                }
                html.element("div", [HTMLAttribute("class", "question")]) { html in
                    html.element("label", [HTMLAttribute("for", "password")], text: Phrase.password.text(ui))
                    html.void(
                        "input",
                        [
                            HTMLAttribute("type", "password"), HTMLAttribute("id", "password"),
                            HTMLAttribute("name", "password"),
                            HTMLAttribute("autocomplete", "current-password"),
                            HTMLAttribute("aria-describedby", error == nil ? nil : "e-password"),
                            HTMLAttribute("aria-invalid", error == nil ? nil : "true"),
                        ])
                }
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                        text: Phrase.signIn.text(ui))
                }
            }
        }
        if let newCookie { response.setCookie(newCookie) }
        return response
    }

    private func login(_ request: HTTPRequest, _ responder: Responder) {
        let ui = LanguageChoice.ui(request)
        guard let form = try? request.formFields(), let entry = request.cookies[Self.entryCookie],
            services.signer.checkCSRF(form["_csrf"], session: "entry:" + entry)
        else {
            return responder.respond(signInPage(request, error: Phrase.sessionExpired.text(ui), status: .forbidden))
        }
        // Failures back off per client address and per account (see SignInThrottle); a waiting client is
        // answered 429 without a check, and a client that never failed is always checked.
        let email = form["email"] ?? ""
        let checking = office.signIn(email: email, password: form["password"] ?? "", client: request.clientKey) {
            outcome in
            switch outcome {
            case .signedIn(let session):
                var response = services.redirect(landing(session) ?? "/admin")
                response.setCookie(cookie(Self.sessionCookie, session, request))
                responder.respond(response)
            case .wrongCredentials:
                responder.respond(
                    signInPage(
                        request, error: AccountPhrase.wrongCredentials.text(ui), status: .unauthorized, email: email))
            case .throttled(let seconds):
                var response = signInPage(
                    request, error: Phrase.tooManyAttempts.text(ui), status: .tooManyRequests, email: email)
                response.headers.set("Retry-After", String(seconds))
                responder.respond(response)
            }
        }
        guard checking else {
            var busy = signInPage(request, error: Phrase.signInBusy.text(ui), status: .serviceUnavailable)
            busy.headers.set("Retry-After", "5")
            return responder.respond(busy)
        }
    }

    private func logout(_ request: HTTPRequest) -> HTTPResponse {
        if let session = request.officeIdentity?.session { office.signOut(session, client: request.clientKey) }
        var response = services.redirect("/admin")
        response.setCookie(cookie(Self.sessionCookie, "", request, maxAge: 0))
        return response
    }

    private func acceptInvitation(_ request: HTTPRequest, _ responder: Responder) {
        let ui = LanguageChoice.ui(request)
        let token = request.parameters["token"] ?? ""
        guard office.invitedAccount(token) != nil else { return responder.respond(setupLinkUsed(ui)) }
        guard let form = try? request.formFields(),
            services.signer.checkCSRF(form["_csrf"], session: "invite:" + token)
        else {
            return responder.respond(
                services.message(.formExpiredTitle, [Phrase.sessionExpired.text(ui)], ui: ui, status: .forbidden))
        }
        let password = form["password"] ?? ""
        guard password == form["repeat"] else {
            return responder.respond(invitation(request, error: Phrase.passwordsDiffer.text(ui)))
        }
        if let problem = PasswordPolicy.problem(with: password) {
            return responder.respond(invitation(request, error: Self.phrase(problem).text(ui)))
        }
        let admitted = office.acceptInvitation(token: token, password: password, client: request.clientKey) {
            result in
            switch result {
            case .success(let session):
                // The overview has no language of its own to fall back on, so the invitation page's goes along.
                let query = "?\(Self.passwordSetQuery)&lang=\(ui.rawValue)"
                var response = services.redirect(
                    landing(session).map { $0 + "?lang=\(ui.rawValue)" } ?? "/admin" + query)
                response.setCookie(cookie(Self.sessionCookie, session, request))
                responder.respond(response)
            case .failure(.passwordRefused(let problem)):
                responder.respond(invitation(request, error: Self.phrase(problem).text(ui)))
            case .failure(.invitationInvalid): responder.respond(setupLinkUsed(ui))
            case .failure: responder.respond(invitation(request, error: Phrase.serverError.text(ui)))
            }
        }
        guard admitted else {
            var busy = invitation(request, error: Phrase.signInBusy.text(ui))
            busy.status = .serviceUnavailable
            busy.headers.set("Retry-After", "5")
            return responder.respond(busy)
        }
    }

    /// The invitation link's page, where an invited person (or the first admin) sets a password.
    private func invitation(_ request: HTTPRequest, error: String?) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let token = request.parameters["token"] ?? ""
        guard let invited = office.invitedAccount(token) else { return setupLinkUsed(ui) }
        return signedOutPage(ui, Phrase.setupTitle.text(ui), status: error == nil ? .ok : .unprocessableContent) {
            html in
            html.element("p", text: AccountPhrase.invitationIntro(name: invited.name, email: invited.email).text(ui))
            if let error {
                html.element("div", [HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert")]) { html in
                    html.element(
                        "p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-password")], text: error)
                }
            }
            html.element(
                "form",
                [
                    HTMLAttribute("method", "post"),
                    HTMLAttribute("action", "/admin/invite/\(token)?lang=\(ui.rawValue)"),
                ]
            ) {
                html in
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_csrf"),
                        HTMLAttribute("value", services.signer.csrfToken(for: "invite:" + token)),
                    ])
                for (name, label, id) in [
                    ("password", Phrase.password, "password"), ("repeat", Phrase.passwordRepeat, "repeat"),
                ] {
                    html.element("div", [HTMLAttribute("class", "question")]) { html in
                        html.element("label", [HTMLAttribute("for", id)], text: label.text(ui))
                        html.void(
                            "input",
                            [
                                HTMLAttribute("type", "password"), HTMLAttribute("id", id), HTMLAttribute("name", name),
                                HTMLAttribute("autocomplete", "new-password"),
                                HTMLAttribute("minlength", String(PasswordPolicy.minimumLength)),
                                HTMLAttribute("aria-describedby", error == nil ? nil : "e-password"),
                            ])
                    }
                }
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                        text: Phrase.setupTitle.text(ui))
                }
            }
        }
    }

    /// The query item the overview shows the "password saved" notice for, once, after the setup link.
    static let passwordSetQuery = "password-set=1"

    /// An invitation link that is used, expired, replaced by a reset or never existed says so (410 Gone).
    ///
    /// Only hashes of the tokens are stored, so the page cannot tell these apart, and need not.
    private func setupLinkUsed(_ ui: UILanguage) -> HTTPResponse {
        signedOutPage(ui, SetupPhrase.linkUsedTitle.text(ui), status: .gone) { html in
            html.element("p", text: SetupPhrase.linkUsed.text(ui))
            html.element("p") { html in
                html.element("a", [HTMLAttribute("href", "/admin")], text: Phrase.signIn.text(ui))
            }
        }
    }

    /// How the sign-up form names a problem with the chosen password.
    private static func phrase(_ problem: PasswordPolicy.Problem) -> Phrase {
        switch problem {
        case .tooShort: .passwordTooShort
        case .blank: .passwordBlank
        case .easyToGuess: .passwordEasyToGuess
        }
    }
}
