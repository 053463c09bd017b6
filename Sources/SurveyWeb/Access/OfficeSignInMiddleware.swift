import Foundation
import HTTPServer
import Markup
import SurveyStore

/// Lets a request through to an office route only for someone signed in with the role the route declares.
///
/// Not signed in: the sign-in page, with 401, at the address asked for, so
/// that signing in leads back to the office. Signed in with a role too low:
/// 403 with a page that says so. Public routes pass untouched; a route that
/// declares nothing is refused as if it required an admin, so a forgotten
/// declaration closes a route rather than opening it. The identity found
/// goes into the request's context for the handler.
struct OfficeSignInMiddleware: Middleware {
    let identities: any OfficeIdentitySource
    let services: WebServices
    /// The sign-in page for a request that needs one.
    let signInPage: @Sendable (HTTPRequest) -> HTTPResponse

    func intercept(_ request: HTTPRequest, route: RouteDeclaration) -> MiddlewareOutcome {
        let required: OfficeRole
        switch route.access {
        case .public: return .proceed(request)
        case .office(let role): required = role
        case nil: required = .admin
        }
        guard let identity = identities.identity(of: request, now: services.now()) else {
            return .answer(signInPage(request))
        }
        guard identity.role.includes(required) else { return .answer(forbidden(request, identity: identity)) }
        var request = request
        request.context[OfficeIdentity.Key.self] = identity
        return .proceed(request)
    }

    /// The page for someone signed in whose role does not reach the route, in the office's frame with
    /// its sign-out button, so that someone else can sign in at this browser.
    private func forbidden(_ request: HTTPRequest, identity: OfficeIdentity) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let csrf = services.signer.csrfToken(for: OfficeFormCheck.tokenSession(identity.session))
        let page = OfficePage(
            ui: ui, title: AccessPhrase.forbiddenTitle.text(ui), csrf: csrf, identity: identity
        ).render { html in
            html.element("p", text: AccessPhrase.forbidden.text(ui))
            if identity.role == .committee {
                html.element("p") { html in
                    html.element("a", [HTMLAttribute("href", "/admin/reports")], text: PublishPhrase.reports.text(ui))
                }
            }
        }
        return services.page(page, status: .forbidden)
    }
}
