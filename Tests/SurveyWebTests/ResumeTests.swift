import Foundation
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// "Befragung fortsetzen" leads to the first page that still needs work, else to the page saved last.
@Suite struct ResumeTests {
    private static let pageOne: [(String, String)] = [
        ("_action", "next"), ("schueler", "240"), ("traeger", "kommune"), ("ganztag", "offen"),
    ]

    /// The target of the welcome page's main button, seen from a browser that opens the personal link afresh.
    private func resumeTarget(_ site: TestSite) async -> String? {
        var other = await site.school()
        let welcome = await other.get("/s/zahlen").text
        guard welcome.contains("Befragung fortsetzen"),
            let range = welcome.range(of: "class=\"button primary\" href=\""),
            let end = welcome[range.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return String(welcome[range.upperBound..<end])
    }

    private func post(_ browser: inout TestBrowser, _ page: String, _ fields: [(String, String)]) async {
        _ = await browser.submitForm(on: "/s/zahlen/p/" + page, to: "/s/zahlen/p/" + page, fields)
    }

    @Test func continuesAtTheFirstPageWithAMissingRequiredAnswer() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        await post(&browser, "schule", Self.pageOne)
        // Page one is complete; the all-day page asks for the number of children.
        #expect(await resumeTarget(site) == "/s/zahlen/p/ganztag_seite")
    }

    @Test func anEarlierPageLeftIncompleteComesFirst() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        await post(&browser, "schule", [("_action", "save"), ("traeger", "kommune"), ("ganztag", "kein")])
        await post(&browser, "wuensche", [("_action", "save"), ("rang.1", "raeume"), ("rang.2", "technik")])
        #expect(await resumeTarget(site) == "/s/zahlen/p/schule")
    }

    @Test func withNothingMissingItContinuesWhereTheParticipantSavedLast() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        await post(&browser, "schule", Self.pageOne)
        await post(&browser, "ganztag_seite", [("_action", "next"), ("kinder", "80")])
        await post(&browser, "wuensche", [("_action", "next"), ("rang.1", "raeume"), ("rang.2", "technik")])
        await post(&browser, "schluss", [("_action", "save"), ("anmerkung", "halb")])
        #expect(await resumeTarget(site) == "/s/zahlen/p/schluss")
    }

    @Test func aNewResponseStartsAtTheFirstPage() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        let welcome = await browser.get("/s/zahlen")
        #expect(welcome.text.contains("Befragung beginnen"))
        #expect(welcome.text.contains("class=\"button primary\" href=\"/s/zahlen/p/schule\""))
    }
}
