import HTTPServer

/// Checks the anti-forgery token of every form posted to a signed-in office route, in one place.
///
/// The token is bound to the office session, so a page of another site
/// cannot post on the office's behalf. It runs inside the sign-in
/// middleware, which found the session. Public routes (sign-in, setup link)
/// bind their forms to tokens of their own and check them themselves.
struct OfficeFormCheck: Middleware {
    let services: WebServices

    /// The context of the token in the signer: the office session.
    static func tokenSession(_ session: String) -> String { "office:" + session }

    func intercept(_ request: HTTPRequest, route: RouteDeclaration) -> MiddlewareOutcome {
        guard request.method == .post, case .office = route.access else { return .proceed(request) }
        let token = (try? request.formFields())?["_csrf"] ?? (try? request.multipartForm())?["_csrf"]
        guard let identity = request.officeIdentity,
            services.signer.checkCSRF(token, session: Self.tokenSession(identity.session))
        else {
            let ui = LanguageChoice.ui(request)
            return .answer(
                services.message(
                    .formExpiredTitle, [Phrase.sessionExpired.text(ui)], ui: ui, status: .forbidden,
                    link: (href: "/admin", text: Phrase.adminTitle.text(ui))))
        }
        return .proceed(request)
    }
}
