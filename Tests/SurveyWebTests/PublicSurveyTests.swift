import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

@Suite struct PublicSurveyTests {
    /// A public respondent has no personal link, so the saved notice points to this browser instead.
    @Test func savedNoticeSpeaksOfThisBrowserNotAPersonalLink() async throws {
        let site = try TestSite(survey: "oeffentlich")
        var browser = site.browser()
        _ = await browser.get("/s/oeffentlich")
        let saved = await browser.submitForm(
            on: "/s/oeffentlich/p/eins", to: "/s/oeffentlich/p/eins", [("_action", "save"), ("note", "4")])
        let page = await browser.get(saved.location ?? "").text
        #expect(page.contains("Ihre Angaben sind gespeichert. Sie können später in diesem Browser weitermachen."))
        #expect(!page.contains("persönlichen Link"))
    }

    @Test func welcomeHandsOutAGrantAndAnonymousSubmitsKeepNoParticipant() async throws {
        let site = try TestSite(survey: "oeffentlich")
        var browser = site.browser()
        #expect(await browser.get("/s/oeffentlich/p/eins").location == "/s/oeffentlich")
        let welcome = await browser.get("/s/oeffentlich")
        #expect(welcome.status == .ok)
        #expect(browser.cookies["r-oeffentlich"] != nil)
        let next = await browser.submitForm(
            on: "/s/oeffentlich/p/eins", to: "/s/oeffentlich/p/eins", [("_action", "next"), ("note", "4")])
        #expect(next.location == "/s/oeffentlich/review")
        let review = await browser.get("/s/oeffentlich/review")
        #expect(
            await browser.post("/s/oeffentlich/submit", TestBrowser.hiddenFields(review.text)).location
                == "/s/oeffentlich/done")
        let log = try #require(site.application.responseLog(of: "oeffentlich"))
        #expect(log.view.submitted.count == 1)
        #expect(log.view.submitted.values.allSatisfy { $0.participantID == nil })
        // Another browser is another respondent.
        var other = site.browser()
        _ = await other.get("/s/oeffentlich")
        #expect(other.cookies["r-oeffentlich"] != browser.cookies["r-oeffentlich"])
    }

    @Test func languageSwitchSetsLangAndIsRemembered() async throws {
        let site = try TestSite(survey: "oeffentlich")
        var browser = site.browser()
        let english = await browser.get("/s/oeffentlich?lang=en")
        #expect(english.text.contains("<html lang=\"en\">"))
        #expect(english.text.contains("Start the survey"))
        #expect(english.text.contains("hreflang=\"de\""))
        let page = await browser.get("/s/oeffentlich/p/eins")
        #expect(page.text.contains("Page 1 of 1"))
        let german = await browser.get("/s/oeffentlich/p/eins?lang=de")
        #expect(german.text.contains("Seite 1 von 1"))
        #expect(await browser.get("/s/oeffentlich?lang=xx").text.contains("<html lang=\"de\">"))
    }

    @Test func requiredErrorOnSubmitLeadsBackToThePage() async throws {
        let site = try TestSite(survey: "oeffentlich")
        var browser = site.browser()
        _ = await browser.get("/s/oeffentlich")
        let review = await browser.get("/s/oeffentlich/review")
        let refused = await browser.post("/s/oeffentlich/submit", TestBrowser.hiddenFields(review.text))
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("Bitte korrigieren Sie 1 Angabe"))
        #expect(refused.text.contains("action=\"/s/oeffentlich/p/eins\""))
        #expect(site.application.responseLog(of: "oeffentlich")?.recordCount == 0)
    }

    @Test func anonymousRecordsKeepTheHourAndTheReceiptTheDay() async throws {
        let site = try TestSite(survey: "oeffentlich")
        var browser = site.browser()
        _ = await browser.get("/s/oeffentlich")
        _ = await browser.submitForm(
            on: "/s/oeffentlich/p/eins", to: "/s/oeffentlich/p/eins", [("_action", "next"), ("note", "4")])
        let review = await browser.get("/s/oeffentlich/review")
        _ = await browser.post("/s/oeffentlich/submit", TestBrowser.hiddenFields(review.text))
        let log = try #require(site.application.responseLog(of: "oeffentlich"))
        let times = log.view.submitted.values.map(\.time.millisecondsSince1970)
        // The test clock stands 400 s past a full hour.
        #expect(Int64(site.clock.now.timeIntervalSince1970) % 3600 == 400)
        #expect(times == [Int64(site.clock.now.timeIntervalSince1970 - 400) * 1000])
        let done = await browser.get("/s/oeffentlich/done").text
        #expect(!done.contains(" Uhr"))
    }
}
