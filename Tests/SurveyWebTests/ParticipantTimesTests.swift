import Foundation
import SurveyStore
import SurveyWeb
import Testing

/// The office's status times come from the application's clock, so they can be checked to the millisecond.
struct ParticipantTimesTests {
    @Test func invitationAndFirstOpeningAreStampedByTheApplicationClock() async throws {
        let site = try TestSite()
        let invited = Int64(site.clock.now.timeIntervalSince1970 * 1000)
        site.clock.set(site.clock.now.addingTimeInterval(86_400.5))
        _ = await site.school()
        // A second visit a day later does not move the first opening.
        site.clock.set(site.clock.now.addingTimeInterval(86_400))
        _ = await site.school()
        let registry = try #require(site.application.participants(of: "alle-typen"))
        let school = try #require(try registry.participant(id: "schule-1"))
        #expect(school.invited.millisecondsSince1970 == invited)
        #expect(school.firstOpened?.millisecondsSince1970 == invited + 86_400_500)
    }
}
