import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Synchronization
import Testing

@testable import SurveyWeb

/// Limits on what anonymous respondents of a public survey can make the server keep.
@Suite struct AnonymousBudgetTests {
    @Test func newResponsesPerAddressAndHourEndWithAFriendlyRetryPage() async throws {
        let site = try TestSite(survey: "oeffentlich") { $0.newResponsesPerAddressPerHour = 2 }
        for _ in 0..<2 {
            var browser = site.browser()
            #expect(await browser.get("/s/oeffentlich").status == .ok)
        }
        var third = site.browser()
        let refused = await third.get("/s/oeffentlich")
        #expect(refused.status == .tooManyRequests)
        #expect(third.cookies["r-oeffentlich"] == nil)
        #expect(refused.text.contains("Bitte versuchen Sie es ab"))
        let retryAfter = try #require(refused.headers["Retry-After"].flatMap { Int($0) })
        #expect((1...3600).contains(retryAfter))
        // A respondent who already began is not counted again.
        var other = site.browser()
        other.remoteAddress = "192.0.2.7"
        // The limit is 2: a third visit would be refused if each visit counted.
        #expect(await other.get("/s/oeffentlich").status == .ok)
        #expect(await other.get("/s/oeffentlich?lang=en").status == .ok)
        #expect(await other.get("/s/oeffentlich").status == .ok)
        // The next hour starts afresh.
        site.clock.set(site.clock.now.addingTimeInterval(Double(retryAfter)))
        #expect(await third.get("/s/oeffentlich").status == .ok)
    }

    @Test func newResponsesPerSurveyAreLimitedAcrossAddresses() async throws {
        let site = try TestSite(survey: "oeffentlich") { $0.newResponsesPerSurveyPerHour = 3 }
        var statuses: [HTTPStatus] = []
        for address in 1...4 {
            var browser = site.browser()
            browser.remoteAddress = "198.51.100.\(address)"
            statuses.append(await browser.get("/s/oeffentlich?lang=en").status)
        }
        #expect(statuses == [.ok, .ok, .ok, .tooManyRequests])
    }

    @Test func draftsBeyondTheDailyBudgetAreRefusedTheOfficeIsWarnedAndSubmissionsGoOn() async throws {
        let warnings = Mutex<[String]>([])
        let site = try TestSite(survey: "oeffentlich") { configuration in
            // {"note":"3"} is 12 bytes: two drafts fit into 30.
            configuration.logOptions.draftBudget = DraftBudget(maxAnswerBytes: 1_000, answerBytesPerDay: 30)
            configuration.warn = { message in warnings.withLock { $0.append(message) } }
        }
        var first = site.browser()
        _ = await first.get("/s/oeffentlich")
        let saved = await first.submitForm(
            on: "/s/oeffentlich/p/eins", to: "/s/oeffentlich/p/eins", [("_action", "next"), ("note", "3")])
        #expect(saved.status == .seeOther)
        var refusals: [HTTPResponse] = []
        for _ in 0..<3 {
            var browser = site.browser()
            _ = await browser.get("/s/oeffentlich")
            refusals.append(
                await browser.submitForm(
                    on: "/s/oeffentlich/p/eins", to: "/s/oeffentlich/p/eins", [("_action", "save"), ("note", "4")]))
        }
        #expect(refusals.map(\.status) == [.seeOther, .serviceUnavailable, .serviceUnavailable])
        #expect(refusals[1].headers["Retry-After"].flatMap { Int($0) }.map { (1...86_400).contains($0) } == true)
        #expect(
            refusals[1].text.contains("Zwischenstände können für diese Befragung heute nicht mehr gespeichert werden"))
        // What was typed is still in the form.
        #expect(refusals[1].text.contains("value=\"4\" checked"))
        #expect(warnings.withLock { $0.count } == 1)
        #expect(warnings.withLock { $0.first?.hasPrefix("responses/oeffentlich: ") ?? false })
        // The first respondent submits regardless.
        let review = await first.get("/s/oeffentlich/review")
        #expect(
            await first.post("/s/oeffentlich/submit", TestBrowser.hiddenFields(review.text)).location
                == "/s/oeffentlich/done")
        // The office sees why drafts are refused.
        var office = try await site.office()
        #expect(await office.get("/admin").text.contains("weitere bis Mitternacht (UTC) abgelehnt"))
    }
}

/// One client cannot spend a public survey's daily draft budget and so pause drafts for everyone.
@Suite struct AnonymousDraftBudgetTests {
    @Test func draftsBeyondAClientsShareAreRefusedWhileOtherClientsSaveOn() async throws {
        let site = try TestSite(survey: "oeffentlich") { configuration in
            // {"note":"3"} is 12 bytes: two drafts fit into 30, from however many responses of one client.
            configuration.draftBytesPerClientPerDay = 30
        }
        /// Begins a response as a new respondent of the client's /64 and saves a draft of it.
        func save(_ browser: inout TestBrowser) async -> HTTPResponse {
            _ = await browser.get("/s/oeffentlich")
            return await browser.submitForm(
                on: "/s/oeffentlich/p/eins", to: "/s/oeffentlich/p/eins", [("_action", "save"), ("note", "3")])
        }
        var browsers = (1...3).map { host in
            var browser = site.browser()
            browser.remoteAddress = "2001:db8:7:8::\(host)"
            return browser
        }
        var responses: [HTTPResponse] = []
        for index in browsers.indices { responses.append(await save(&browsers[index])) }
        #expect(responses.map(\.status) == [.seeOther, .seeOther, .tooManyRequests])
        let refused = responses[2]
        #expect(refused.text.contains("Von Ihrem Netzwerk aus wurden heute schon so viele Zwischenstände gespeichert"))
        #expect(refused.text.contains("value=\"3\" checked"))
        let retryAfter = try #require(refused.headers["Retry-After"].flatMap { Int($0) })
        #expect((1...86_400).contains(retryAfter))
        // Another client saves as before, and the refused one may again the next day.
        var other = site.browser()
        other.remoteAddress = "198.51.100.20"
        #expect(await save(&other).status == .seeOther)
        site.clock.set(site.clock.now.addingTimeInterval(Double(retryAfter)))
        #expect(
            await browsers[2].submitForm(
                on: "/s/oeffentlich/p/eins", to: "/s/oeffentlich/p/eins", [("_action", "save"), ("note", "3")]
            ).status == .seeOther)
    }

    @Test func invitedSchoolsAreNotCountedPerClient() async throws {
        let site = try TestSite { configuration in configuration.draftBytesPerClientPerDay = 1 }
        var school = await site.school()
        let saved = await school.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", [("_action", "save"), ("name", "Am Bach")])
        #expect(saved.status == .seeOther)
    }
}

/// A host with an IPv6 /64 cannot multiply the limits by changing its address inside it.
@Suite struct IPv6ClientLimitTests {
    @Test func newResponsesCountAWholeIPv6SlashSixtyFourAsOneClient() async throws {
        let site = try TestSite(survey: "oeffentlich") { $0.newResponsesPerAddressPerHour = 2 }
        var statuses: [HTTPStatus] = []
        for host in 1...3 {
            var browser = site.browser()
            browser.remoteAddress = "2001:db8:1:2::\(host)"
            statuses.append(await browser.get("/s/oeffentlich").status)
        }
        #expect(statuses == [.ok, .ok, .tooManyRequests])
        var neighbour = site.browser()
        neighbour.remoteAddress = "2001:db8:1:3::1"
        #expect(await neighbour.get("/s/oeffentlich").status == .ok)
    }

    @Test func wrongCodesCountAWholeIPv6SlashSixtyFourAsOneClient() async throws {
        let site = try TestSite()
        // Each code has its own first symbols, so only the count per client can refuse.
        let symbols = Array("ABCDEFGHJKM")
        var statuses: [Int] = []
        for (host, symbol) in symbols.enumerated() {
            var browser = site.browser()
            browser.remoteAddress = "2001:db8:5:6::\(host + 1)"
            statuses.append(await browser.get("/t/\(symbol)\(symbol)-WRONG").status.code)
        }
        #expect(statuses.prefix(10).allSatisfy { $0 == 404 })
        #expect(statuses.last == 429)
    }

    @Test func aRepeatedFormIsChargedOnce() async throws {
        let site = try TestSite(survey: "oeffentlich") { configuration in
            // {"note":"3"} is 12 bytes: two drafts fit into 30.
            configuration.draftBytesPerClientPerDay = 30
        }
        var browser = site.browser()
        _ = await browser.get("/s/oeffentlich")
        let page = await browser.get("/s/oeffentlich/p/eins")
        let fields = TestBrowser.hiddenFields(page.text) + [("_action", "save"), ("note", "3")]
        // A double click or a retry sends the same form again; the store writes it once.
        for _ in 1...3 {
            #expect(await browser.post("/s/oeffentlich/p/eins", fields).status == .seeOther)
        }
    }

    @Test func theCountersHoldABoundedNumberOfClients() {
        let budget = AnonymousDraftBudget(bytesPerClientPerDay: 100, capacity: 2)
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(budget.take(10, surveyID: "s", client: "192.0.2.1", at: now))
        #expect(budget.take(10, surveyID: "s", client: "192.0.2.2", at: now))
        // A third client finds the table full; those already counted save on.
        #expect(!budget.take(10, surveyID: "s", client: "192.0.2.3", at: now))
        #expect(budget.take(10, surveyID: "s", client: "192.0.2.1", at: now))
        // The next day starts with an empty table.
        #expect(budget.take(10, surveyID: "s", client: "192.0.2.3", at: now.addingTimeInterval(86_400)))
    }
}
