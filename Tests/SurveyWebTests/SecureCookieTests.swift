import HTTPServer
import HTTPServerTesting
import SurveyWeb
import Testing

/// `Secure` on cookies follows what the server established about the
/// connection (a trusted proxy's HTTPS), never a header any client can send.
@Suite struct SecureCookieTests {
    static func grantCookie(_ request: HTTPRequest) async throws -> String {
        let site = try TestSite(survey: "oeffentlich")
        let response = await RouterTestClient(router: site.application.router).execute(request)
        return try #require(response.headers.values(for: "Set-Cookie").first { $0.hasPrefix("r-oeffentlich=") })
    }

    @Test func aClientsOwnForwardedProtoDoesNotMakeCookiesSecure() async throws {
        let cookie = try await Self.grantCookie(
            HTTPRequest(method: .get, target: "/s/oeffentlich", headers: ["X-Forwarded-Proto": "https"]))
        #expect(!cookie.contains("Secure"))
    }

    @Test func aRequestTheServerFoundSecureGetsSecureCookies() async throws {
        let cookie = try await Self.grantCookie(HTTPRequest(method: .get, target: "/s/oeffentlich", isSecure: true))
        #expect(cookie.contains("; Secure"))
    }
}
