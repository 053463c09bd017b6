import Foundation
import HTTPServer
import SurveyStore
import Testing

@testable import SurveyWeb

@Suite struct OfficeAreaTests {
    static let password = "Korrekt-Pferd-Batterie"

    /// Sets the password through the setup link and signs in.
    private func signedIn(_ site: TestSite) async throws -> TestBrowser {
        var browser = site.browser()
        let setup = try #require(site.application.office.setupPath())
        let form = await browser.get(setup)
        #expect(form.status == .ok)
        let fields = TestBrowser.hiddenFields(form.text) + [("password", Self.password), ("repeat", Self.password)]
        // A few rounds keep the test fast; the setup page uses the default.
        #expect(
            OfficeAccess.setPassword(
                Self.password, file: site.responses + "/" + OfficeAccess.passwordFileName, iterations: 10))
        #expect(await browser.post(setup, fields).status == .notFound)
        let login = await browser.get("/admin")
        #expect(login.status == .unauthorized)
        let response = await browser.post(
            "/admin/login", TestBrowser.hiddenFields(login.text) + [("password", Self.password)])
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
        #expect(await browser.get("/admin/setup/wrong").status == .notFound)
    }

    @Test func wrongPasswordIsRefusedAndRateLimited() async throws {
        let site = try TestSite()
        #expect(
            OfficeAccess.setPassword(
                Self.password, file: site.responses + "/" + OfficeAccess.passwordFileName, iterations: 10))
        var browser = site.browser()
        browser.remoteAddress = "10.1.1.1"
        var statuses: [Int] = []
        for _ in 0..<11 {
            let login = await browser.get("/admin")
            statuses.append(
                await browser.post("/admin/login", TestBrowser.hiddenFields(login.text) + [("password", "falsch")])
                    .status.code)
        }
        #expect(statuses.prefix(10).allSatisfy { $0 == 401 })
        #expect(statuses.last == 429)
        #expect(await browser.get("/admin/s/alle-typen").status == .unauthorized)
    }

    @Test func overviewParticipantsPendingCSVAndVoid() async throws {
        let site = try TestSite()
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
        #expect(view.text.contains("submit"))
        #expect(view.text.contains("draft"))
        let void = await office.post(
            "/admin/s/alle-typen/r/\(responseID)/void",
            TestBrowser.hiddenFields(view.text) + [("reason", "Testeingabe <doppelt>")])
        #expect(void.status == .seeOther)
        #expect(log.view.submitted.isEmpty)
        #expect(log.view.voided[responseID]?.reason == "Testeingabe <doppelt>")
        let after = await office.get("/admin/s/alle-typen/r/\(responseID)")
        #expect(after.text.contains("Testeingabe &lt;doppelt&gt;"))
    }

    @Test func reportIsBuiltFromTheCurrentLog() async throws {
        let site = try TestSite()
        var office = try await signedIn(site)
        let report = await office.get("/admin/s/alle-typen/report")
        #expect(report.status == .ok)
        #expect(report.text.contains("<svg") || report.text.contains("<table"))
        let policy = try #require(report.headers["Content-Security-Policy"])
        #expect(policy.contains("style-src 'self' 'unsafe-inline'"))
        #expect(policy.contains("script-src 'self';"))
        #expect(await office.get("/admin/s/alle-typen/report?by=schulart").status == .ok)
        #expect(await office.get("/admin/s/alle-typen/report?by=gibtesnicht").status == .badRequest)
        var stranger = site.browser()
        #expect(await stranger.get("/admin/s/alle-typen/report").status == .unauthorized)
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
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        #expect(await school.get("/s/alle-typen/p/zwei").status == .ok)
    }
}
