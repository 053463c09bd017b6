import Foundation
import HTTPServer
import SurveyModel
import SurveyStore

/// Lets a respondent's request through to a survey's pages only with a valid grant cookie for
/// that survey, and hands the handler the ``Visit`` it found.
///
/// The grant is checked once here rather than at the top of every handler: its
/// signature, survey and expiry, the participant's session generation (the office
/// may have ended it), a voided public response, and the survey's access. A
/// route that declares ``createsGrant`` (a public survey's welcome page) hands
/// out a new grant instead of sending the respondent back.
struct GrantCheck: Middleware {
    let services: WebServices
    /// Grant cookies already verified, so each is checked with the key once, not on every request.
    let verified = VerifiedGrants()

    /// Route metadata: whether a public survey may begin a new response at this route.
    enum CreatesGrant: TypedValueKey {
        typealias Value = Bool
    }

    /// The metadata of a route that begins new responses of a public survey.
    static var createsGrant: TypedValues {
        var metadata = TypedValues()
        metadata[CreatesGrant.self] = true
        return metadata
    }

    func intercept(_ request: HTTPRequest, route: RouteDeclaration) -> MiddlewareOutcome {
        do {
            var request = request
            request.context[Visit.Key.self] = try visit(request, creating: route.metadata[CreatesGrant.self] ?? false)
            return .proceed(request)
        } catch {
            switch error {
            case .respond(let response): return .answer(response)
            }
        }
    }

    /// Finds the survey and the browser's grant for it, or the page to answer instead.
    ///
    /// - Parameter creating: a public survey hands out a new grant here (its welcome page).
    func visit(_ request: HTTPRequest, creating: Bool = false) throws(Interruption) -> Visit {
        let requestCookies = request.cookies
        let choice = LanguageChoice(request, cookies: requestCookies)
        let ui = choice.ui
        guard let id = request.parameters["survey"], let entry = services.catalog.entry(id) else {
            throw .respond(services.message(.notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound))
        }
        let survey = entry.survey
        var cookies: [SetCookie] = []
        let session = requestCookies[Grant.cookieName(surveyID: survey.id)]
        let now = services.now()
        let known = try? verified.entry(for: session, signer: services.signer, now: now)
        var grant = known.flatMap { entry in (try? entry.grant.check(surveyID: survey.id, now: now)).map { entry.grant }
        }
        var csrf = known?.csrf ?? ""
        var participant: [String: String] = [:]
        if let current = grant {
            if let participantID = current.participantID {
                if let invitee = services.invitees.invitee(surveyID: survey.id, id: participantID),
                    invitee.sessionGeneration == current.generation
                {
                    participant = invitee.fields
                } else {
                    grant = nil
                }
            } else if survey.access == .token {
                grant = nil
            } else if entry.log.view.voided[current.responseID] != nil {
                throw .respond(voidedResponse(survey, request: request, ui: ui))
            }
        }
        if grant == nil {
            guard survey.access == .public else {
                throw .respond(
                    services.message(
                        .formExpiredTitle, [Phrase.sessionExpired.text(ui)], ui: ui,
                        siteTitle: survey.title.text(in: ui.rawValue),
                        status: .forbidden, link: (href: "/t", text: Phrase.codeEntryTitle.text(ui))))
            }
            guard creating else { throw .respond(services.redirect("/s/\(survey.id)")) }
            if let retryAt = services.newResponses.take(
                surveyID: survey.id, address: request.clientKey, at: services.now())
            {
                throw .respond(busy(until: retryAt, survey: survey, ui: ui))
            }
            let (fresh, cookie) = issueGrant(
                entry, responseID: Grant.newResponseID(), participant: nil, request: request)
            grant = fresh
            csrf = services.signer.csrfToken(for: cookie.value)
            cookies.append(cookie)
        }
        guard let grant else { throw .respond(services.redirect("/s/\(survey.id)")) }
        let language = choice.language(for: survey)
        if let cookie = choice.cookie(for: survey, secure: services.isSecure(request)) {
            cookies.append(cookie)
        }
        if let asked = choice.askedLanguage(of: survey), let participantID = grant.participantID {
            // The school's choice outlives this browser: its personal link opened elsewhere restores it.
            // It is bookkeeping, so a failure to note it must not keep the page from showing.
            try? entry.participants.recordLanguage(id: participantID, language: asked)
        }
        return Visit(
            entry: entry, grant: grant, csrf: csrf, context: RenderContext(survey: survey, language: language),
            participant: participant, cookies: cookies, path: request.path)
    }

    /// A new grant to write to `responseID` and the cookie that carries it, both lasting the ``GrantLifetime``.
    ///
    /// - Parameter participant: the invited participant and its current session generation; nil for a public survey.
    func issueGrant(
        _ entry: SurveyEntry, responseID: String, participant: (id: String, generation: Int)?, request: HTTPRequest
    ) -> (Grant, SetCookie) {
        let now = services.now()
        let grant = Grant(
            surveyID: entry.survey.id, responseID: responseID, participantID: participant?.id,
            generation: participant?.generation ?? 0,
            expires: services.grantLifetime.expiry(issuedAt: now, closes: entry.survey.closes))
        let cookie = SetCookie(
            name: Grant.cookieName(surveyID: entry.survey.id), value: grant.cookieValue(signer: services.signer),
            maxAge: max(0, Int(grant.expires.timeIntervalSince(now))), secure: services.isSecure(request),
            sameSite: .lax)
        return (grant, cookie)
    }

    /// The page for a public respondent whose response the office voided; the grant cookie is deleted,
    /// so the link on the page starts a new response.
    private func voidedResponse(_ survey: Survey, request: HTTPRequest, ui: UILanguage) -> HTTPResponse {
        var response = services.message(
            .responseVoidedTitle, [Phrase.responseVoided.text(ui)], ui: ui,
            siteTitle: survey.title.text(in: ui.rawValue),
            status: .forbidden, link: (href: "/s/\(survey.id)", text: Phrase.startAgain.text(ui)))
        response.setCookie(
            SetCookie(
                name: Grant.cookieName(surveyID: survey.id), value: "", maxAge: 0, secure: services.isSecure(request),
                sameSite: .lax))
        return response
    }

    /// The page for a public survey that begins no more responses this hour: when to try again, also as `Retry-After`.
    private func busy(until retryAt: Date, survey: Survey, ui: UILanguage) -> HTTPResponse {
        let when = ReceiptFormat.time(retryAt, timeZone: survey.timeZone, ui: ui)
        var response = services.message(
            .busyTitle, [Phrase.tooManyNewResponses(retryAt: when).text(ui)], ui: ui,
            siteTitle: survey.title.text(in: ui.rawValue), status: .tooManyRequests)
        let seconds = max(1, Int(retryAt.timeIntervalSince(services.now()).rounded(.up)))
        response.headers.set("Retry-After", String(seconds))
        return response
    }
}

extension Visit {
    /// The request context key ``GrantCheck`` stores the visit under.
    enum Key: TypedValueKey {
        typealias Value = Visit
    }
}

extension HTTPRequest {
    /// The respondent's visit as ``GrantCheck`` found it; nil outside its routes.
    var visit: Visit? { context[Visit.Key.self] }
}
