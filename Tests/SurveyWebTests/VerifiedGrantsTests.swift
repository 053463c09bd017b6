import Foundation
import Testing

@testable import SurveyWeb

/// Grant cookies are verified once per value, refusals never kept, and the table stays bounded.
@Suite struct VerifiedGrantsTests {
    static let signer = CookieSigner(key: Array(repeating: 7, count: 32))
    /// A signer with another key: it refuses every value the first one signed, so a value it
    /// accepts was answered from the table.
    static let otherKey = CookieSigner(key: Array(repeating: 9, count: 32))
    static let now = GrantTests.now

    private func cookie(_ responseID: String, expires: Date = now.addingTimeInterval(3600)) -> String {
        Grant(surveyID: "alle-typen", responseID: responseID, participantID: nil, generation: 0, expires: expires)
            .cookieValue(signer: Self.signer)
    }

    @Test func twoRespondentsEachGetTheirOwnGrantAndToken() throws {
        let table = VerifiedGrants()
        let first = cookie("antwort-a")
        let second = cookie("antwort-b")
        for _ in 0..<2 {
            let a = try table.entry(for: first, signer: Self.signer, now: Self.now)
            let b = try table.entry(for: second, signer: Self.signer, now: Self.now)
            #expect(a.grant.responseID == "antwort-a" && a.csrf == Self.signer.csrfToken(for: first))
            #expect(b.grant.responseID == "antwort-b" && b.csrf == Self.signer.csrfToken(for: second))
            #expect(a.csrf != b.csrf)
        }
        #expect(table.count == 2)
    }

    @Test func aValueIsVerifiedOnceAndARefusalIsNeverKept() throws {
        let table = VerifiedGrants()
        let value = cookie("antwort-a")
        #expect(throws: Grant.Refusal.unreadable) { try table.entry(for: value, signer: Self.otherKey, now: Self.now) }
        #expect(table.count == 0)
        _ = try table.entry(for: value, signer: Self.signer, now: Self.now)
        #expect(try table.entry(for: value, signer: Self.otherKey, now: Self.now).grant.responseID == "antwort-a")
        // One byte more is another value, verified on its own.
        #expect(throws: Grant.Refusal.unreadable) {
            try table.entry(for: value + "0", signer: Self.signer, now: Self.now)
        }
        #expect(throws: Grant.Refusal.unreadable) { try table.entry(for: nil, signer: Self.signer, now: Self.now) }
        #expect(table.count == 1)
    }

    @Test func expiredGrantsMakeRoomFirstAndTheTableStaysBounded() throws {
        let table = VerifiedGrants(capacity: 3)
        let expired = cookie("alt", expires: Self.now)
        let live = cookie("aktuell")
        _ = try table.entry(for: expired, signer: Self.signer, now: Self.now)
        _ = try table.entry(for: live, signer: Self.signer, now: Self.now)
        _ = try table.entry(for: cookie("dritte"), signer: Self.signer, now: Self.now)
        _ = try table.entry(for: cookie("vierte"), signer: Self.signer, now: Self.now)
        #expect(table.count == 3)
        #expect(throws: Grant.Refusal.unreadable) {
            try table.entry(for: expired, signer: Self.otherKey, now: Self.now)
        }
        #expect(try table.entry(for: live, signer: Self.otherKey, now: Self.now).grant.responseID == "aktuell")
        for number in 0..<20 {
            _ = try table.entry(for: cookie("weitere-\(number)"), signer: Self.signer, now: Self.now)
            #expect(table.count <= 3)
        }
    }
}
