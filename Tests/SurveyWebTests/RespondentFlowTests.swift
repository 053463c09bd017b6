import CryptoPrimitives
import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyStore
import Synchronization
import Testing

@testable import SurveyWeb

@Suite struct RespondentFlowTests {
    static let pageOne: [(String, String)] = [
        ("_action", "next"), ("name", "Grundschule <Am Bach>"), ("anzahl", "12"), ("art", "a"), ("viele", "m1"),
    ]

    @Test(arguments: TestMode.allCases)
    func personalLinkBecomesCookieAndCleanRedirect(mode: TestMode) async throws {
        let site = try TestSite(mode: mode)
        var browser = site.browser()
        let response = await browser.get("/t/\(site.token)")
        #expect(response.location == "/s/alle-typen")
        let cookie = try #require(response.headers.values(for: "Set-Cookie").first)
        #expect(cookie.hasPrefix("r-alle-typen="))
        #expect(cookie.contains("HttpOnly"))
        #expect(cookie.contains("SameSite=Lax"))
        #expect(!cookie.contains(site.token.symbols))
        #expect(response.headers["Referrer-Policy"] == "no-referrer")
        let welcome = await browser.get("/s/alle-typen")
        #expect(welcome.status == .ok)
        #expect(welcome.text.contains("Befragung beginnen"))
        #expect(!welcome.text.contains("<script>alert"))
    }

    @Test(arguments: ["/t/AAAA-BBBB", "/t/\(String(repeating: "X", count: 400))", "/t/%FF%FE"])
    func unknownCodesGetOneNeutralMessage(target: String) async throws {
        let site = try TestSite()
        var browser = site.browser()
        let response = await browser.get(target)
        #expect(response.status == .notFound || response.status == .badRequest)
        if response.status == .notFound { #expect(response.text.contains("Dieser Zugangscode ist nicht gültig")) }
        #expect(browser.cookies["r-alle-typen"] == nil)
    }

    @Test func typedCodeWithSpacesAndLowerCaseWorks() async throws {
        let site = try TestSite()
        var browser = site.browser()
        let typed = site.token.description.lowercased().replacingOccurrences(of: "-", with: " ")
        let response = await browser.submitForm(on: "/t", to: "/t", [("code", typed)])
        #expect(response.status == .seeOther)
        #expect(response.location == "/s/alle-typen")
    }

    @Test func codeEntryKeepsTheChosenLanguage() async throws {
        let site = try TestSite()
        var browser = site.browser()
        let page = await browser.get("/t?lang=en")
        #expect(page.text.contains("Enter your access code"))
        #expect(page.text.contains("action=\"/t?lang=en\""))
        let refused = await browser.post("/t?lang=en", TestBrowser.hiddenFields(page.text) + [("code", "falsch")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("This access code is not valid."))
    }

    @Test func reissuedTokenReplacesTheOldOneWhileServing() async throws {
        let site = try TestSite()
        let registry = try #require(site.application.participants(of: "alle-typen"))
        let fresh = try registry.reissue(id: "schule-1")
        var browser = site.browser()
        #expect(await browser.get("/t/\(fresh.token)").status == .seeOther)
        #expect(await browser.get("/t/\(site.token)").status == .notFound)
        #expect(try registry.participant(id: "schule-1")?.firstOpened != nil)
    }

    @Test func madeUpCodesRereadTheParticipantsAtMostOnceASecond() async throws {
        let site = try TestSite()
        var browser = site.browser()
        // A made-up code has the files read again: the first one now, no other within the second.
        #expect(await browser.get("/t/AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA").status == .notFound)
        let registry = try #require(site.application.participants(of: "alle-typen"))
        let fresh = try registry.reissue(id: "schule-1")
        #expect(await browser.get("/t/\(fresh.token)").status == .notFound)
        site.clock.set(site.clock.now.addingTimeInterval(1))
        #expect(await browser.get("/t/\(fresh.token)").status == .seeOther)
    }

    @Test func surveyWithoutGrantAsksForThePersonalLink() async throws {
        let site = try TestSite()
        var browser = site.browser()
        let response = await browser.get("/s/alle-typen/p/eins")
        #expect(response.status == .forbidden)
        #expect(response.text.contains("persönlichen Link"))
        browser.cookies["r-alle-typen"] = "forged!schule-1~00000000000000000000000000000000"
        #expect(await browser.get("/s/alle-typen/p/eins").status == .forbidden)
    }

    @Test(arguments: TestMode.allCases)
    func validationErrorKeepsTypedTextAndStoresADraft(mode: TestMode) async throws {
        let site = try TestSite(mode: mode)
        var browser = await site.school()
        let response = await browser.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins",
            [("_action", "next"), ("name", ""), ("anzahl", "12a <b>"), ("art", "a")])
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains("Bitte korrigieren Sie 2 Angaben"))
        #expect(response.text.contains("value=\"12a &lt;b&gt;\""))
        #expect(response.text.contains("href=\"#f-name\""))
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        #expect(log.view.drafts.count == 1)
        // Resuming elsewhere with the same link shows what was typed.
        var other = await site.school()
        let resumed = await other.get("/s/alle-typen/p/eins")
        #expect(resumed.text.contains("value=\"12a &lt;b&gt;\""))
    }

    @Test(arguments: TestMode.allCases)
    func wholeJourneyWithDoubleSubmitAndEditAfterwards(mode: TestMode) async throws {
        let site = try TestSite(mode: mode)
        var browser = await site.school()
        let next = await browser.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", Self.pageOne)
        #expect(next.status == .seeOther)
        #expect(next.location == "/s/alle-typen/p/zwei")
        // Page three is hidden for a primary school, so page two leads to the review.
        let toReview = await browser.submitForm(
            on: "/s/alle-typen/p/zwei", to: "/s/alle-typen/p/zwei",
            [("_action", "next"), ("ja", "true"), ("matrix.r1", "2")])
        #expect(toReview.location == "/s/alle-typen/review")
        let review = await browser.get("/s/alle-typen/review")
        #expect(review.text.contains("Grundschule &lt;Am Bach&gt;"))
        #expect(!review.text.contains("Seite drei"))
        let hidden = TestBrowser.hiddenFields(review.text)
        let first = await browser.post("/s/alle-typen/submit", hidden)
        let second = await browser.post("/s/alle-typen/submit", hidden)
        #expect(first.status == .seeOther)
        #expect(first.location == "/s/alle-typen/done")
        #expect(second.location == "/s/alle-typen/done")
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        #expect(log.view.submitted.count == 1)
        #expect(log.view.submitted.values.first?.revision == 3)
        let recordsAfterSubmit = log.recordCount
        let done = await browser.get("/s/alle-typen/done")
        #expect(done.text.contains("Vielen Dank"))
        #expect(done.text.contains("Antwortnummer"))
        // Change after submitting: a new revision of the same response.
        _ = await browser.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins",
            [("_action", "next"), ("name", "Neuer Name"), ("anzahl", "13"), ("art", "b")])
        let review2 = await browser.get("/s/alle-typen/review")
        #expect(review2.text.contains("Neuer Name"))
        #expect(await browser.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review2.text)).status == .seeOther)
        #expect(log.view.submitted.count == 1)
        #expect(log.recordCount == recordsAfterSubmit + 2)
        let stored = try #require(log.submittedRecords().first?.answers)
        #expect(stored["name"] == .string("Neuer Name"))
        // The answer to "viele" became hidden when "art" changed, so it is dropped.
        #expect(stored["viele"] == nil)
    }

    @Test func postWithoutValidTokenIsRefusedAndStoresNothing() async throws {
        let site = try TestSite()
        var browser = await site.school()
        let response = await browser.post("/s/alle-typen/p/eins", Self.pageOne + [("_csrf", "0123")])
        #expect(response.status == .forbidden)
        #expect(site.application.responseLog(of: "alle-typen")?.recordCount == 0)
    }

    @Test func closedSurveyRefusesButShowsTheTypedTextBack() async throws {
        let site = try TestSite()
        var browser = await site.school()
        let page = await browser.get("/s/alle-typen/p/eins")
        // A day after closing: the grant still works (it lasts a margin beyond), the survey takes no answers.
        site.clock.set(Date(timeIntervalSince1970: 1_798_977_600))
        let response = await browser.post("/s/alle-typen/p/eins", TestBrowser.hiddenFields(page.text) + Self.pageOne)
        #expect(response.status == .conflict)
        #expect(response.text.contains("Die Befragung ist beendet."))
        #expect(response.text.contains("Grundschule &lt;Am Bach&gt;"))
        #expect(site.application.responseLog(of: "alle-typen")?.recordCount == 0)
        #expect(await browser.get("/s/alle-typen").status == .forbidden)
        site.clock.set(Date(timeIntervalSince1970: 1_700_000_000))
        let early = await browser.get("/s/alle-typen")
        #expect(early.text.contains("noch nicht begonnen"))
    }

    @Test(arguments: TestMode.allCases)
    func everyResponseCarriesTheSecurityHeaders(mode: TestMode) async throws {
        let site = try TestSite(mode: mode)
        var browser = await site.school()
        for target in [
            "/s/alle-typen", "/s/alle-typen/p/eins", "/s/alle-typen/review", "/s/alle-typen/print", "/t", "/nowhere",
            "/assets/form.css",
        ] {
            let response = await browser.get(target)
            #expect(
                response.headers["Content-Security-Policy"]?.contains("frame-ancestors 'none'") == true, "\(target)")
            #expect(response.headers["Content-Security-Policy"]?.contains("unsafe-inline") == false, "\(target)")
            #expect(response.headers["X-Content-Type-Options"] == "nosniff", "\(target)")
            #expect(response.headers["Referrer-Policy"] == "no-referrer", "\(target)")
        }
    }

    @Test func liveVisibilityAnswersWithTheVisibleQuestions() async throws {
        let site = try TestSite()
        var browser = await site.school()
        let page = await browser.get("/s/alle-typen/p/eins")
        let hidden = TestBrowser.hiddenFields(page.text)
        let shown = await browser.post("/s/alle-typen/p/eins/visibility", hidden + [("art", "a")])
        #expect(shown.text.contains("\"viele\""))
        let notShown = await browser.post("/s/alle-typen/p/eins/visibility", hidden + [("art", "b")])
        #expect(!notShown.text.contains("\"viele\""))
        #expect(notShown.headers["Content-Type"] == "application/json")
    }

    @Test func saveForLaterRedirectsWithNotice() async throws {
        let site = try TestSite()
        var browser = await site.school()
        let saved = await browser.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", [("_action", "save"), ("name", "halb")])
        #expect(saved.location == "/s/alle-typen/p/eins?saved=1")
        let page = await browser.get(saved.location ?? "")
        #expect(page.text.contains("Ihre Angaben sind gespeichert"))
        #expect(page.text.contains("value=\"halb\""))
        let welcome = await browser.get("/s/alle-typen")
        #expect(welcome.text.contains("Befragung fortsetzen"))
    }
}
