import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// The designer's script: served like the form's, under the same policy, and loaded only where designer forms are.
@Suite struct DesignerScriptTests {
    @Test func theScriptIsServedAsJavaScriptWithCaching() async throws {
        let site = try TestSite()
        let response = try await site.client.get(DesignerScript.path)
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/javascript; charset=utf-8")
        #expect(response.headers["Cache-Control"] == "public, max-age=3600")
        #expect(response.text == DesignerScript.javascript)
    }

    @Test func designerPagesLoadItFromTheirOwnOriginAndOtherPagesDoNot() async throws {
        let site = try TestSite()
        var office = try await site.office()
        let tag = "<script src=\"\(DesignerScript.path)\" defer></script>"
        for page in ["/admin/designer", "/admin/designer/alle-typen", "/admin/designer/alle-typen?lang=en"] {
            let response = await office.get(page)
            #expect(response.text.contains(tag), "\(page)")
            #expect(response.headers["Content-Security-Policy"]?.contains("script-src 'self'") == true, "\(page)")
            #expect(!response.text.contains("<script>"), "no inline script on \(page)")
        }
        for page in ["/admin", "/admin/account"] {
            #expect(!(await office.get(page)).text.contains(DesignerScript.path), "\(page)")
        }
    }
}
