import Foundation
import Testing

@testable import SurveyWeb

/// Reading a grant cookie says which rule refused it.
@Suite struct GrantTests {
    static let signer = CookieSigner(key: Array(repeating: 7, count: 32))
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let grant = Grant(
        surveyID: "alle-typen", responseID: "abc123", participantID: "schule-1", generation: 2,
        expires: now.addingTimeInterval(3600))

    private func read(_ value: String?, survey: String = "alle-typen", at time: Date = now) throws(Grant.Refusal)
        -> Grant
    {
        try Grant(cookieValue: value, signer: Self.signer, surveyID: survey, now: time)
    }

    @Test func roundTrips() throws {
        #expect(try read(Self.grant.cookieValue(signer: Self.signer)) == Self.grant)
    }

    @Test func refusesAnotherSurveyExpiryAndOldOrAlteredValues() {
        let value = Self.grant.cookieValue(signer: Self.signer)
        #expect(throws: Grant.Refusal.otherSurvey) { try read(value, survey: "zweite") }
        #expect(throws: Grant.Refusal.expired) { try read(value, at: Self.now.addingTimeInterval(3600)) }
        // The format before grants named their survey, generation and expiry.
        #expect(throws: Grant.Refusal.unreadable) { try read(Self.signer.sign("abc123!schule-1")) }
        #expect(throws: Grant.Refusal.unreadable) { try read(value.replacingOccurrences(of: "!2!", with: "!3!")) }
        #expect(throws: Grant.Refusal.unreadable) { try read(nil) }
    }

    @Test func lifetimeEndsAMarginAfterClosing() {
        let lifetime = GrantLifetime(afterClosing: 100, withoutClosingDate: 1000)
        #expect(
            lifetime.expiry(issuedAt: Self.now, closes: Self.now.addingTimeInterval(50))
                == Self.now.addingTimeInterval(150))
        #expect(lifetime.expiry(issuedAt: Self.now, closes: nil) == Self.now.addingTimeInterval(1000))
        // Issued after closing, a grant still lasts the margin, to read the confirmation.
        #expect(
            lifetime.expiry(issuedAt: Self.now, closes: Self.now.addingTimeInterval(-500))
                == Self.now.addingTimeInterval(100))
    }
}
