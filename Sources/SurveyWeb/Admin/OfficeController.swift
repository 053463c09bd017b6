import CSVCodec
import Foundation
import HTTPServer
import Markup
import StrictJSON
import SurveyModel
import SurveyStore

/// The office area: sign-in, overview, participants, responses, voiding and preview.
struct OfficeController: Sendable {
    let services: WebServices
    let office: OfficeAccess
    /// The live evaluations of the report pages.
    let reports: LiveReports

    static let sessionCookie = "office"
    static let entryCookie = "office-entry"

    func register(on router: inout Router) {
        router.get("/admin") { request in Interruption.answer { try overview(request) } }
        router.post("/admin/login", bodyLimit: 4096) { request, responder in login(request, responder) }
        router.post("/admin/logout", bodyLimit: 4096) { request in Interruption.answer { try logout(request) } }
        router.get("/admin/invite/:token") { request in invitation(request, error: nil) }
        router.post("/admin/invite/:token", bodyLimit: 4096) { request, responder in
            acceptInvitation(request, responder)
        }
        router.get("/admin/s/:survey") { request in Interruption.answer { try survey(request) } }
        router.get("/admin/s/:survey/report") { request in Interruption.answer { try report(request) } }
        router.get("/admin/s/:survey/report/:chart") { request in Interruption.answer { try chart(request) } }
        router.get("/admin/s/:survey/participants") { request in Interruption.answer { try participantsPage(request) } }
        router.post("/admin/s/:survey/participants/upload", bodyLimit: Self.participantsUploadBodyLimit) { request in
            Interruption.answer { try uploadParticipants(request) }
        }
        router.post("/admin/s/:survey/participants/add", bodyLimit: 16 * 1024) { request in
            Interruption.answer { try addParticipant(request) }
        }
        router.post("/admin/s/:survey/participants/p/:participant/reissue", bodyLimit: 4096) { request in
            Interruption.answer { try reissueParticipant(request) }
        }
        router.post("/admin/s/:survey/participants/invitations.csv", bodyLimit: 1 << 20) { request in
            Interruption.answer { try invitationsCSV(request) }
        }
        router.get("/admin/s/:survey/pending.csv") { request in Interruption.answer { try pendingCSV(request) } }
        router.get("/admin/s/:survey/r/:response") { request in Interruption.answer { try response(request) } }
        router.post("/admin/s/:survey/r/:response/void", bodyLimit: 16 * 1024) { request, responder in
            Interruption.answer(responder) { try void(request, responder) }
        }
        router.post("/admin/s/:survey/r/:response/end-sessions", bodyLimit: 4096) { request in
            Interruption.answer { try endSessions(request) }
        }
        router.post("/admin/s/:survey/test-data/wipe", bodyLimit: 4096) { request in
            Interruption.answer { try wipeTestData(request) }
        }
        router.get("/admin/s/:survey/preview/:page") { request in
            Interruption.answer { try preview(request, form: nil) }
        }
        router.post("/admin/s/:survey/preview/:page", bodyLimit: RespondentController.bodyLimit) { request in
            Interruption.answer { try preview(request, form: try? request.formFields()) }
        }
    }

    // MARK: Sessions

    private func page(
        _ ui: UILanguage, _ title: String, csrf: String?, status: HTTPStatus = .ok, main: (inout HTMLBuilder) -> Void
    )
        -> HTTPResponse
    {
        services.page(OfficePage(ui: ui, title: title, csrf: csrf).render(main: main), status: status)
    }

    /// The session id of a signed-in request, or the sign-in page.
    func signedIn(_ request: HTTPRequest) throws(Interruption) -> String {
        let session = request.cookies[Self.sessionCookie]
        if let session, office.isSignedIn(session) { return session }
        throw .respond(signInPage(request, error: nil, status: .unauthorized))
    }

    /// The checked form of a signed-in request; a missing or wrong anti-forgery token ends it.
    func checkedForm(_ request: HTTPRequest, session: String) throws(Interruption) -> URLEncodedForm {
        guard let form = try? request.formFields(),
            services.signer.checkCSRF(form["_csrf"], session: "office:" + session)
        else { throw formExpired(LanguageChoice.ui(request)) }
        return form
    }

    /// The answer to a form whose anti-forgery token is missing or wrong.
    func formExpired(_ ui: UILanguage) -> Interruption {
        .respond(
            services.message(
                .formExpiredTitle, [Phrase.sessionExpired.text(ui)], ui: ui, status: .forbidden,
                link: (href: "/admin", text: Phrase.adminTitle.text(ui))))
    }

    func csrf(_ session: String) -> String { services.signer.csrfToken(for: "office:" + session) }

    private func cookie(_ name: String, _ value: String, _ request: HTTPRequest, maxAge: Int? = nil) -> SetCookie {
        SetCookie(
            name: name, value: value, path: "/admin", maxAge: maxAge, secure: services.isSecure(request),
            sameSite: .strict)
    }

    private func signInPage(_ request: HTTPRequest, error: String?, status: HTTPStatus, email: String = "")
        -> HTTPResponse
    {
        let ui = LanguageChoice.ui(request)
        guard office.hasAccounts else {
            return page(ui, Phrase.signIn.text(ui), csrf: nil, status: .forbidden) { html in
                html.element(
                    "p",
                    text: ui == .de
                        ? "Es gibt noch kein Konto. Öffnen Sie den Einladungslink, den „survey serve“ beim Start ausgibt, oder legen Sie eines mit „survey users add“ an."
                        : "There is no account yet. Open the invitation link that “survey serve” prints when it starts, or add one with “survey users add”."
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
                var response = services.redirect("/admin")
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

    private func logout(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let session = try signedIn(request)
        _ = try checkedForm(request, session: session)
        office.signOut(session, client: request.clientKey)
        var response = services.redirect("/admin")
        response.setCookie(cookie(Self.sessionCookie, "", request, maxAge: 0))
        return response
    }

    /// Sets the password through an invitation link; the hashing runs on the office's sign-in queue.
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
                var response = services.redirect("/admin?\(Self.passwordSetQuery)&lang=\(ui.rawValue)")
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
        return page(ui, Phrase.setupTitle.text(ui), csrf: nil, status: error == nil ? .ok : .unprocessableContent) {
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

    // MARK: Overview and survey

    func entry(_ request: HTTPRequest) throws(Interruption) -> SurveyEntry {
        let ui = LanguageChoice.ui(request)
        guard let id = request.parameters["survey"], let entry = services.catalog.entry(id) else {
            throw .respond(
                services.message(
                    .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                    link: (href: "/admin", text: Phrase.overview.text(ui))))
        }
        return entry
    }

    private func statusText(_ entry: SurveyEntry, ui: UILanguage) -> String {
        switch entry.schedule(at: services.now()) {
        case .open: Phrase.statusOpen.text(ui)
        case .notYetOpen: Phrase.statusNotYetOpen.text(ui)
        case .closed: Phrase.statusClosed.text(ui)
        }
    }

    private func overview(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let session = try signedIn(request)
        let ui = LanguageChoice.ui(request)
        let entries = services.catalog.entries
        let rows = entries.map { entry -> [TableCell] in
            let counts = ResponseCounts(entry: entry, invitees: services.invitees, language: ui)
            return [
                TableCell(entry.survey.title.text(in: ui.rawValue), href: "/admin/s/\(entry.survey.id)"),
                TableCell(statusText(entry, ui: ui)), TableCell(String(counts.invited)),
                TableCell(String(counts.started)),
                TableCell(counts.submittedText(ui)), TableCell(counts.rateText),
            ]
        }
        let failures = services.catalog.failures
        let passwordSet = (try? request.queryItems())?["password-set"] == "1"
        return page(ui, Phrase.surveys.text(ui), csrf: csrf(session)) { html in
            if passwordSet {
                html.element(
                    "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                    text: SetupPhrase.passwordSaved.text(ui))
            }
            OfficePage.table(
                [
                    Phrase.surveys.text(ui), Phrase.status.text(ui), Phrase.invited.text(ui), Phrase.drafts.text(ui),
                    Phrase.submitted.text(ui), Phrase.responseRate.text(ui),
                ],
                rows, into: &html)
            for entry in entries where entry.log.isDraftBudgetExhausted {
                html.element(
                    "p", [HTMLAttribute("class", "error"), HTMLAttribute("role", "status")],
                    text: Phrase.draftBudgetExhausted(survey: entry.survey.title.text(in: ui.rawValue)).text(ui))
            }
            for (file, diagnostics) in failures.sorted(by: { $0.key < $1.key }) {
                html.element("h2", text: "\(Phrase.diagnostics.text(ui)): \(file)")
                html.element(
                    "pre", [HTMLAttribute("class", "diagnostics")],
                    text: diagnostics.map { $0.rendered(in: ui.diagnosticLanguage) }.joined(separator: "\n"))
            }
        }
    }

    private func survey(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let session = try signedIn(request)
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let survey = entry.survey
        let view = entry.log.view
        let counts = ResponseCounts(entry: entry, invitees: services.invitees, language: ui)
        let base = "/admin/s/\(survey.id)"
        let voided = (try? request.queryItems())?["voided"] == "1"
        return page(ui, survey.title.text(in: ui.rawValue), csrf: csrf(session)) { html in
            if voided {
                html.element(
                    "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                    text: Phrase.voidDone.text(ui))
            }
            html.element(
                "p",
                text:
                    "\(Phrase.status.text(ui)): \(statusText(entry, ui: ui)) · \(counts.line(ui))"
            )
            html.element("ul") { html in
                if let first = survey.pages.first {
                    html.element("li") { html in
                        html.element(
                            "a", [HTMLAttribute("href", "\(base)/preview/\(first.id)")], text: Phrase.preview.text(ui))
                    }
                }
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "/s/\(survey.id)/print")],
                        text: Phrase.printableQuestionnaire.text(ui))
                }
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "\(base)/participants")], text: ParticipantsPhrase.manage.text(ui))
                }
                html.element("li") { html in
                    html.element("a", [HTMLAttribute("href", "\(base)/pending.csv")], text: Phrase.pendingCSV.text(ui))
                }
                html.element("li") { html in
                    html.element("a", [HTMLAttribute("href", "\(base)/report")], text: Phrase.evaluation.text(ui))
                }
                for field in survey.participantFields where !field.options.isEmpty {
                    html.element("li") { html in
                        html.element(
                            "a", [HTMLAttribute("href", "\(base)/report?by=\(field.id)")],
                            text: Phrase.evaluationBy(field.label.text(in: ui.rawValue)).text(ui))
                    }
                }
            }
            testDataSection(entry, query: try? request.queryItems(), ui: ui, csrf: csrf(session), into: &html)
            if !entry.brokenEdit.isEmpty {
                html.element("h2", text: Phrase.diagnostics.text(ui))
                html.element("p", [HTMLAttribute("class", "error")], text: Phrase.loadedVersionKept.text(ui))
                html.element(
                    "pre", [HTMLAttribute("class", "diagnostics")],
                    text: entry.brokenEdit.map { $0.rendered(in: ui.diagnosticLanguage) }.joined(separator: "\n"))
            }
            let warnings = entry.warnings.map { $0.rendered(in: ui.diagnosticLanguage) } + entry.orphanWarnings
            if !warnings.isEmpty {
                html.element("h2", text: Phrase.warnings.text(ui))
                html.element("pre", [HTMLAttribute("class", "diagnostics")], text: warnings.joined(separator: "\n"))
            }
            html.element("h2", [HTMLAttribute("id", "participants")], text: Phrase.participants.text(ui))
            let invitees = services.invitees.invitees(of: survey.id)
            if invitees.isEmpty {
                html.element("p", text: Phrase.noParticipants.text(ui))
            } else {
                let rows = invitees.map { invitee -> [TableCell] in
                    let responseID = services.responseID(surveyID: survey.id, participantID: invitee.id)
                    let status = ResponseProgress(responseID: responseID, view: view)
                    return [
                        TableCell(invitee.label), TableCell(invitee.id), TableCell(status.text(ui)),
                        TableCell(
                            status.lastActivity.map {
                                ReceiptFormat.time(ReceiptFormat.date($0), timeZone: survey.timeZone, ui: ui)
                            } ?? "–"),
                    ]
                }
                OfficePage.table(
                    [Phrase.participant.text(ui), "ID", Phrase.status.text(ui), Phrase.lastActivity.text(ui)], rows,
                    into: &html)
            }
            html.element("h2", text: Phrase.responses.text(ui))
            let submitted = view.submitted.values.sorted { $0.time > $1.time }
            if submitted.isEmpty {
                html.element("p", text: Phrase.noResponses.text(ui))
            } else {
                let rows = submitted.map { record -> [TableCell] in
                    let label =
                        record.participantID.flatMap { services.invitees.invitee(surveyID: survey.id, id: $0)?.label }
                        ?? "–"
                    return [
                        TableCell(
                            ReceiptFormat.responseNumber(record.responseID), href: "\(base)/r/\(record.responseID)"),
                        TableCell(label), TableCell(String(record.revision)),
                        TableCell(
                            ReceiptFormat.time(ReceiptFormat.date(record.time), timeZone: survey.timeZone, ui: ui)),
                    ]
                }
                OfficePage.table(
                    [
                        Phrase.response.text(ui), Phrase.participant.text(ui), Phrase.revision.text(ui),
                        Phrase.time.text(ui),
                    ], rows, into: &html)
            }
        }
    }

    /// The live report of a signed-in request as its query chooses, or the page saying why it cannot be made.
    private func liveReport(_ request: HTTPRequest) throws(Interruption) -> OfficeReport {
        let session = try signedIn(request)
        let entry = try entry(request)
        let choice = ReportChoice(
            survey: entry.survey, ui: LanguageChoice.ui(request), query: try? request.queryItems())
        let language = LanguageChoice.language(request, survey: entry.survey)
        let now = services.now()
        if choice.problem != nil {
            throw .respond(OfficeReport.problemPage(choice, services: services, csrf: csrf(session)))
        }
        if choice.testData { return try testDataReport(entry, choice: choice, language: language, session: session) }
        do {
            let result = try OfficeReport.result(
                entry: entry, invitees: services.invitees, reports: reports, language: language, filter: choice.filter,
                by: choice.by, now: now)
            let counts = ResponseCounts(entry: entry, invitees: services.invitees, language: UILanguage(code: language))
            return OfficeReport(
                result: result, participation: counts.participation, choice: choice, language: language, now: now)
        } catch {
            throw .respond(OfficeReport.problemPage(choice.failing(error), services: services, csrf: csrf(session)))
        }
    }

    private func report(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        try liveReport(request).page
    }

    /// One chart of the live report as an SVG file to download.
    private func chart(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let report = try liveReport(request)
        guard let file = report.chartFile(named: request.parameters["chart"] ?? "") else {
            let ui = report.choice.ui
            return services.message(
                .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                link: (href: "/admin/s/\(report.choice.survey.id)/report", text: Phrase.evaluation.text(ui)))
        }
        return file
    }

    private func pendingCSV(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let session = try signedIn(request)
        let entry = try entry(request)
        audit(.download, request, session: session, object: entry.survey.id + "/pending.csv")
        let ui = LanguageChoice.ui(request)
        let view = entry.log.view
        var rows: [[CSVCell]] = []
        for invitee in services.invitees.invitees(of: entry.survey.id) {
            let status = ResponseProgress(
                responseID: services.responseID(surveyID: entry.survey.id, participantID: invitee.id), view: view)
            guard !status.isSubmitted else { continue }
            rows.append([invitee.id, invitee.label, invitee.email ?? "", status.text(ui)].map(CSVCell.text))
        }
        var response = HTTPResponse(
            status: .ok,
            headers: [
                "Content-Type": "text/csv; charset=utf-8",
                "Content-Disposition": "attachment; filename=\"\(entry.survey.id)-pending.csv\"",
            ],
            body: CSVWriter.excel.write(header: ["id", "label", "email", "status"], rows: rows))
        SecurityHeaders.apply(to: &response)
        return response
    }

    // MARK: One response

    private func response(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let session = try signedIn(request)
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let survey = entry.survey
        let responseID = request.parameters["response"] ?? ""
        let history = ResponseHistory.records(of: responseID, in: entry.log)
        guard !history.isEmpty else {
            return services.message(
                .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                link: (href: "/admin/s/\(survey.id)", text: Phrase.backToSurvey.text(ui)))
        }
        let view = entry.log.view
        let context = RenderContext(survey: survey, language: ui.rawValue)
        let values: FormValues
        if let json = view.submitted[responseID]?.answers {
            values =
                (try? Answers(json: json, in: survey)).map {
                    FormValues(answers: $0, survey: survey, language: context.language)
                } ?? FormValues(draft: json, language: context.language)
        } else if let draft = try? entry.log.draftAnswers(of: responseID) {
            values = FormValues(draft: draft, language: context.language)
        } else {
            values = FormValues()
        }
        let invitee = invitee(answering: responseID, in: survey.id)
        let number = Phrase.answersOf(ReceiptFormat.responseNumber(responseID)).text(ui)
        let title = invitee.map { "\(number) – \($0.label)" } ?? number
        let base = "/admin/s/\(survey.id)"
        let ended = (try? request.queryItems())?["ended"] == "1"
        return page(ui, title, csrf: csrf(session)) { html in
            html.element("p") { html in
                html.element("a", [HTMLAttribute("href", base)], text: Phrase.backToSurvey.text(ui))
            }
            if view.voided[responseID] != nil {
                html.element("p", [HTMLAttribute("class", "notice")], text: Phrase.voided.text(ui))
            }
            if ended {
                html.element(
                    "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                    text: Phrase.sessionsEnded.text(ui))
            }
            ParticipantLine(invitee: invitee, surveyID: survey.id, ui: ui).render(into: &html)
            html.element("h2", text: Phrase.revisionHistory.text(ui))
            let rows = RevisionHistoryRow.rows(of: history)
            // The reason column only where a response was voided; otherwise it is empty on every row.
            let hasReasons = rows.contains { !$0.reason.isEmpty }
            OfficePage.table(
                [Phrase.revision.text(ui), Phrase.kind.text(ui), Phrase.time.text(ui)]
                    + (hasReasons ? [Phrase.voidReason.text(ui)] : []),
                rows.map { row in
                    [
                        TableCell(row.revisions), TableCell(row.kindText(ui)),
                        TableCell(row.timeText(timeZone: survey.timeZone, ui: ui)),
                    ] + (hasReasons ? [TableCell(row.reason)] : [])
                }, into: &html)
            html.element("h2", text: Phrase.yourAnswers.text(ui))
            AnswerList(context: context, pages: survey.pages.map { ($0, $0.questions) }, values: values, changeURL: nil)
                .render(into: &html)
            if invitee != nil {
                html.element("h2", text: Phrase.endSessions.text(ui))
                HiddenFields.postForm(to: "\(base)/r/\(responseID)/end-sessions", csrf: csrf(session), into: &html) {
                    html in
                    html.element("p", text: Phrase.endSessionsHelp.text(ui))
                    html.element("div", [HTMLAttribute("class", "actions")]) { html in
                        html.element("button", [HTMLAttribute("type", "submit")], text: Phrase.endSessions.text(ui))
                    }
                }
            }
            if view.submitted[responseID] != nil {
                html.element("h2", text: Phrase.voidResponse.text(ui))
                HiddenFields.postForm(to: "\(base)/r/\(responseID)/void", csrf: csrf(session), into: &html) { html in
                    html.element("div", [HTMLAttribute("class", "question")]) { html in
                        html.element("label", [HTMLAttribute("for", "reason")], text: Phrase.voidReason.text(ui))
                        html.element(
                            "textarea",
                            [
                                HTMLAttribute("id", "reason"), HTMLAttribute("name", "reason"),
                                HTMLAttribute("rows", "3"), HTMLAttribute("maxlength", "1000"),
                            ], text: "")
                    }
                    html.element("div", [HTMLAttribute("class", "actions")]) { html in
                        html.element("button", [HTMLAttribute("type", "submit")], text: Phrase.voidResponse.text(ui))
                    }
                }
            }
        }
    }

    private func void(_ request: HTTPRequest, _ responder: Responder) throws(Interruption) {
        let session = try signedIn(request)
        let entry = try entry(request)
        let form = try checkedForm(request, session: session)
        let responseID = request.parameters["response"] ?? ""
        let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let base = "/admin/s/\(entry.survey.id)"
        let ui = LanguageChoice.ui(request)
        guard !reason.isEmpty, reason.count <= 1000, entry.log.view.submitted[responseID] != nil else {
            return responder.respond(services.redirect("\(base)/r/\(responseID)"))
        }
        let formKey = form["_form"].flatMap { $0.utf8.count <= 64 ? $0 : nil } ?? WebServices.newFormKey()
        let client = request.clientKey
        let request = AppendRequest(
            .void(reason: reason), responseID: responseID, definitionVersion: entry.version,
            idempotencyKey: services.idempotencyKey(responseID: responseID, formKey: "void-" + formKey))
        entry.log.append(request) { result in
            switch result {
            case .success:
                office.record(
                    .responseVoided, session: session, client: client, object: entry.survey.id + "/" + responseID)
                // The school's open grants end with the void, so a browser still holding one cannot
                // submit again unnoticed; its personal link still works if the office asks for a new answer.
                if let invitee = invitee(answering: responseID, in: entry.survey.id) {
                    guard endSessions(of: invitee, in: entry) else {
                        return responder.respond(sessionsNotEnded(ui: ui, base: base))
                    }
                }
                responder.respond(services.redirect("\(base)?voided=1"))
            case .failure: responder.respond(services.redirect("\(base)/r/\(responseID)"))
            }
        }
    }

    /// Ends the sessions of the participant who answers a response, on the office's request.
    private func endSessions(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let session = try signedIn(request)
        let entry = try entry(request)
        _ = try checkedForm(request, session: session)
        let responseID = request.parameters["response"] ?? ""
        let base = "/admin/s/\(entry.survey.id)"
        guard let invitee = invitee(answering: responseID, in: entry.survey.id) else {
            return services.redirect("\(base)/r/\(responseID)")
        }
        guard endSessions(of: invitee, in: entry) else {
            return sessionsNotEnded(ui: LanguageChoice.ui(request), base: base)
        }
        return services.redirect("\(base)/r/\(responseID)?ended=1")
    }

    /// Raises the participant's session generation and tells the directory at once; false if it cannot be stored.
    private func endSessions(of invitee: Invitee, in entry: SurveyEntry) -> Bool {
        guard (try? entry.participants.endSessions(id: invitee.id)) != nil else { return false }
        _ = services.refreshInvitees()
        return true
    }

    /// The invited participant whose response id is `responseID`; nil for a public respondent.
    ///
    /// Found by deriving each participant's response id, as anonymous surveys store no participant with a record.
    private func invitee(answering responseID: String, in surveyID: String) -> Invitee? {
        services.invitees.invitees(of: surveyID).first {
            services.responseID(surveyID: surveyID, participantID: $0.id) == responseID
        }
    }

    private func sessionsNotEnded(ui: UILanguage, base: String) -> HTTPResponse {
        services.message(
            .errorTitle, [Phrase.sessionsNotEnded.text(ui)], ui: ui, status: .internalServerError,
            link: (href: base, text: Phrase.backToSurvey.text(ui)))
    }

    // MARK: Preview

    /// Any page as a participant would see it; what is entered is checked but never stored.
    private func preview(_ request: HTTPRequest, form: URLEncodedForm?) throws(Interruption) -> HTTPResponse {
        let session = try signedIn(request)
        let entry = try entry(request)
        let survey = entry.survey
        let language = LanguageChoice.language(request, survey: survey)
        let context = RenderContext(survey: survey, language: language)
        guard let index = survey.pages.firstIndex(where: { $0.id == request.parameters["page"] }) else {
            return services.message(
                .notFoundTitle, [Phrase.notFound.text(context.ui)], ui: context.ui, status: .notFound)
        }
        let page = survey.pages[index]
        var values = FormValues()
        var errors: [String: [String]] = [:]
        if let form {
            guard services.signer.checkCSRF(form["_csrf"], session: "office:" + session) else {
                throw .respond(
                    services.message(
                        .formExpiredTitle, [Phrase.sessionExpired.text(context.ui)], ui: context.ui, status: .forbidden)
                )
            }
            values = FormValues(form: form, questions: page.questions)
            let parsed = values.parsedAnswers(for: page.questions, language: language)
            for (id, error) in parsed.errors { errors[id] = [error.message(in: language)] }
            let today = survey.today(at: services.now())
            for issue in survey.validate(parsed.answers, participant: [:], today: today, pages: [page.id])
            where errors[issue.questionID] == nil {
                errors[issue.questionID] = [issue.message(in: language)]
            }
        }
        let base = "/admin/s/\(survey.id)/preview"
        let presence = Dictionary(
            page.questions.map { ($0.id, $0.visibleIf == nil ? QuestionPresence.shown : .conditional) },
            uniquingKeysWith: { first, _ in first })
        let links = survey.languages.map {
            PageLayout.LanguageLink(code: $0, name: PageLayout.nativeName(of: $0), href: "\(request.path)?lang=\($0)")
        }
        let formPage = FormPage(
            context: context, page: page, position: index + 1, pageCount: survey.pages.count, values: values,
            errors: errors,
            presence: presence, hidden: HiddenFields(csrf: csrf(session), formKey: WebServices.newFormKey()),
            action: "\(base)/\(page.id)",
            visibilityURL: nil, notice: context.phrase(.previewNotice), layoutLinks: links,
            isLast: index == survey.pages.count - 1)
        var previewNav = HTMLBuilder(capacity: 1024)
        previewNav.element(
            "nav", [HTMLAttribute("aria-label", Phrase.preview.text(context.ui)), HTMLAttribute("class", "admin")]
        ) { html in
            html.element("ul") { html in
                for (number, other) in survey.pages.enumerated() {
                    html.element("li") { html in
                        html.element(
                            "a",
                            [
                                HTMLAttribute("href", "\(base)/\(other.id)"),
                                HTMLAttribute("aria-current", other.id == page.id ? "page" : nil),
                            ], text: "\(number + 1). \(context.text(other.title))")
                    }
                }
            }
        }
        var body = formPage.render()
        if let marker = body.firstRange(of: Array("<main id=\"main\" tabindex=\"-1\">".utf8)) {
            body.insert(contentsOf: previewNav.bytes, at: marker.upperBound)
        }
        return services.page(body, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
