import Foundation
import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// Failed office sign-ins back off exponentially per client address and per account, without a hard lockout.
@Suite struct SignInBackoffTests {
    private func signIn(_ browser: inout TestBrowser, _ password: String) async -> HTTPResponse {
        await TestSite.signIn(&browser, password: password)
    }

    @Test func waitsDoubleAfterTheFreeFailuresUpToTheCeiling() {
        let throttle = SignInThrottle()
        #expect((0...8).map { throttle.delay(after: $0) } == [0, 0, 0, 0, 1, 2, 4, 8, 16])
        #expect(throttle.delay(after: 50) == 15 * 60)
        #expect(throttle.delay(after: Int.max) == 15 * 60)
    }

    @Test func anAddressThatKeepsFailingWaitsLongerEachTimeAndIsNotCheckedMeanwhile() async throws {
        let site = try TestSite()
        try site.addAccount(email: TestSite.officeEmail)
        var attacker = site.browser()
        attacker.remoteAddress = "10.1.1.1"
        for _ in 1...4 { #expect(await signIn(&attacker, "falsch-falsch-falsch").status == .unauthorized) }
        // Four failures: one second to wait, and even the right password is not checked before.
        let waiting = await signIn(&attacker, TestSite.officePassword)
        #expect(waiting.status == .tooManyRequests)
        #expect(waiting.headers["Retry-After"] == "1")
        site.clock.set(site.clock.now.addingTimeInterval(1))
        #expect(await signIn(&attacker, "falsch-falsch-falsch").status == .unauthorized)
        #expect(await signIn(&attacker, "falsch-falsch-falsch").headers["Retry-After"] == "2")
        // The wait always ends: no lockout, and a success forgets the failures.
        site.clock.set(site.clock.now.addingTimeInterval(2))
        #expect(await signIn(&attacker, TestSite.officePassword).status == .seeOther)
        var again = site.browser()
        again.remoteAddress = "10.1.1.1"
        #expect(await signIn(&again, "falsch-falsch-falsch").status == .unauthorized)
    }

    @Test func anAccountUnderAttackStillLetsAColleagueInFromAnotherAddress() async throws {
        let site = try TestSite()
        try site.addAccount(email: TestSite.officeEmail)
        for number in 1...6 {
            var attacker = site.browser()
            attacker.remoteAddress = "10.2.0.\(number)"
            #expect(await signIn(&attacker, "falsch-falsch-falsch").status == .unauthorized)
        }
        // An address that failed once waits for the account's back-off ...
        var sameAttacker = site.browser()
        sameAttacker.remoteAddress = "10.2.0.1"
        #expect(await signIn(&sameAttacker, "falsch-falsch-falsch").status == .tooManyRequests)
        // ... while the colleague, who never failed, is checked and gets in.
        var colleague = site.browser()
        colleague.remoteAddress = "10.9.9.9"
        #expect(await signIn(&colleague, TestSite.officePassword).status == .seeOther)
    }
}
