import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// The pages the server itself answers with, before any route runs.
@Suite struct ErrorPageTests {
    /// A client over its limit of requests in progress is told to wait, not that its form expired.
    @Test func tooManyRequestsAsksToWaitAMoment() throws {
        let site = try TestSite()
        let page = site.application.router.errorPage(.tooManyRequests, nil, nil)
        let text = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == .tooManyRequests)
        #expect(text.contains("Zurzeit großer Andrang"))
        #expect(text.contains("Bitte warten Sie eine Minute"))
        #expect(!text.contains("abgelaufen"))
    }

    /// A page the router does not know answers in the language the visitor chose.
    @Test func unknownPagesAnswerInTheChosenLanguage() async throws {
        let site = try TestSite()
        var browser = site.browser()
        let german = await browser.get("/gibt-es-nicht")
        #expect(german.status == .notFound)
        #expect(german.text.contains("<html lang=\"de\""))
        let english = await browser.get("/gibt-es-nicht?lang=en")
        #expect(english.status == .notFound)
        #expect(english.text.contains("<html lang=\"en\""))
        #expect(english.text.contains("Page not found"))
    }
}
