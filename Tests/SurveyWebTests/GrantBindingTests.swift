import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// A grant cookie opens only its survey, only under the participant's current generation, and only until it expires.
@Suite struct GrantBindingTests {
    /// Submits page one and the review of the fixture survey.
    private func submit(_ browser: inout TestBrowser, survey: String = "alle-typen") async {
        let fields = survey == "alle-typen" ? RespondentFlowTests.pageOne : [("_action", "next"), ("note", "4")]
        _ = await browser.submitForm(on: "/s/\(survey)/p/eins", to: "/s/\(survey)/p/eins", fields)
        let review = await browser.get("/s/\(survey)/review")
        #expect(await browser.post("/s/\(survey)/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)
    }

    @Test func cookieOfOneSurveyDoesNotOpenAnotherWithTheSameParticipantIDs() async throws {
        let site = try TestSite()
        let definition = try String(contentsOfFile: site.surveys + "/alle-typen.json", encoding: .utf8)
            .replacingOccurrences(of: "\"id\": \"alle-typen\"", with: "\"id\": \"zweite\"")
        try definition.write(toFile: site.surveys + "/zweite.json", atomically: true, encoding: .utf8)
        site.application.reloadSurveys()
        let second = try #require(site.application.participants(of: "zweite"))
        _ = try second.register([
            ParticipantImport.Row(id: "schule-1", label: "Andere Schule", email: nil, fields: ["schulart": "gym"])
        ])
        site.application.reloadSurveys()

        var school = await site.school()
        let cookie = try #require(school.cookies["r-alle-typen"])
        school.cookies["r-zweite"] = cookie
        #expect(await school.get("/s/zweite").status == .forbidden)
        let page = await school.get("/s/alle-typen/p/eins")
        #expect(page.status == .ok)
        let posted = await school.post(
            "/s/zweite/p/eins", TestBrowser.hiddenFields(page.text) + RespondentFlowTests.pageOne)
        #expect(posted.status == .forbidden)
        #expect(site.application.responseLog(of: "zweite")?.recordCount == 0)
    }

    @Test func reissueEndsTheGrantsOfTheOldLink() async throws {
        let site = try TestSite()
        var school = await site.school()
        #expect(await school.get("/s/alle-typen/p/eins").status == .ok)
        let registry = try #require(site.application.participants(of: "alle-typen"))
        let fresh = try registry.reissue(id: "schule-1")
        // As the command line does beside a running server, whose watcher reloads within two seconds.
        site.application.reloadSurveys()
        #expect(await school.get("/s/alle-typen/p/eins").status == .forbidden)
        #expect(await school.get("/t/\(fresh.token)").status == .seeOther)
        #expect(await school.get("/s/alle-typen/p/eins").status == .ok)
    }

    @Test func voidEndsTheSchoolsGrantButNotItsLink() async throws {
        let site = try TestSite()
        var school = await site.school()
        await submit(&school)
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        let responseID = try #require(log.view.submitted.keys.first)
        let review = await school.get("/s/alle-typen/review")

        var office = try await site.office()
        let view = await office.get("/admin/s/alle-typen/r/\(responseID)")
        let void = await office.post(
            "/admin/s/alle-typen/r/\(responseID)/void", TestBrowser.hiddenFields(view.text) + [("reason", "Test")])
        #expect(void.status == .seeOther)
        #expect(log.view.submitted.isEmpty)

        // The form the school still has open cannot submit again ...
        let again = await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text))
        #expect(again.status == .forbidden)
        #expect(log.view.submitted.isEmpty)
        // ... until the school opens its personal link again, as the office may ask it to.
        #expect(await school.get("/t/\(site.token)").status == .seeOther)
        #expect(await school.get("/s/alle-typen/review").status == .ok)
    }

    @Test func publicRespondentWhoseResponseWasVoidedIsToldAndMayStartAgain() async throws {
        let site = try TestSite(survey: "oeffentlich")
        var respondent = site.browser()
        _ = await respondent.get("/s/oeffentlich")
        await submit(&respondent, survey: "oeffentlich")
        let log = try #require(site.application.responseLog(of: "oeffentlich"))
        let responseID = try #require(log.view.submitted.keys.first)

        var office = try await site.office()
        let view = await office.get("/admin/s/oeffentlich/r/\(responseID)")
        #expect(!view.text.contains("end-sessions"), "a public response has no participant whose sessions could end")
        _ = await office.post(
            "/admin/s/oeffentlich/r/\(responseID)/void", TestBrowser.hiddenFields(view.text) + [("reason", "Spam")])

        let told = await respondent.get("/s/oeffentlich/done")
        #expect(told.status == .forbidden)
        #expect(told.text.contains("für ungültig erklärt"))
        #expect(respondent.cookies["r-oeffentlich"] == nil)
        #expect(await respondent.get("/s/oeffentlich").status == .ok)
        #expect(respondent.cookies["r-oeffentlich"] != nil)
    }

    @Test func officeEndsASchoolsSessionsOnPurpose() async throws {
        let site = try TestSite()
        var school = await site.school()
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let responseID = try #require(site.application.responseLog(of: "alle-typen")?.view.drafts.keys.first)

        var office = try await site.office()
        let view = await office.get("/admin/s/alle-typen/r/\(responseID)")
        #expect(view.text.contains("Sitzungen beenden"))
        let forged = await office.post("/admin/s/alle-typen/r/\(responseID)/end-sessions", [("_csrf", "0")])
        #expect(forged.status == .forbidden)
        #expect(await school.get("/s/alle-typen/p/eins").status == .ok)
        let ended = await office.post(
            "/admin/s/alle-typen/r/\(responseID)/end-sessions", TestBrowser.hiddenFields(view.text))
        #expect(ended.location == "/admin/s/alle-typen/r/\(responseID)?ended=1")
        #expect(await office.get(try #require(ended.location)).text.contains("Die Sitzungen sind beendet."))
        #expect(await school.get("/s/alle-typen/p/eins").status == .forbidden)
        #expect(await school.get("/t/\(site.token)").status == .seeOther)
        #expect(await school.get("/s/alle-typen/p/eins").status == .ok)
    }

    @Test func grantLastsUntilTheSurveyClosesPlusTheMargin() async throws {
        let site = try TestSite()
        var school = site.browser()
        let entered = await school.get("/t/\(site.token)")
        // The fixture closes at the end of 2027-01-01 in Berlin; the clock stands at 2026-11-18 11:06:40 UTC.
        let closes = try #require(ISO8601DateFormatter().date(from: "2027-01-01T23:00:00Z"))
        let margin = GrantLifetime().afterClosing
        let maxAge = Int(closes.addingTimeInterval(margin).timeIntervalSince(site.clock.now))
        let cookie = try #require(entered.headers.values(for: "Set-Cookie").first { $0.hasPrefix("r-alle-typen=") })
        #expect(cookie.contains("Max-Age=\(maxAge);") || cookie.hasSuffix("Max-Age=\(maxAge)"))
        site.clock.set(closes.addingTimeInterval(margin - 60))
        #expect(await school.get("/s/alle-typen").text.contains("Die Befragung ist beendet."))
        site.clock.set(closes.addingTimeInterval(margin))
        #expect(await school.get("/s/alle-typen").text.contains("Formular abgelaufen"))
    }

    @Test func grantWithoutClosingDateExpiresAfterTheConfiguredLifetime() async throws {
        let site = try TestSite(survey: "oeffentlich") { configuration in
            configuration.grantLifetime = GrantLifetime(withoutClosingDate: 3600)
        }
        var respondent = site.browser()
        _ = await respondent.get("/s/oeffentlich")
        #expect(await respondent.get("/s/oeffentlich/p/eins").status == .ok)
        site.clock.set(site.clock.now.addingTimeInterval(3601))
        #expect(await respondent.get("/s/oeffentlich/p/eins").location == "/s/oeffentlich")
    }

}
