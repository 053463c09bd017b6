import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// The designer's read-only pages through the router: the list of files and their states, a survey's
/// overview, the download, and the preview with skip logic that stores nothing.
@Suite struct DesignerTests {
    /// 2026-11-18 in the test clock: between the fixtures' opening (2026-01-01) and closing (2027-01-01).
    static let fixtureDay = Date(timeIntervalSince1970: 1_795_000_000)

    /// A site with `survey`, and a staff member signed in.
    static func staff(survey: String = "alle-typen") async throws -> (TestSite, TestBrowser) {
        let site = try TestSite(survey: survey)
        return (site, try await site.office(email: "gestaltung@example.org", role: .staff))
    }

    static func write(_ text: String, to name: String, in site: TestSite, modified: Date? = nil) throws {
        let path = site.surveys + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        if let modified { try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path) }
    }

    // MARK: The list

    @Test func theListShowsEveryFileWithItsStateResponsesAndLastChange() async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        let changed = Date(timeIntervalSince1970: 1_790_000_000) // 2026-09-21 14:13:20 UTC
        try FileManager.default.setAttributes(
            [.modificationDate: changed], ofItemAtPath: site.surveys + "/alle-typen.json")
        try Self.write(#"{"id": "kaputt", "title": "Kaputt"}"#, to: "kaputt.json", in: site, modified: changed)
        site.application.reloadSurveys()
        try Self.write("{}", to: "neu.json", in: site)

        let list = await office.get("/admin/designer")
        #expect(list.status == .ok)
        let text = list.text
        // Loaded: the title (escaped), its state and count, its time in the survey's zone, and its links.
        #expect(text.contains("Alle Typen &lt;script&gt;"))
        #expect(text.contains("<td>läuft"))
        #expect(text.contains("21.09.2026, 16:13 Uhr"))
        #expect(text.contains("href=\"/admin/designer/alle-typen\""))
        #expect(text.contains("href=\"/admin/designer/alle-typen/preview?page=1\""))
        #expect(text.contains("href=\"/admin/designer/alle-typen/download\""))
        // Broken: listed with its first diagnostic and the count of the rest, its time in UTC, no preview.
        #expect(text.contains("<code>kaputt.json</code>"))
        #expect(text.contains("fehlerhaft, nicht online"))
        #expect(text.contains("Zeile 1, Spalte 1: "))
        #expect(text.contains("Dazu 1 weiterer Fehler."))
        #expect(text.contains("21.09.2026, 14:13 Uhr (UTC)"))
        #expect(!text.contains("/admin/designer/kaputt/preview"))
        // Written after the last reload: listed, not yet read.
        #expect(text.contains("<code>neu.json</code>"))
        #expect(text.contains("noch nicht geladen"))
        #expect(await office.get("/admin/designer/neu").text.contains(DesignerPhrase.notReadYet.text(.de)))

        let english = await office.get("/admin/designer?lang=en")
        #expect(english.text.contains("has errors, not online"))
        #expect(english.text.contains("Line 1, column 1: "))
        #expect(english.text.contains("href=\"/admin/designer/alle-typen?lang=en\""))
    }

    @Test func aBrokenEditKeepsTheSurveyOnlineAndSaysSo() async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        try Self.write(#"{"id": "alle-typen"}"#, to: "alle-typen.json", in: site)
        site.application.reloadSurveys()
        let list = await office.get("/admin/designer").text
        #expect(list.contains("<td>läuft<p class=\"diagnostic\">Die letzte Änderung der Datei hat Fehler"))
        let overview = await office.get("/admin/designer/alle-typen").text
        #expect(overview.contains("<li>\(Phrase.loadedVersionKept.text(.de))</li>"))
        #expect(overview.contains("id=\"field-pages.2\""))
    }

    @Test func theStateFollowsTheClock() async throws {
        let site = try TestSite()
        site.clock.set(Date(timeIntervalSince1970: 1_760_000_000)) // 2025-10-09, before opening
        var early = try await site.office(email: "gestaltung@example.org", role: .staff)
        #expect(await early.get("/admin/designer").text.contains("noch nicht begonnen"))
        site.clock.set(Date(timeIntervalSince1970: 1_800_000_000)) // 2027-01-15, after closing
        var late = try await site.office(email: "gestaltung@example.org", role: .staff)
        #expect(await late.get("/admin/designer").text.contains("beendet"))
    }

    @Test func theListCountsSubmittedResponses() async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        var school = await site.school()
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        #expect(await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)
        let text = await office.get("/admin/designer").text
        let row = try #require(text.firstRange(of: "id=\"file-alle-typen\""))
        #expect(text[row.lowerBound...].contains("<td>1</td>"))
    }

    @Test func theOfficeLinksToTheDesigner() async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        defer { _ = site } // The site's folders live as long as the test.
        #expect(await office.get("/admin").text.contains("href=\"/admin/designer\""))
        #expect(await office.get("/admin/s/alle-typen").text.contains("href=\"/admin/designer/alle-typen\""))
    }

    // MARK: The overview

    @Test func theOverviewShowsSettingsPagesAndQuestionsWithTheirAnchors() async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        defer { _ = site } // The site's folders live as long as the test.
        let overview = await office.get("/admin/designer/alle-typen")
        #expect(overview.status == .ok)
        let text = overview.text
        #expect(text.contains("<nav class=\"breadcrumbs\" aria-label=\"Sie sind hier\">"))
        #expect(text.contains("<span aria-current=\"page\">Alle Typen &lt;script&gt;"))
        #expect(text.contains("<dd>mit persönlichem Link</dd>"))
        #expect(text.contains("<dd>Europe/Berlin</dd>"))
        #expect(text.contains("01.01.2026, 00:00 Uhr"))
        #expect(text.contains("Schulart (schulart)"))
        // Every page and question has the anchor of its path.
        #expect(text.contains("id=\"field-pages.2\""))
        #expect(text.contains("id=\"field-pages.0.questions.5\""))
        #expect(text.contains("Seite 3: Seite drei"))
        #expect(text.contains("Mehrfachauswahl"))
        #expect(text.contains("<span class=\"badge\">Pflicht</span>"))
        // Conditions as written (escaped) and in words.
        #expect(text.contains("nur sichtbar, wenn: <code>art == &#39;a&#39;</code>"))
        #expect(text.contains("<code>participant.schulart == &#39;gym&#39;</code>"))
        // Headings in order: h1, then h2 sections, h3 pages, h4 questions.
        let levels = text.matches(of: /<h([1-6])[ >]/).map { Int($0.output.1)! }
        #expect(levels.first == 1)
        #expect(zip(levels, levels.dropFirst()).allSatisfy { $1 <= $0 + 1 })

        let english = await office.get("/admin/designer/alle-typen?lang=en").text
        #expect(english.contains("multiple choice"))
        #expect(english.contains("shown only if: <code>art == &#39;a&#39;</code>"))
        #expect(english.contains("Page 3: Seite drei"))
    }

    @Test func aBrokenFileShowsItsDiagnosticsAndItsDownload() async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        try Self.write(#"{"id": "kaputt", "title": "Kaputt"}"#, to: "kaputt.json", in: site)
        site.application.reloadSurveys()
        let page = await office.get("/admin/designer/kaputt")
        #expect(page.status == .ok)
        #expect(page.text.contains("<h2 id=\"messages-errors\">Fehler</h2>"))
        #expect(page.text.contains("Zeile 1, Spalte 1: "))
        #expect(!page.text.contains(site.surveys))
        #expect(page.text.contains("href=\"/admin/designer/kaputt/download\""))
        // Its preview leads back to the page that lists the errors.
        let preview = await office.get("/admin/designer/kaputt/preview?page=1")
        #expect(preview.status == .seeOther)
        #expect(preview.location == "/admin/designer/kaputt")
    }

    @Test(arguments: [
        "/admin/designer/fehlt", "/admin/designer/fehlt/download", "/admin/designer/fehlt/preview",
        "/admin/designer/..%2Falle-typen/download", "/admin/designer/Alle-Typen",
    ])
    func anUnknownOrMalformedIdIsNotFound(path: String) async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        defer { _ = site } // The site's folders live as long as the test.
        let response = await office.get(path)
        #expect(response.status == .notFound)
        #expect(response.text.contains(DesignerPhrase.fileMissing.text(.de)))
    }

    // MARK: The download

    @Test func theDownloadIsTheFileAsItIs() async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        let response = await office.get("/admin/designer/alle-typen/download")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/json")
        #expect(response.headers["Content-Disposition"] == "attachment; filename=\"alle-typen.json\"")
        let file = try Data(contentsOf: URL(fileURLWithPath: site.surveys + "/alle-typen.json"))
        #expect(response.body == [UInt8](file))
    }

    // MARK: The preview

    /// Everything page one of `zahlen` requires, with `ganztag` as given.
    static func schoolPage(ganztag: String) -> String {
        "schueler=120&traeger=kommune&ganztag=\(ganztag)"
    }

    @Test func thePreviewIsTheRespondentsFormSentWithGet() async throws {
        let (site, signedIn) = try await Self.staff(survey: "zahlen")
        var office = signedIn
        let page = await office.get("/admin/designer/zahlen/preview?page=1")
        #expect(page.status == .ok)
        #expect(page.text.contains("<form method=\"get\" action=\"/admin/designer/zahlen/preview\""))
        #expect(page.text.contains("<input type=\"hidden\" name=\"page\" value=\"1\">"))
        #expect(page.text.contains("<input type=\"hidden\" name=\"lang\" value=\"de\">"))
        #expect(!page.text.contains("name=\"_csrf\""))
        #expect(page.text.contains(Phrase.previewNotice.text(.de)))
        #expect(page.text.contains("href=\"/admin/designer/zahlen\""))
        let english = await office.get("/admin/designer/zahlen/preview?page=1&lang=en")
        #expect(english.text.contains("Number of pupils"))
        #expect(site.application.responseLog(of: "zahlen")?.view.recordCount == 0)
    }

    @Test func nextFollowsTheSkipLogicAndCarriesTheAnswers() async throws {
        let (site, signedIn) = try await Self.staff(survey: "zahlen")
        var office = signedIn
        let base = "/admin/designer/zahlen/preview?page=1&lang=de&"
        // Without an all-day offer the all-day page is skipped.
        let skipping = await office.get(base + Self.schoolPage(ganztag: "kein") + "&_action=next")
        #expect(skipping.status == .seeOther)
        let third = try #require(skipping.location)
        #expect(third.hasPrefix("/admin/designer/zahlen/preview?page=3&lang=de&"))
        #expect(third.contains("ganztag=kein"))
        let page3 = await office.get(third)
        #expect(page3.text.contains("<input type=\"hidden\" name=\"ganztag\" value=\"kein\">"))
        #expect(page3.text.contains("Ganztag (übersprungen)"))
        // Back skips it too.
        let back = await office.get(third + "&_action=back")
        #expect(back.location?.hasPrefix("/admin/designer/zahlen/preview?page=1&") == true)
        // With one, it comes next.
        let showing = await office.get(base + Self.schoolPage(ganztag: "offen") + "&_action=next")
        #expect(showing.location?.hasPrefix("/admin/designer/zahlen/preview?page=2&") == true)
        #expect(site.application.responseLog(of: "zahlen")?.view.recordCount == 0)
    }

    @Test func nextChecksThePageAsTheFormDoes() async throws {
        let (site, signedIn) = try await Self.staff(survey: "zahlen")
        var office = signedIn
        defer { _ = site } // The site's folders live as long as the test.
        let response = await office.get("/admin/designer/zahlen/preview?page=1&schueler=viele&_action=next")
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains("error-summary"))
        #expect(response.text.contains("value=\"viele\""))
    }

    @Test func theLastPageAndSavingSayWhatThePreviewDoesNot() async throws {
        let (site, signedIn) = try await Self.staff(survey: "zahlen")
        var office = signedIn
        defer { _ = site } // The site's folders live as long as the test.
        let last = await office.get("/admin/designer/zahlen/preview?page=4&_action=next")
        #expect(last.status == .ok)
        #expect(last.text.contains(DesignerPhrase.previewLastPage.text(.de)))
        let saved = await office.get("/admin/designer/zahlen/preview?page=4&_action=save")
        #expect(saved.text.contains(DesignerPhrase.previewNothingStored.text(.de)))
    }

    @Test func aSkippedPageOpenedFromTheListSaysWhy() async throws {
        let (site, signedIn) = try await Self.staff(survey: "zahlen")
        var office = signedIn
        defer { _ = site } // The site's folders live as long as the test.
        let page = await office.get("/admin/designer/zahlen/preview?page=2&ganztag=kein")
        #expect(page.status == .ok)
        #expect(page.text.contains("Diese Seite sehen Befragte bei den bisherigen Angaben nicht."))
        #expect(page.text.contains("Kinder im Ganztag"))
    }

    @Test func aQuestionCalledLangOrPageIsAnAnswerAfterTheControls() async throws {
        let (site, signedIn) = try await Self.staff()
        var office = signedIn
        defer { _ = site } // The site's folders live as long as the test.
        // `alle-typen` has a question `lang` on its third page.
        let page = await office.get("/admin/designer/alle-typen/preview?page=3&lang=en&lang=Hallo+Welt")
        #expect(page.status == .ok)
        #expect(page.text.contains("<html lang=\"en\">"))
        #expect(page.text.contains("Hallo Welt</textarea>"))
    }

    @Test(arguments: ["page=0", "page=9", "page=x"])
    func aPageOutsideTheSurveyIsNotFound(query: String) async throws {
        let (site, signedIn) = try await Self.staff(survey: "zahlen")
        var office = signedIn
        defer { _ = site } // The site's folders live as long as the test.
        let response = await office.get("/admin/designer/zahlen/preview?" + query)
        #expect(response.status == (query == "page=x" ? .ok : .notFound))
    }
}
