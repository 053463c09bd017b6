import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyStore
import Testing

@testable import SurveyWeb

/// A number is read once, in the language of the page it was typed on, and keeps its value in every other language.
@Suite struct NumberLanguageTests {
    /// Page one of the `zahlen` survey typed on a German page: grouped thousands, a decimal comma, a unit.
    static let germanPageOne: [(String, String)] = [
        ("_action", "next"), ("schueler", "1.100"), ("budget", "2.500,5"), ("anteil", "12,5"), ("traeger", "kommune"),
        ("ganztag", "offen"),
    ]

    /// Walks the rest of the survey from the all-day page in whatever language the browser has chosen.
    private func finish(_ browser: inout TestBrowser, children: String) async {
        let base = "/s/zahlen/p/"
        #expect(
            await browser.submitForm(
                on: base + "ganztag_seite", to: base + "ganztag_seite", [("_action", "next"), ("kinder", children)]
            ).location == base + "wuensche")
        #expect(
            await browser.submitForm(
                on: base + "wuensche", to: base + "wuensche",
                [("_action", "next"), ("rang.1", "raeume"), ("rang.2", "personal")]
            ).location == base + "schluss")
        #expect(
            await browser.submitForm(on: base + "schluss", to: base + "schluss", [("_action", "next")]).location
                == "/s/zahlen/review")
    }

    @Test func draftStoresNumbersNotTheTextOfOneLanguage() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        _ = await browser.submitForm(on: "/s/zahlen/p/schule", to: "/s/zahlen/p/schule", Self.germanPageOne)
        let log = try #require(site.application.responseLog(of: "zahlen"))
        let id = try #require(log.view.drafts.keys.first)
        let draft = try #require(try log.draftAnswers(of: id))
        #expect(draft["schueler"] == .number(1100))
        #expect(draft["budget"] == .number(2500.5))
        #expect(draft["anteil"] == .number(12.5))
        #expect(draft["traeger"] == .string("kommune"))
        // The English page shows the same numbers the English way.
        let english = await browser.get("/s/zahlen/p/schule?lang=en")
        #expect(english.text.contains("value=\"1100\""))
        #expect(english.text.contains("value=\"2500.5\""))
        #expect(english.text.contains("value=\"12.5\""))
    }

    @Test func textThatIsNoNumberYetIsKeptAsTyped() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        _ = await browser.submitForm(
            on: "/s/zahlen/p/schule", to: "/s/zahlen/p/schule", [("_action", "save"), ("schueler", "11oo")])
        let log = try #require(site.application.responseLog(of: "zahlen"))
        let id = try #require(log.view.drafts.keys.first)
        let draft = try #require(try log.draftAnswers(of: id))
        #expect(draft["schueler"] == .string("11oo"))
        #expect(await browser.get("/s/zahlen/p/schule?lang=en").text.contains("value=\"11oo\""))
    }

    @Test func typedInGermanSubmittedInEnglish() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        let first = await browser.submitForm(on: "/s/zahlen/p/schule", to: "/s/zahlen/p/schule", Self.germanPageOne)
        #expect(first.location == "/s/zahlen/p/ganztag_seite")
        _ = await browser.get("/s/zahlen/p/ganztag_seite?lang=en")
        // "1,100" is eleven hundred on an English page.
        await finish(&browser, children: "1,100")
        let review = await browser.get("/s/zahlen/review")
        #expect(review.text.contains("<dd>1,100</dd>"))
        #expect(review.text.contains("<dd>2,500.5 euros</dd>"))
        #expect(review.text.contains("<dd>12.5</dd>"))
        #expect(!review.text.contains("1.100"))
        let submitted = await browser.post("/s/zahlen/submit", TestBrowser.hiddenFields(review.text))
        #expect(submitted.status == .seeOther)
        #expect(submitted.location == "/s/zahlen/done")
        let log = try #require(site.application.responseLog(of: "zahlen"))
        let answers = try #require(log.submittedRecords().first?.answers)
        #expect(answers["schueler"] == .number(1100))
        #expect(answers["budget"] == .number(2500.5))
        #expect(answers["anteil"] == .number(12.5))
        #expect(answers["kinder"] == .number(1100))
        // Back in German, the receipt reads the same numbers the German way.
        let receipt = await browser.get("/s/zahlen/done?lang=de")
        #expect(receipt.text.contains("<dd>1.100</dd>"))
        #expect(receipt.text.contains("<dd>2.500,5 Euro</dd>"))
        #expect(receipt.text.contains("<dd>12,5</dd>"))
    }

    @Test func typedInEnglishSubmittedInGerman() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        let english: [(String, String)] = [
            ("_action", "next"), ("schueler", "1,100"), ("budget", "2,500.5"), ("anteil", "12.5"),
            ("traeger", "kommune"), ("ganztag", "offen"),
        ]
        #expect(
            await browser.submitForm(on: "/s/zahlen/p/schule?lang=en", to: "/s/zahlen/p/schule", english).location
                == "/s/zahlen/p/ganztag_seite")
        _ = await browser.get("/s/zahlen/p/ganztag_seite?lang=de")
        await finish(&browser, children: "1.100")
        let review = await browser.get("/s/zahlen/review")
        #expect(review.text.contains("<dd>1.100</dd>"))
        #expect(review.text.contains("<dd>2.500,5 Euro</dd>"))
        #expect(review.text.contains("<dd>12,5</dd>"))
        #expect(await browser.post("/s/zahlen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)
        let answers = try #require(site.application.responseLog(of: "zahlen")?.submittedRecords().first?.answers)
        #expect(answers["schueler"] == .number(1100))
        #expect(answers["kinder"] == .number(1100))
        #expect(answers["budget"] == .number(2500.5))
    }

    @Test func aPageShownInTheOtherLanguageAndPostedUnchangedKeepsItsNumbers() async throws {
        let site = try TestSite(survey: "zahlen")
        var browser = await site.school()
        _ = await browser.submitForm(on: "/s/zahlen/p/schule", to: "/s/zahlen/p/schule", Self.germanPageOne)
        // The English page shows "2500.5"; posting that back in English and returning to German changes nothing.
        _ = await browser.submitForm(
            on: "/s/zahlen/p/schule?lang=en", to: "/s/zahlen/p/schule",
            [
                ("_action", "save"), ("schueler", "1100"), ("budget", "2500.5"), ("anteil", "12.5"),
                ("traeger", "kommune"), ("ganztag", "offen"),
            ])
        let german = await browser.get("/s/zahlen/p/schule?lang=de")
        #expect(german.text.contains("value=\"1100\""))
        #expect(german.text.contains("value=\"2500,5\""))
        #expect(german.text.contains("value=\"12,5\""))
    }
}
