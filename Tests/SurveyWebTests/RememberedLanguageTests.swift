import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// The language a school chose follows its personal link into another browser, up to the receipt.
@Suite struct RememberedLanguageTests {
    @Test func aNewBrowserShowsTheReceiptInTheLanguageChosenBefore() async throws {
        let site = try TestSite(survey: "zahlen")
        var phone = await site.school()
        let base = "/s/zahlen/p/"
        _ = await phone.submitForm(
            on: base + "schule?lang=en", to: base + "schule",
            [("_action", "next"), ("schueler", "1,100"), ("traeger", "kirche"), ("ganztag", "kein")])
        _ = await phone.submitForm(
            on: base + "wuensche", to: base + "wuensche",
            [("_action", "next"), ("rang.1", "personal"), ("rang.2", "raeume")])
        let review = await phone.get("/s/zahlen/review")
        #expect(await phone.post("/s/zahlen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)

        // Another browser: no cookies at all, only the personal link.
        var desktop = site.browser()
        let entry = await desktop.get("/t/\(site.token)")
        let cookies = entry.headers.values(for: "Set-Cookie")
        let language = try #require(cookies.first { $0.hasPrefix("lang=") })
        #expect(language.hasPrefix("lang=en;"))
        #expect(language.contains("HttpOnly"))
        #expect(language.contains("SameSite=Lax"))
        let receipt = await desktop.get("/s/zahlen/done")
        #expect(receipt.text.contains("<html lang=\"en\""))
        #expect(receipt.text.contains("<dd>1,100</dd>"))
        let welcome = await desktop.get("/s/zahlen")
        #expect(welcome.text.contains("Change your answers"))
    }

    @Test func theChoiceIsNotedOnceAndALinkAskingForALanguageWins() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        _ = await browser.get("/s/zahlen/p/schule?lang=en")
        _ = await browser.get("/s/zahlen/p/schule?lang=en")
        let registry = try #require(site.application.participants(of: "zahlen"))
        #expect(try registry.participant(id: "schule-1")?.language == "en")
        let file = try String(contentsOfFile: registry.path, encoding: .utf8)
        #expect(file.components(separatedBy: "\"kind\":\"language\"").count == 2)
        // A language the survey does not have is neither noted nor set.
        _ = await browser.get("/s/zahlen/p/schule?lang=fr")
        #expect(try registry.participant(id: "schule-1")?.language == "en")
        var other = site.browser()
        let entry = await other.get("/t/\(site.token)?lang=de")
        #expect(entry.headers.values(for: "Set-Cookie").contains { $0.hasPrefix("lang=de;") })
        #expect(try registry.participant(id: "schule-1")?.language == "de")
    }

    @Test func aSchoolThatNeverChoseKeepsTheBrowsersLanguage() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = site.browser()
        let entry = await browser.get("/t/\(site.token)")
        #expect(!entry.headers.values(for: "Set-Cookie").contains { $0.hasPrefix("lang=") })
    }
}
