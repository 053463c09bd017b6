import Foundation
import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// Only failed access codes count, per address and per code prefix, and a correct code always passes.
@Suite struct FailedAttemptLimitTests {
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
}
