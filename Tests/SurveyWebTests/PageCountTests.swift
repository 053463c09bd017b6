import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// "Seite 2 von 4" only where the total is certain; "Seite 1" alone while an answer still to come can change it.
@Suite struct PageCountTests {
    @Test func pageOneOmitsTheTotalThatItsOwnAnswersDecide() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        let first = await browser.get("/s/zahlen/p/schule")
        #expect(first.text.contains("<p class=\"progress\">Seite 1</p>"))
        #expect(first.text.contains("<title>Ihre Schule – Seite 1 – Zahlen und Ganztag</title>"))
        let english = await browser.get("/s/zahlen/p/schule?lang=en")
        #expect(english.text.contains("<p class=\"progress\">Page 1</p>"))
    }

    @Test(arguments: [("offen", "ganztag_seite", "Seite 2 von 4"), ("kein", "wuensche", "Seite 2 von 3")])
    func laterPagesCountWhatTheAnswersShow(ganztag: String, next: String, progress: String) async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        let moved = await browser.submitForm(
            on: "/s/zahlen/p/schule", to: "/s/zahlen/p/schule",
            [("_action", "next"), ("schueler", "240"), ("traeger", "kirche"), ("ganztag", ganztag)])
        #expect(moved.location == "/s/zahlen/p/\(next)")
        let page = await browser.get("/s/zahlen/p/\(next)")
        #expect(page.text.contains("<p class=\"progress\">\(progress)</p>"))
    }

    @Test func aTotalDecidedByParticipantFieldsIsShownFromTheStart() async throws {
        let site = try TestSite()
        var browser = await site.school()
        let first = await browser.get("/s/alle-typen/p/eins")
        #expect(first.text.contains("<p class=\"progress\">Seite 1 von 2</p>"))
    }
}
