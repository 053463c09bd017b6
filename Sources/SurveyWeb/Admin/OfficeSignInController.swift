import HTTPServer
import Markup

/// Signing in and out of the office area, and the one-time setup link that sets the first password.
struct OfficeSignInController: OfficeController {
    let area: OfficeArea

    static let sessionCookie = OfficeAccess.sessionCookie
    static let entryCookie = "office-entry"

    var office: OfficeAccess { area.access }

    func register(on admin: inout RouteGroup) {
        admin.publicGroup { open in
            open.post("/login", bodyLimit: 4096) { request, responder in login(request, responder) }
            open.get("/setup/:token") { request in Interruption.answer { try setup(request, form: nil) } }
            open.post("/setup/:token", bodyLimit: 4096) { request in
                Interruption.answer { try setup(request, form: try? request.formFields()) }
            }
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

    func signInPage(_ request: HTTPRequest, error: String?, status: HTTPStatus) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        guard office.hasPassword else {
            return page(ui, Phrase.setupTitle.text(ui), csrf: nil, status: .forbidden) { html in
                html.element(
                    "p",
                    text: ui == .de
                        ? "Es ist noch kein Passwort festgelegt. Öffnen Sie den Einrichtungslink, den „survey serve“ beim Start ausgibt, oder legen Sie es mit „survey admin set-password“ fest."
                        : "No password has been set yet. Open the setup link that “survey serve” prints when it starts, or set one with “survey admin set-password”."
                )
            }
        }
        var entry = request.cookies[Self.entryCookie] ?? ""
        var newCookie: SetCookie?
        if entry.isEmpty || entry.utf8.count > 64 || !entry.utf8.allSatisfy(SetCookie.isHexDigit) {
            entry = WebServices.newFormKey()
            newCookie = cookie(Self.entryCookie, entry, request)
        }
        var response = page(ui, Phrase.signIn.text(ui), csrf: nil, status: status) { html in
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
        // The password is checked first, so the right one is never refused because of others' failures;
        // only a wrong one counts, per client address and for the account, and is answered 429 beyond the limit.
        let checking = office.signIn(
            password: form["password"] ?? "", client: request.clientKey, now: services.now()
        ) { session in
            guard let session else {
                let byAddress = office.limiter.attempt(from: "address:" + request.clientKey)
                let byAccount = office.limiter.attempt(from: "account:office")
                guard byAddress && byAccount else {
                    return responder.respond(
                        signInPage(request, error: Phrase.tooManyAttempts.text(ui), status: .tooManyRequests))
                }
                return responder.respond(
                    signInPage(request, error: Phrase.wrongPassword.text(ui), status: .unauthorized))
            }
            var response = services.redirect("/admin")
            response.setCookie(cookie(Self.sessionCookie, session, request))
            responder.respond(response)
        }
        guard checking else {
            var busy = signInPage(request, error: Phrase.signInBusy.text(ui), status: .serviceUnavailable)
            busy.headers.set("Retry-After", "5")
            return responder.respond(busy)
        }
    }

    private func logout(_ request: HTTPRequest) -> HTTPResponse {
        if let session = request.officeIdentity?.session { office.signOut(session) }
        var response = services.redirect("/admin")
        response.setCookie(cookie(Self.sessionCookie, "", request, maxAge: 0))
        return response
    }

    private func setup(_ request: HTTPRequest, form: URLEncodedForm?) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let token = request.parameters["token"] ?? ""
        guard office.isSetupToken(token) else {
            guard office.hasPassword else {
                return services.message(
                    .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                    link: (href: "/admin", text: Phrase.adminTitle.text(ui)))
            }
            return setupLinkUsed(ui)
        }
        var error: String?
        if let form {
            guard services.signer.checkCSRF(form["_csrf"], session: "setup:" + token) else {
                throw .respond(
                    services.message(.formExpiredTitle, [Phrase.sessionExpired.text(ui)], ui: ui, status: .forbidden))
            }
            let password = form["password"] ?? ""
            if password != form["repeat"] {
                error = Phrase.passwordsDiffer.text(ui)
            } else {
                do throws(OfficePasswordError) {
                    let session = try office.completeSetup(password: password, now: services.now())
                    // The overview has no language of its own to fall back on, so the setup page's goes along.
                    var response = services.redirect("/admin?\(Self.passwordSetQuery)&lang=\(ui.rawValue)")
                    response.setCookie(cookie(Self.sessionCookie, session, request))
                    return response
                } catch let failure {
                    switch failure {
                    case .refused(let problem): error = Self.phrase(problem).text(ui)
                    case .unwritable: error = Phrase.serverError.text(ui)
                    }
                }
            }
        }
        return page(ui, Phrase.setupTitle.text(ui), csrf: nil, status: error == nil ? .ok : .unprocessableContent) {
            html in
            html.element("p", text: Phrase.setupIntro.text(ui))
            if let error {
                html.element("div", [HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert")]) { html in
                    html.element(
                        "p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-password")], text: error)
                }
            }
            html.element(
                "form",
                [HTMLAttribute("method", "post"), HTMLAttribute("action", "/admin/setup/\(token)?lang=\(ui.rawValue)")]
            ) {
                html in
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_csrf"),
                        HTMLAttribute("value", services.signer.csrfToken(for: "setup:" + token)),
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

    /// A setup link opened after a password was set: it has been used, so it says so (410 Gone).
    ///
    /// Once a password exists, every setup link is spent, whether this one set
    /// it or `survey admin set-password` did; no token needs to be remembered.
    private func setupLinkUsed(_ ui: UILanguage) -> HTTPResponse {
        page(ui, SetupPhrase.linkUsedTitle.text(ui), csrf: nil, status: .gone) { html in
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
