import Foundation
import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// Only failed attempts count, per address and per target, and a correct credential always passes.
@Suite struct FailedAttemptLimitTests {
    /// Signs in with `password` from the browser's address; returns the status.
    private func signIn(_ browser: inout TestBrowser, _ password: String) async -> Int {
        let login = await browser.get("/admin")
        return await browser.post("/admin/login", TestBrowser.hiddenFields(login.text) + [("password", password)])
            .status.code
    }

    @Test func validLinkPassesAfterBogusOnesFromTheSameAddress() async throws {
        let site = try TestSite()
        var attacker = site.browser()
        attacker.remoteAddress = "10.0.0.9"
        var statuses: [Int] = []
        for _ in 0..<12 { statuses.append(await attacker.get("/t/WRONG-CODE").status.code) }
        #expect(statuses.prefix(10).allSatisfy { $0 == 404 })
        #expect(statuses.suffix(2).allSatisfy { $0 == 429 })
        // A school behind the same address (one NAT for all schools) still gets in.
        var school = site.browser()
        school.remoteAddress = "10.0.0.9"
        let entered = await school.get("/t/\(site.token)")
        #expect(entered.status == .seeOther)
        #expect(entered.location == "/s/alle-typen")
    }

    @Test func wrongCodesWithOnePrefixCountAcrossAddresses() async throws {
        let site = try TestSite()
        var statuses: [Int] = []
        for number in 0..<11 {
            var browser = site.browser()
            browser.remoteAddress = "10.2.0.\(number)"
            statuses.append(await browser.get("/t/AB\(number)").status.code)
        }
        #expect(statuses.prefix(10).allSatisfy { $0 == 404 })
        #expect(statuses.last == 429)
    }

    @Test func correctPasswordPassesAfterOthersFailed() async throws {
        let site = try TestSite()
        var office = try await site.office()
        var attacker = site.browser()
        attacker.remoteAddress = "10.1.1.1"
        var statuses: [Int] = []
        for _ in 0..<11 { statuses.append(await signIn(&attacker, "falsch-falsch-falsch")) }
        #expect(statuses.prefix(10).allSatisfy { $0 == 401 })
        #expect(statuses.last == 429)
        // The account is over its budget: a wrong password from elsewhere is refused too ...
        var colleague = site.browser()
        colleague.remoteAddress = "10.1.1.2"
        #expect(await signIn(&colleague, "vertippt-vertippt") == 429)
        // ... but the right one passes, from the attacker's address as well as from another.
        #expect(await signIn(&colleague, TestSite.officePassword) == 303)
        var sameAddress = site.browser()
        sameAddress.remoteAddress = "10.1.1.1"
        #expect(await signIn(&sameAddress, TestSite.officePassword) == 303)
        #expect(await office.get("/admin").status == .ok)
    }

    @Test func failuresAreForgottenAfterTheWindow() async throws {
        let site = try TestSite()
        _ = try await site.office()
        var browser = site.browser()
        browser.remoteAddress = "10.1.1.3"
        for _ in 0..<11 { _ = await signIn(&browser, "falsch-falsch-falsch") }
        #expect(await signIn(&browser, "falsch-falsch-falsch") == 429)
        site.clock.set(site.clock.now.addingTimeInterval(61))
        #expect(await signIn(&browser, "falsch-falsch-falsch") == 401)
    }
}
