import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyEvaluation
import SurveyStore
import Testing

@testable import SurveyWeb

/// Every route declares who may use it, and the office's sign-in enforces it for every
/// role on every route, as read from the router's own table.
@Suite struct RouteAccessTests {
    /// The office routes anyone may use: signing in and invitation links.
    static let publicOfficeRoutes: Set<String> = [
        "POST /admin/login", "GET /admin/invite/:token", "POST /admin/invite/:token",
    ]

    /// Signs in whoever's cookie names a role: `office=as-staff` is a staff member.
    struct CookieIdentities: OfficeIdentitySource {
        func identity(of request: HTTPRequest, now: Date) -> OfficeIdentity? {
            guard let session = request.cookies["office"], session.hasPrefix("as-"),
                let role = OfficeRole(rawValue: String(session.dropFirst(3)))
            else { return nil }
            return OfficeIdentity(userID: session, displayName: session, role: role, session: session)
        }
    }

    static func describe(_ route: RouteDeclaration) -> String { "\(route.method.rawValue) \(route.pattern)" }

    static func isOffice(_ route: RouteDeclaration) -> Bool {
        route.pattern == "/admin" || route.pattern.hasPrefix("/admin/")
    }

    @Test func everyRouteDeclaresWhoMayUseItAndOfficeRoutesARole() throws {
        let routes = try TestSite().application.router.routes
        #expect(routes.count > 20)
        for route in routes {
            let name = Self.describe(route)
            #expect(route.access != nil, "\(name) declares nobody who may use it")
            guard Self.isOffice(route), !Self.publicOfficeRoutes.contains(name) else { continue }
            guard case .office = route.access else {
                Issue.record("\(name) is an office route without a declared role")
                continue
            }
        }
        let declaredPublic = Set(routes.filter { Self.isOffice($0) && $0.access == .public }.map(Self.describe))
        #expect(declaredPublic == Self.publicOfficeRoutes)
    }

    /// A request for the route with every parameter filled in, as `who` sends it.
    static func request(
        for route: RouteDeclaration, as who: OfficeRole?, signer: CookieSigner, csrf: Bool = true
    ) -> HTTPRequest {
        let samples = [
            ":survey": "alle-typen", ":response": "r-unknown", ":page": "eins", ":participant": "schule-1",
            ":chart": "none.svg", ":token": "token",
        ]
        let path = route.pattern.split(separator: "/", omittingEmptySubsequences: false).map {
            samples[String($0)] ?? String($0)
        }.joined(separator: "/")
        let session = who.map { "as-\($0.rawValue)" }
        var headers: HTTPHeaders = [:]
        if let session { headers.set("Cookie", "office=\(session)") }
        guard route.method == .post else { return HTTPRequest(method: route.method, target: path, headers: headers) }
        let token = signer.csrfToken(for: OfficeFormCheck.tokenSession(session ?? ""))
        return .form(path, csrf ? [("_csrf", token)] : [], headers: headers)
    }

    @Test func everyRoleIsLetInOrTurnedAwayAsItsRouteDeclares() async throws {
        let site = try TestSite(identities: CookieIdentities())
        // With an account, nobody signed in is asked to sign in (rather than to open an invitation).
        try site.addAccount(email: TestSite.officeEmail)
        let client = RouterTestClient(router: site.application.router)
        let signer = site.application.services.signer
        let refusal = AccessPhrase.forbidden.text(.de)
        var checked = 0
        for route in site.application.router.routes {
            guard case .office(let required) = route.access else { continue }
            let name = Self.describe(route)
            let signedOut = await client.execute(Self.request(for: route, as: nil, signer: signer))
            #expect(signedOut.status == .unauthorized, "signed out: \(name)")
            #expect(signedOut.text.contains("action=\"/admin/login\""), "signed out: \(name)")
            for role in OfficeRole.allCases {
                let response = await client.execute(Self.request(for: route, as: role, signer: signer))
                if role.includes(required) {
                    #expect(!response.text.contains(refusal), "\(role) on \(name)")
                    #expect(response.status != .unauthorized, "\(role) on \(name)")
                } else {
                    #expect(response.status == .forbidden, "\(role) on \(name)")
                    #expect(response.text.contains(refusal), "\(role) on \(name)")
                }
                checked += 1
            }
        }
        #expect(checked >= 3 * 15)
    }

    @Test func theRolesOrderAsTheIssueSays() {
        #expect(OfficeRole.admin.includes(.staff))
        #expect(!OfficeRole.staff.includes(.admin))
        #expect(!OfficeRole.committee.includes(.staff))
        #expect(OfficeRole.staff.includes(.committee))
    }

    @Test func everyOfficeFormWithoutItsTokenIsRefusedInOnePlace() async throws {
        let site = try TestSite(identities: CookieIdentities())
        let client = RouterTestClient(router: site.application.router)
        let signer = site.application.services.signer
        let posts = site.application.router.routes.filter {
            if $0.method == .post, case .office = $0.access { true } else { false }
        }
        #expect(posts.count >= 8)
        for route in posts {
            let response = await client.execute(Self.request(for: route, as: .admin, signer: signer, csrf: false))
            #expect(response.status == .forbidden, "\(Self.describe(route))")
            #expect(response.text.contains(Phrase.formExpiredTitle.text(.de)), "\(Self.describe(route))")
        }
    }

    @Test func everyRespondentRouteWantsAGrantForASurveyByInvitation() async throws {
        let site = try TestSite()
        let client = RouterTestClient(router: site.application.router)
        let signer = site.application.services.signer
        let routes = site.application.router.routes.filter {
            $0.pattern.hasPrefix("/s/:survey") && $0.pattern != "/s/:survey/print"
        }
        #expect(routes.count >= 7)
        for route in routes {
            let response = await client.execute(Self.request(for: route, as: nil, signer: signer))
            #expect(response.status == .forbidden, "\(Self.describe(route))")
            #expect(response.text.contains("action=\"/t\"") || response.text.contains("href=\"/t\""))
        }
    }

    @Test func theReportsPolicyIsTheSharedOneWithItsStylesheetAdmitted() {
        let own = OfficeReport.contentSecurityPolicy
        #expect(own.contains("style-src 'self' \(ReportStyle.hashSource);"))
        #expect(own.replacing(" \(ReportStyle.hashSource)", with: "") == SecurityHeaders.contentSecurityPolicy)
    }
}
