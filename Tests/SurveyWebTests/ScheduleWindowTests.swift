import Foundation
import HTTPServer
import HTTPServerTesting
import Testing

/// A survey's window to the second, on the test clock: the fixture opens on
/// 2026-01-01 and closes at the end of 2027-01-01, both in Berlin time.
struct ScheduleWindowTests {
    static func instant(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test func surveyOpensAtTheStartOfItsFirstDayInItsTimeZone() async throws {
        let site = try TestSite()
        var school = await site.school()
        let opens = try Self.instant("2025-12-31T23:00:00Z")
        site.clock.set(opens.addingTimeInterval(-1))
        let early = await school.get("/s/alle-typen/p/eins")
        #expect(early.status == .forbidden)
        #expect(early.text.contains("noch nicht begonnen"))
        site.clock.set(opens)
        #expect(await school.get("/s/alle-typen/p/eins").status == .ok)
    }

    @Test func surveyClosesAtTheEndOfItsLastDayInItsTimeZone() async throws {
        let site = try TestSite()
        var school = await site.school()
        let closes = try Self.instant("2027-01-01T23:00:00Z")
        site.clock.set(closes.addingTimeInterval(-1))
        #expect(await school.get("/s/alle-typen/p/eins").status == .ok)
        site.clock.set(closes)
        let late = await school.get("/s/alle-typen/p/eins")
        #expect(late.status == .forbidden)
        #expect(late.text.contains("Die Befragung ist beendet."))
    }
}
