import CryptoPrimitives
import EscapingCorpus
import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyEvaluation
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

@Suite struct OfficeAreaTests {
    static let password = "Korrekt-Pferd-Batterie"

    /// Adds an account and signs in through the form; the session cookie is the office's own.
    func signedIn(_ site: TestSite) async throws -> TestBrowser {
        try site.addAccount(email: TestSite.officeEmail, password: Self.password)
        var browser = site.browser()
        let response = await TestSite.signIn(&browser, password: Self.password)
        #expect(response.status == .seeOther)
        let cookie = try #require(response.headers.values(for: "Set-Cookie").first { $0.hasPrefix("office=") })
        #expect(cookie.contains("SameSite=Strict"))
        #expect(cookie.contains("HttpOnly"))
        return browser
    }

    @Test func setupLinkSetsThePasswordOnce() async throws {
        let site = try TestSite()
        var browser = site.browser()
        let setup = try #require(site.application.office.setupPath())
        let form = await browser.get(setup)
        let short = await browser.post(
            setup, TestBrowser.hiddenFields(form.text) + [("password", "kurz"), ("repeat", "kurz")])
        #expect(short.status == .unprocessableContent)
        #expect(short.text.contains("mindestens 12 Zeichen"))
        #expect(await browser.get("/admin/invite/wrong").status == .gone)
    }

    @Test(arguments: TestMode.allCases)
    func overviewParticipantsPendingCSVAndVoid(mode: TestMode) async throws {
        let site = try TestSite(mode: mode)
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        #expect(await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)

        var office = try await signedIn(site)
        let overview = await office.get("/admin")
        #expect(overview.status == .ok)
        #expect(overview.text.contains("50 %"))
        let detail = await office.get("/admin/s/alle-typen")
        #expect(detail.text.contains("Grundschule &lt;Am Bach&gt; &amp; Co"))
        #expect(detail.text.contains("abgeschickt"))
        #expect(detail.text.contains("nicht begonnen"))
        let csv = await office.get("/admin/s/alle-typen/pending.csv")
        #expect(csv.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(csv.text.contains("nord@example.org"))
        #expect(!csv.text.contains("bach@example.org"))

        let log = try #require(site.application.responseLog(of: "alle-typen"))
        let responseID = try #require(log.view.submitted.keys.first)
        let view = await office.get("/admin/s/alle-typen/r/\(responseID)")
        #expect(view.text.contains("<td>Abgeschickt</td>"))
        #expect(view.text.contains("<td>Entwurf</td>"))
        #expect(view.text.contains("Grundschule &lt;Am Bach&gt; &amp; Co (schule-1)"))
        // The school's name links to its row on the participants page.
        #expect(view.text.contains("href=\"/admin/s/alle-typen/participants#p-schule-1\""))
        #expect(await office.get("/admin/s/alle-typen/participants").text.contains("<tr id=\"p-schule-1\">"))
        let void = await office.post(
            "/admin/s/alle-typen/r/\(responseID)/void",
            TestBrowser.hiddenFields(view.text) + [("reason", "Testeingabe <doppelt>")])
        #expect(void.status == .seeOther)
        #expect(log.view.submitted.isEmpty)
        #expect(log.view.voided[responseID]?.reason == "Testeingabe <doppelt>")
        let after = await office.get("/admin/s/alle-typen/r/\(responseID)")
        #expect(after.text.contains("Testeingabe &lt;doppelt&gt;"))
    }

    @Test(arguments: TestMode.allCases)
    func reportIsBuiltFromTheCurrentLog(mode: TestMode) async throws {
        let site = try TestSite(mode: mode)
        var office = try await signedIn(site)
        let report = await office.get("/admin/s/alle-typen/report")
        #expect(report.status == .ok)
        #expect(report.text.contains("<svg") || report.text.contains("<table"))
        let policy = try #require(report.headers["Content-Security-Policy"])
        #expect(policy.contains("style-src 'self' \(ReportStyle.hashSource)"))
        #expect(policy.contains("script-src 'self';"))
        #expect(await office.get("/admin/s/alle-typen/report?by=schulart").status == .ok)
        #expect(await office.get("/admin/s/alle-typen/report?by=gibtesnicht").status == .badRequest)
        var stranger = site.browser()
        #expect(await stranger.get("/admin/s/alle-typen/report").status == .unauthorized)
    }

    /// One school answers the first page and submits.
    /// Five more submissions straight into the store, so that charts have at least the minimum
    /// group size of answers (a question answered by fewer has a note instead of a chart).
    private func submitFiveMore(_ site: TestSite) throws {
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        for number in 1...5 {
            let answers: JSON = ["name": .string("Schule \(number)"), "anzahl": .number(Double(number)), "art": "a"]
            _ = try log.appendBatch([
                AppendRequest(.submit(answers: answers), responseID: "weitere-\(number)", definitionVersion: "v")
            ])[0].get()
        }
    }

    private func submitAsSchool(_ site: TestSite) async {
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        #expect(await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)
    }

    @Test func reportCacheDetachesTheLeastRecentlyUsed() async throws {
        let site = try TestSite()
        let entry = try #require(site.application.services.catalog.entry("alle-typen"))
        let reports = LiveReports(capacity: 2)
        func evaluation(by: String?) throws -> LiveEvaluation {
            let key = LiveReports.Key(
                surveyID: "alle-typen", version: entry.version, language: "de", filter: nil, by: by,
                today: entry.survey.today())
            return try reports.evaluation(for: key, log: entry.log) { () throws(EvaluationSetupError) in
                let evaluator = try SurveyEvaluator(
                    survey: entry.survey, language: "de", filter: nil, by: by, today: key.today.expressionValue)
                return LiveEvaluation(decoder: evaluator.decoder)
            }
        }
        let first = try evaluation(by: nil)
        let second = try evaluation(by: "schulart")
        #expect(try evaluation(by: nil) === first) // used again, so `second` is now the oldest
        let third = try evaluation(by: "art")
        #expect(reports.count == 2)
        #expect(try evaluation(by: nil) === first)
        #expect(try evaluation(by: "art") === third)
        await submitAsSchool(site)
        #expect(first.result().responses == 1)
        #expect(third.result().responses == 1)
        #expect(second.result().responses == 0) // detached from the log when evicted
    }

    /// The number of submitted responses on the report's title page.
    private func submittedCount(_ report: String) -> String? {
        let marker = /<dt>(Abgeschickte Antworten|Antworten in der Auswahl)<\/dt><dd>/
        guard let start = report.firstMatch(of: marker)?.range.upperBound,
            let end = report[start...].range(of: "</dd>")?.lowerBound
        else { return nil }
        return String(report[start..<end])
    }

    @Test func reportFollowsNewSubmissionsWithoutRescanning() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        let before = await office.get("/admin/s/alle-typen/report")
        #expect(submittedCount(before.text) == "0")
        let reports = site.application.officeReports
        #expect(reports.count == 1)

        await submitAsSchool(site)
        let after = await office.get("/admin/s/alle-typen/report")
        #expect(submittedCount(after.text) == "1")
        #expect(reports.count == 1)
    }

    @Test func reportOffersFilterAndBreakdownChoices() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        await submitAsSchool(site)
        try submitFiveMore(site)
        let plain = await office.get("/admin/s/alle-typen/report")
        #expect(plain.text.contains("<form method=\"get\" action=\"/admin/s/alle-typen/report\""))
        #expect(plain.text.contains("<label for=\"filter\">Filter als Ausdruck (für Geübte)</label>"))
        #expect(plain.text.contains("<label for=\"by\">Aufschlüsseln nach</label>"))
        #expect(plain.text.contains("<option value=\"participant.schulart\">Schulart</option>"))
        #expect(plain.text.contains("<option value=\"art\">"))
        let breakdowns = plain.text.components(separatedBy: "<select id=\"by\"").last ?? ""
        #expect(!breakdowns.contains("<option value=\"viele\">")) // a multiple choice splits no groups

        let table: [(query: String, submitted: String, selected: String)] = [
            ("?filter=anzahl+%3E%3D+0&by=", "6", "<option value=\"\" selected=\"\">"),
            ("?filter=anzahl+%3C+0", "0", "<option value=\"\" selected=\"\">"),
            ("?by=participant.schulart", "6", "<option value=\"participant.schulart\" selected=\"\">"),
            ("?by=schulart", "6", "<option value=\"participant.schulart\" selected=\"\">"),
        ]
        for (query, submitted, selected) in table {
            let report = await office.get("/admin/s/alle-typen/report" + query)
            #expect(report.status == .ok, "\(query)")
            #expect(submittedCount(report.text) == submitted, "\(query)")
            #expect(report.text.contains(selected), "\(query)")
        }
        let filtered = await office.get("/admin/s/alle-typen/report?filter=anzahl+%3C+0")
        #expect(filtered.text.contains("value=\"anzahl &lt; 0\""))
        let english = await office.get("/admin/s/alle-typen/report?lang=en&by=art")
        #expect(english.text.contains("<input type=\"hidden\" name=\"lang\" value=\"en\">"))
        #expect(english.text.contains("<label for=\"by\">Break down by</label>"))
        #expect(english.text.contains("?by=art&amp;lang=en\""))
    }

    @Test func unusableFilterShowsItsMessageInsteadOfTheReport() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        let filterMarked =
            "name=\"filter\" value=\"\(#"[^"]*"#)\" spellcheck=\"false\" aria-describedby=\"filter-help e-choice\" aria-invalid=\"true\">"
        let breakdownMarked = "<select id=\"by\" name=\"by\" aria-describedby=\"e-choice\" aria-invalid=\"true\">"
        let cases: [(query: String, message: String, marked: String)] = [
            ("?filter=anzahl+%3C", "Der Filter lässt sich nicht verwenden: ", filterMarked),
            (
                "?filter=art+%3C+%27%3Cb%3E%27",
                "Der Filter lässt sich nicht verwenden: „&lt;“ braucht Zahlen oder Daten",
                filterMarked
            ),
            ("?filter=gibtesnicht+%3D%3D+1", "Der Filter lässt sich nicht verwenden: ", filterMarked),
            ("?by=gibtesnicht", "Es gibt keine Frage und kein Teilnehmerfeld „gibtesnicht“", breakdownMarked),
            ("?by=viele", "Nach „viele“ lässt sich nicht aufschlüsseln", breakdownMarked),
        ]
        for (query, message, marked) in cases {
            let page = await office.get("/admin/s/alle-typen/report" + query)
            #expect(page.status == .badRequest, "\(query)")
            #expect(page.text.contains("role=\"alert\""), "\(query)")
            #expect(page.text.contains(message), "\(query)")
            #expect(!page.text.contains("<svg"), "\(query)")
            #expect(!page.text.contains("<b>"), "\(query)")
            #expect(page.text.contains(try Regex(marked)), "\(query)")
            #expect(page.text.components(separatedBy: "aria-invalid").count == 2, "\(query)") // one field marked
        }
    }

    /// The office report's `filter` is reflected into the page; a prepend character
    /// must not smuggle markup past the escaper.
    @Test func reflectedFilterIsEscaped() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        await submitAsSchool(site)
        let payload = "\u{600}<meta http-equiv=refresh content=\"0;url=https://example.org\">"
        let escaped = "\u{600}&lt;meta http-equiv=refresh content=&quot;0;url=https://example.org&quot;&gt;"
        // As a valid filter (a text compared with an answer) it reaches the report's list of facts,
        // and as it stands it is an error message's subject.
        for (filter, status) in [("name == '\(payload)'", HTTPStatus.ok), (payload, .badRequest)] {
            let page = await office.get("/admin/s/alle-typen/report?filter=" + URLEncodedForm.encode(filter))
            #expect(page.status == status, "\(filter)")
            #expect(page.text.contains(escaped), "\(filter)")
            #expect(!page.text.contains("\u{600}<"), "\(filter)")
            #expect(EscapingCorpus.problems(inDocument: page.text) == [], "\(filter)")
        }
    }

    /// The live report keeps its stylesheet inline, admitted by hash: no `'unsafe-inline'`.
    @Test func reportPageAdmitsOnlyItsOwnStylesheet() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        await submitAsSchool(site)
        let page = await office.get("/admin/s/alle-typen/report")
        #expect(page.status == .ok)
        let policy = try #require(page.headers["Content-Security-Policy"])
        #expect(!policy.contains("unsafe-inline"))
        #expect(policy.contains("script-src 'self'") && policy.contains("default-src 'none'"))
        let styles = page.text.matches(of: /<style>([\s\S]*?)<\/style>/)
        #expect(styles.count == 1)
        for style in styles {
            let hash = "'sha256-\(Data(SHA256.hash(Array(style.1.utf8))).base64EncodedString())'"
            #expect(policy.contains("style-src 'self' \(hash)"))
        }
        #expect(!page.text.contains(" style=\""))
        #expect(page.text.contains("<div class=\"screen-only\">"))
    }

    /// A respondent's hostile answers come back escaped on the review page and the office's response page.
    @Test func corpusAnswersAreEscapedOnReviewAndResponsePages() async throws {
        let site = try TestSite()
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        for chunk in EscapingCorpus.chunks(maxLength: 200) {
            let fields = [
                ("_action", "next"), ("name", "\u{600}<b>\u{600}\"'&"), ("anzahl", "12"), ("art", "other"),
                ("art.other", chunk),
            ]
            let posted = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", fields)
            let page = posted.status == .seeOther ? await school.get("/s/alle-typen/review") : posted
            #expect(EscapingCorpus.problems(inDocument: page.text) == [])
            #expect(page.text.contains("\u{600}&lt;b&gt;\u{600}&quot;&#39;&amp;"))
        }
        let first = try #require(EscapingCorpus.chunks(maxLength: 200).first)
        let fields = [
            ("_action", "next"), ("anzahl", "12"), ("name", "Schule"), ("art", "other"), ("art.other", first),
        ]
        let posted = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", fields)
        #expect(posted.status == .seeOther)
        let review = await school.get("/s/alle-typen/review")
        #expect(review.text.contains("\u{600}&lt;img src=x onerror=alert(1)&gt;"))
        #expect(await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)

        var office = try await signedIn(site)
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        let responseID = try #require(log.view.submitted.keys.first)
        let view = await office.get("/admin/s/alle-typen/r/\(responseID)")
        #expect(view.status == .ok)
        #expect(view.text.contains("\u{600}&lt;img src=x onerror=alert(1)&gt;"))
        #expect(EscapingCorpus.problems(inDocument: view.text) == [])
    }

    @Test func chartsDownloadAsSVGFilesWithTheSameChoice() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        await submitAsSchool(site)
        try submitFiveMore(site)
        let report = await office.get("/admin/s/alle-typen/report?filter=anzahl+%3E%3D+0&by=participant.schulart")
        let link = "/admin/s/alle-typen/report/art.svg?filter=anzahl%20%3E%3D%200&by=participant.schulart"
        #expect(report.text.contains("href=\"\(link.replacing("&", with: "&amp;"))\""))
        #expect(report.text.contains("<h2 id=\"chart-downloads\">Diagramme als SVG herunterladen</h2>"))
        // The filter and breakdown in words, on the page and in the file, which may leave the report.
        let words = "Nur Antworten, für die gilt: „Anzahl &lt;n&gt;“ ist mindestens 0"
        #expect(report.text.contains("<dd>\(words)</dd>"))

        let file = await office.get(link)
        #expect(file.status == .ok)
        #expect(file.headers["Content-Type"] == "image/svg+xml; charset=utf-8")
        #expect(file.headers["Content-Disposition"] == "attachment; filename=\"alle-typen-art.svg\"")
        #expect(file.text.hasPrefix("<?xml"))
        #expect(file.text.contains("<svg"))
        #expect(file.text.contains("– \(words). Aufgeschlüsselt nach „Schulart“.</title>"))
        let unsplit = await office.get("/admin/s/alle-typen/report/art.svg?filter=anzahl+%3E%3D+2")
        #expect(unsplit.status == .ok)
        #expect(unsplit.text != file.text) // the filter and breakdown apply to the file too
        // Nobody answered under this filter: the report shows a note, and there is no chart to download.
        let nobody = await office.get("/admin/s/alle-typen/report/art.svg?filter=anzahl+%3C+0")
        #expect(nobody.status == .notFound)

        #expect(await office.get("/admin/s/alle-typen/report/gibtesnicht.svg").status == .notFound)
        #expect(await office.get("/admin/s/alle-typen/report/art.svg?filter=anzahl+%3C").status == .badRequest)
        var stranger = site.browser()
        #expect(await stranger.get(link).status == .unauthorized)
    }

    @Test func previewChecksButNeverStores() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        let page = await office.get("/admin/s/alle-typen/preview/eins")
        #expect(page.status == .ok)
        #expect(page.text.contains("Vorschau: Eingaben werden nicht gespeichert."))
        let checked = await office.post(
            "/admin/s/alle-typen/preview/eins", TestBrowser.hiddenFields(page.text) + [("anzahl", "viele")])
        #expect(checked.status == .unprocessableContent)
        #expect(checked.text.contains("value=\"viele\""))
        #expect(site.application.responseLog(of: "alle-typen")?.recordCount == 0)
    }

    @Test func editThatOrphansStoredAnswersIsWarned() async throws {
        let site = try TestSite()
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        #expect(await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)
        let path = site.surveys + "/alle-typen.json"
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        try lines.filter { !$0.contains("\"id\": \"name\"") }.joined(separator: "\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        let messages = site.application.reloadSurveys()
        #expect(messages.contains { $0.contains("question 'name' was removed, but 1 submitted responses answer it") })
        var office = try await signedIn(site)
        #expect(await office.get("/admin/s/alle-typen").text.contains("question &#39;name&#39; was removed"))
    }

    @Test func brokenEditKeepsTheLastGoodVersion() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        let path = site.surveys + "/alle-typen.json"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try original.replacingOccurrences(of: "\"type\": \"boolean\"", with: "\"type\": \"bool\"").write(
            toFile: path, atomically: true, encoding: .utf8)
        let messages = site.application.reloadSurveys()
        #expect(messages.first?.contains("last good version stays online") == true)
        let detail = await office.get("/admin/s/alle-typen")
        #expect(detail.text.contains("Fehler in der Definition"))
        #expect(detail.text.contains("unbekannter Wert &quot;bool&quot; für &quot;type&quot; in Frage &quot;ja&quot;"))
        let english = await office.get("/admin/s/alle-typen?lang=en")
        #expect(english.text.contains("unknown value &quot;bool&quot; for &quot;type&quot; of question &quot;ja&quot;"))
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        #expect(await school.get("/s/alle-typen/p/zwei").status == .ok)
    }
}
