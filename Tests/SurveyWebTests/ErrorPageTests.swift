import HTTPServer
import Testing

@testable import SurveyWeb

/// The pages the server itself answers with, before any route runs.
@Suite struct ErrorPageTests {
    /// A client over its limit of requests in progress is told to wait, not that its form expired.
    @Test func tooManyRequestsAsksToWaitAMoment() throws {
        let site = try TestSite()
        let page = site.application.router.errorPage(.tooManyRequests, nil)
        let text = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == .tooManyRequests)
        #expect(text.contains("Zurzeit großer Andrang"))
        #expect(text.contains("Bitte warten Sie eine Minute"))
        #expect(!text.contains("abgelaufen"))
    }
}
