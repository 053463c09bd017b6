import CryptoPrimitives
import HTTPServer
import SurveyStore

/// Entry with a personal link (`/t/<token>`) or a typed access code (`/t`).
///
/// The token leaves the address bar at once: it is exchanged for a signed
/// cookie and the browser is redirected to the survey's clean address, so it
/// stays out of history, `Referer` headers and shared screenshots.
struct AccessController: Sendable {
    let services: WebServices
    let grants: GrantCheck

    /// The cookie that carries the anti-forgery token of the code-entry form.
    static let entryCookie = "entry"

    func register(on router: inout some RouteRegistering) {
        router.get("/t/:token") { request in enter(request, code: request.parameters["token"] ?? "", typed: false) }
        router.get("/t") { request in codeEntry(request, error: nil, typed: "") }
        router.post("/t", bodyLimit: 4096) { request in
            let ui = LanguageChoice.ui(request)
            guard let form = try? request.formFields(), let session = request.cookies[Self.entryCookie],
                services.signer.checkCSRF(form["_csrf"], session: session)
            else {
                return services.message(
                    .formExpiredTitle, [Phrase.sessionExpired.text(ui)], ui: ui, status: .forbidden,
                    link: (href: "/t", text: Phrase.codeEntryTitle.text(ui)))
            }
            return enter(request, code: form["code"] ?? "", typed: true)
        }
    }

    /// Exchanges a token for a grant cookie, or answers with one neutral message.
    ///
    /// The code is checked first, so a correct one is never refused because of
    /// others' failures; only a wrong code counts, per client address and per
    /// its first symbols, and is answered 429 beyond the limit.
    private func enter(_ request: HTTPRequest, code: String, typed: Bool) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let token = AccessToken(typed: code)
        var invitee = token.flatMap { services.invitees.invitee(tokenHash: $0.hashHex) }
        if let token, invitee == nil, services.invitees.mayRereadForUnknownCode(now: services.now()) {
            _ = services.refreshInvitees()
            invitee = services.invitees.invitee(tokenHash: token.hashHex)
        }
        guard let invitee, let entry = services.catalog.entry(invitee.surveyID) else {
            let byAddress = services.codeLimiter.attempt(from: "address:" + request.clientKey)
            let byCode = services.codeLimiter.attempt(from: "code:" + Self.target(code))
            guard byAddress && byCode else {
                return codeEntry(request, error: Phrase.tooManyAttempts.text(ui), typed: "", status: .tooManyRequests)
            }
            // The typed text is not shown back: it may be a real code with one typo.
            return codeEntry(
                request, error: Phrase.codeInvalid.text(ui), typed: "",
                status: typed ? .unprocessableContent : .notFound)
        }
        // Noting the first opening is bookkeeping for the office; a failure must not lock the school out.
        try? entry.participants.recordOpened(id: invitee.id)
        let (_, cookie) = grants.issueGrant(
            entry, responseID: services.responseID(surveyID: invitee.surveyID, participantID: invitee.id),
            participant: (invitee.id, invitee.sessionGeneration), request: request)
        var response = services.redirect("/s/\(invitee.surveyID)")
        response.setCookie(cookie)
        if let language = rememberedLanguage(of: invitee, in: entry, request: request),
            let languageCookie = LanguageChoice.cookie(
                remembering: language, for: entry.survey, secure: services.isSecure(request))
        {
            response.setCookie(languageCookie)
        }
        return response
    }

    /// The language a personal link opens the survey in: the one the link asks for (`?lang=`), else the one the
    /// school chose last, in any browser; nil keeps the browser's own choice.
    private func rememberedLanguage(of invitee: Invitee, in entry: SurveyEntry, request: HTTPRequest) -> String? {
        if let asked = LanguageChoice(request).askedLanguage(of: entry.survey) {
            try? entry.participants.recordLanguage(id: invitee.id, language: asked)
            return asked
        }
        return (try? entry.participants.participant(id: invitee.id))?.flatMap(\.language)
    }

    /// What a wrong code is counted against besides the address: its first two symbols, so a scan
    /// through one part of the code space is slowed wherever it comes from. Anything that cannot
    /// start a code shares one target, which keeps the number of targets at 31 · 31 + 1.
    static func target(_ code: String) -> String {
        let prefix = code.uppercased().filter { $0 != "-" && !$0.isWhitespace }.prefix(2)
        guard prefix.count == 2, prefix.utf8.allSatisfy(AccessToken.alphabet.contains) else { return "other" }
        return String(prefix)
    }

    private func codeEntry(_ request: HTTPRequest, error: String?, typed: String, status: HTTPStatus = .ok)
        -> HTTPResponse
    {
        let ui = LanguageChoice.ui(request)
        var session = request.cookies[Self.entryCookie] ?? ""
        var cookie: SetCookie?
        if session.isEmpty || session.utf8.count > 64 || !session.utf8.allSatisfy(SetCookie.isHexDigit) {
            session = WebServices.newFormKey()
            cookie = SetCookie(
                name: Self.entryCookie, value: session, path: "/t", secure: services.isSecure(request),
                sameSite: .strict)
        }
        let page = CodeEntryPage(ui: ui, csrf: services.signer.csrfToken(for: session), error: error, typed: typed)
        var response = services.page(page.render(), status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }
}

extension SetCookie {
    /// Whether a byte is a lowercase hex digit, the alphabet of our random cookie values.
    static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
