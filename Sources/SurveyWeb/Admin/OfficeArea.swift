import HTTPServer
import Markup
import SurveyStore

/// What every controller of the office area shares: the application's services, the
/// office's access and the live reports.
struct OfficeArea: Sendable {
    let services: WebServices
    let access: OfficeAccess
    /// Who is signed in: the office password's sessions, or personal accounts.
    let identities: any OfficeIdentitySource
    /// The live evaluations of the report pages.
    let reports: LiveReports

    /// Registers the office area under `/admin`: every route passes the sign-in
    /// middleware (which enforces the role each route declares) and then the
    /// anti-forgery check of posted forms.
    func register(on router: inout some RouteRegistering) {
        let signIn = OfficeSignInController(area: self)
        let middleware: [any Middleware] = [
            OfficeSignInMiddleware(identities: identities, services: services) { request in
                signIn.signInPage(request, error: nil, status: .unauthorized)
            },
            OfficeFormCheck(services: services),
        ]
        router.group("/admin", middleware: middleware) { admin in
            signIn.register(on: &admin)
            OfficeSurveyController(area: self).register(on: &admin)
            OfficeParticipantsController(area: self).register(on: &admin)
            OfficeResponsesController(area: self).register(on: &admin)
            OfficeReportController(area: self).register(on: &admin)
            OfficePreviewController(area: self).register(on: &admin)
            // Before the designer's own routes, which would take `/designer/new` for a survey named "new".
            NewSurveyController(area: self).register(on: &admin)
            VersionsController(area: self).register(on: &admin)
            UploadController(area: self).register(on: &admin)
            DesignerController(area: self).register(on: &admin)
            OfficeUsersController(area: self).register(on: &admin)
            OfficeAuditController(area: self).register(on: &admin)
            OfficeAccountController(area: self).register(on: &admin)
            OfficePublishController(area: self).register(on: &admin)
            OfficeExportController(area: self).register(on: &admin)
            OfficeMailController(area: self).register(on: &admin)
            OfficeSchoolController(area: self).register(on: &admin)
            CommitteeReportsController(area: self).register(on: &admin)
        }
    }
}

/// One controller of the office area, with the helpers all of them use.
protocol OfficeController: Sendable {
    var area: OfficeArea { get }
}

extension OfficeController {
    var services: WebServices { area.services }

    /// A page in the office's frame for the person signed in on `request`, with the links their role may use;
    /// `beforeHeading` writes what goes above the heading (breadcrumbs), `script` is the page's own script,
    /// `refreshSeconds` reloads a progress page.
    func page(
        _ request: HTTPRequest, _ title: String, status: HTTPStatus = .ok,
        beforeHeading: ((inout HTMLBuilder) -> Void)? = nil, script: String? = nil, refreshSeconds: Int? = nil,
        main: (inout HTMLBuilder) -> Void
    ) -> HTTPResponse {
        let frame = OfficePage(
            ui: LanguageChoice.ui(request), title: title, csrf: csrf(request), identity: request.officeIdentity,
            beforeHeading: beforeHeading, script: script, refreshSeconds: refreshSeconds)
        return services.page(frame.render(main: main), status: status)
    }

    /// A page in the office's frame for someone not signed in (sign-in, invitation links): no navigation.
    ///
    /// Signed-in pages use ``page(_:_:status:main:)`` with the request, so the frame names the person
    /// and links only what their role may use.
    func signedOutPage(
        _ ui: UILanguage, _ title: String, status: HTTPStatus = .ok, main: (inout HTMLBuilder) -> Void
    ) -> HTTPResponse {
        services.page(OfficePage(ui: ui, title: title, csrf: nil).render(main: main), status: status)
    }

    /// The anti-forgery token of the signed-in person's session, for the forms of a page.
    func csrf(_ request: HTTPRequest) -> String {
        services.signer.csrfToken(for: OfficeFormCheck.tokenSession(request.officeIdentity?.session ?? ""))
    }

    /// The form posted with a request; ``OfficeFormCheck`` has already checked its anti-forgery token.
    func checkedForm(_ request: HTTPRequest) throws(Interruption) -> URLEncodedForm {
        guard let form = try? request.formFields() else { throw formExpired(LanguageChoice.ui(request)) }
        return form
    }

    /// The answer to a form that cannot be read or whose anti-forgery token is missing or wrong.
    func formExpired(_ ui: UILanguage) -> Interruption {
        .respond(
            services.message(
                .formExpiredTitle, [Phrase.sessionExpired.text(ui)], ui: ui, status: .forbidden,
                link: (href: "/admin", text: Phrase.adminTitle.text(ui))))
    }

    /// The survey a request's path names, or the page saying it does not exist.
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
}
