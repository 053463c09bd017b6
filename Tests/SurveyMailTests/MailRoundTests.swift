import CryptoPrimitives
import Foundation
import InternetMessage
import MailTransport
import SurveyMail
import SurveyModel
import SurveyStore
import Testing

/// Rounds over a fake transport: who gets what, exactly once, at what pace.
struct MailRoundTests {
    /// The personal link in a delivered message (quoted-printable may break the line; the link has no `=`).
    static func link(in delivered: FakeTransport.Delivered) -> String? {
        let text = delivered.text.replacing("=\r\n", with: "")
        guard let start = text.range(of: "https://umfrage.kreis.example/t/") else { return nil }
        return String(text[start.lowerBound...].prefix { !$0.isWhitespace })
    }

    static func token(in delivered: FakeTransport.Delivered) -> AccessToken? {
        link(in: delivered).flatMap { AccessToken(typed: String($0.split(separator: "/").last ?? "")) }
    }

    @Test func invitesEveryoneWithAnAddressOnceAndSkipsTheRest() throws {
        let fixture = try MailFixture()
        let transport = FakeTransport()
        let summary = try fixture.send(MailRoundRequest(kind: .invitation), through: transport)
        #expect(summary.round == 1)
        #expect(summary.sent.map(\.id) == ["s01", "s02", "s04", "s05"])
        #expect(summary.skipped.map(\.reason.category) == [.noAddress, .noAddress])
        #expect(
            transport.delivered.map(\.envelope.recipients) == [
                ["s01@schulen.example"], ["s02@schulen.example"],
                ["s04@schulen.example"], ["s05@schulen.example"],
            ])
        // Each link opens its own participant's survey.
        for (delivered, id) in zip(transport.delivered, ["s01", "s02", "s04", "s05"]) {
            let token = try #require(Self.token(in: delivered))
            #expect(try fixture.registry.participant(forToken: token)?.id == id)
        }
        // The log holds neither tokens nor links.
        let log = String(
            decoding: FileManager.default.contents(atPath: fixture.folder.mailLog) ?? Data(), as: UTF8.self)
        #expect(!log.contains("/t/"))
        for delivered in transport.delivered {
            #expect(!log.contains(try #require(Self.token(in: delivered)).symbols))
        }
        // A second invitation round sends nothing.
        let second = FakeTransport()
        let again = try fixture.send(MailRoundRequest(kind: .invitation), through: second)
        #expect(again.sent.isEmpty && second.delivered.isEmpty)
        #expect(again.skipped.filter { $0.reason.category == .alreadyInvited }.count == 4)
    }

    /// A school that answered with a code handed out on paper gets no invitation, whose new code would end its sessions.
    @Test func anInvitationLeavesOutWhoHasAlreadySubmitted() throws {
        let fixture = try MailFixture()
        try fixture.submit("s02")
        let transport = FakeTransport()
        let summary = try fixture.send(MailRoundRequest(kind: .invitation), through: transport)
        #expect(summary.sent.map(\.id) == ["s01", "s04", "s05"])
        #expect(summary.skipped.contains { $0.participant.id == "s02" && $0.reason.category == .submitted })
        #expect(try fixture.registry.participant(id: "s02")?.sessionGeneration == 0)
    }

    @Test func remindersCarryTheInvitationsLinkAndSkipSubmitters() throws {
        let fixture = try MailFixture()
        let invitations = FakeTransport()
        try fixture.send(MailRoundRequest(kind: .invitation), through: invitations)
        try fixture.submit("s02")
        let reminders = FakeTransport()
        let summary = try fixture.send(MailRoundRequest(kind: .reminder), through: reminders)
        #expect(summary.round == 2)
        #expect(summary.sent.map(\.id) == ["s01", "s04", "s05"])
        #expect(summary.skipped.contains { $0.participant.id == "s02" && $0.reason.category == .submitted })
        #expect(Self.link(in: reminders.delivered[0]) == Self.link(in: invitations.delivered[0]))
        #expect(Self.link(in: reminders.delivered[1]) == Self.link(in: invitations.delivered[2]))
        // At most one reminder each, unless again.
        let second = FakeTransport()
        #expect(try fixture.send(MailRoundRequest(kind: .reminder), through: second).sent.isEmpty)
        let third = FakeTransport()
        #expect(try fixture.send(MailRoundRequest(kind: .reminder, again: true), through: third).sent.count == 3)
    }

    @Test func notStartedLeavesOutThoseWhoOpenedOrSavedADraft() throws {
        let fixture = try MailFixture()
        try fixture.send(MailRoundRequest(kind: .invitation), through: FakeTransport())
        try fixture.draft("s01")
        try fixture.registry.recordOpened(id: "s04")
        let transport = FakeTransport()
        let summary = try fixture.send(MailRoundRequest(kind: .reminder, notStarted: true), through: transport)
        #expect(summary.sent.map(\.id) == ["s02", "s05"])
        #expect(Set(summary.skipped.filter { $0.reason.category == .started }.map(\.participant.id)) == ["s01", "s04"])
    }

    @Test func aReminderBeforeAnyInvitationIssuesADerivableToken() throws {
        let fixture = try MailFixture(count: 1, withoutAddress: [])
        let transport = FakeTransport()
        try fixture.send(MailRoundRequest(kind: .reminder), through: transport)
        let token = try #require(Self.token(in: transport.delivered[0]))
        #expect(try fixture.registry.participant(forToken: token)?.id == "s01")
    }

    @Test func refusalsAreNotedAndTheRoundGoesOn() throws {
        let fixture = try MailFixture()
        let transport = FakeTransport(refusals: [
            "s02@schulen.example": TransportErrors.permanent, "s04@schulen.example": TransportErrors.temporary,
        ])
        let summary = try fixture.send(MailRoundRequest(kind: .invitation), through: transport)
        #expect(summary.sent.map(\.id) == ["s01", "s05"])
        #expect(summary.failed.map(\.participant.id) == ["s02", "s04"])
        #expect(summary.failed.first?.reply.contains("unknown user") == true)
        #expect(summary.failed.map(\.temporary) == [false, true])
        #expect(summary.stoppedBy == nil)
        // A failed invitation is tried again in the next round.
        let next = FakeTransport()
        #expect(try fixture.send(MailRoundRequest(kind: .invitation), through: next).sent.map(\.id) == ["s02", "s04"])
    }

    @Test func anUnreachableTransportStopsTheRoundAndTheNextRoundSendsTheRest() throws {
        let fixture = try MailFixture(count: 10, withoutAddress: [])
        let aborting = FakeTransport(reachableFor: 4)
        let summary = try fixture.send(MailRoundRequest(kind: .invitation), through: aborting)
        #expect(summary.sent.count == 4)
        #expect(summary.stoppedBy?.kind == .unreachable)
        #expect(summary.notReached.count == 5)
        let rest = FakeTransport()
        try fixture.send(MailRoundRequest(kind: .invitation), through: rest)
        let recipients = (aborting.delivered + rest.delivered).flatMap(\.envelope.recipients)
        #expect(recipients.count == 10 && Set(recipients).count == 10)
    }

    @Test func nothingIsSentWhenTheTransportFailsItsCheck() throws {
        let fixture = try MailFixture()
        let transport = FakeTransport(verifyError: TransportErrors.unreachable)
        let round = try fixture.round(transport)
        #expect(throws: MailRoundError.self) { try round.send(try round.plan(MailRoundRequest(kind: .invitation))) }
        #expect(transport.delivered.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.mailLog))
    }

    @Test func aCrashAfterHandingOverLeavesAnUncertainMessageThatIsNeverResentByItself() throws {
        let fixture = try MailFixture(count: 8, withoutAddress: [])
        let transport = FakeTransport()
        try fixture.send(MailRoundRequest(kind: .invitation), through: transport)
        // Cut the log after the third message's `sending` line: the state a crash right after handing it over leaves.
        let bytes = try #require(FileManager.default.contents(atPath: fixture.folder.mailLog))
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let kept = Array(lines.prefix(5).joined(separator: [UInt8(ascii: "\n")])) + [UInt8(ascii: "\n")]
        #expect(FileManager.default.createFile(atPath: fixture.folder.mailLog, contents: Data(kept)))
        let delivered = transport.delivered.prefix(3)

        let rerun = FakeTransport()
        let summary = try fixture.send(MailRoundRequest(kind: .invitation), through: rerun)
        #expect(summary.sent.map(\.id) == ["s04", "s05", "s06", "s07", "s08"])
        let uncertain = try #require(summary.skipped.first { $0.participant.id == "s03" })
        guard case .uncertain(let messageID) = uncertain.reason else {
            Issue.record("s03 should be uncertain, is \(uncertain.reason)")
            return
        }
        #expect(delivered[2].text.contains("Message-ID: \(messageID)"))
        let recipients = (delivered + rerun.delivered).flatMap(\.envelope.recipients)
        #expect(recipients.count == 8 && Set(recipients).count == 8)
        // Asked for, the uncertain one goes again, with the same link.
        let resend = FakeTransport()
        let third = try fixture.send(MailRoundRequest(kind: .invitation, resendUncertain: true), through: resend)
        #expect(third.sent.map(\.id) == ["s03"])
        #expect(Self.link(in: resend.delivered[0]) == Self.link(in: delivered[2]))
    }

    @Test func keepsToTheRateWithoutWaitingForReal() throws {
        let fixture = try MailFixture(count: 5, withoutAddress: [])
        let transport = FakeTransport()
        let round = try fixture.round(transport)
        let plan = try round.plan(MailRoundRequest(kind: .invitation, limit: 4))
        let start = fixture.clock.date
        let summary = try round.send(plan)
        #expect(summary.sent.count == 4)
        #expect(fixture.clock.slept == [.seconds(1), .seconds(1), .seconds(1)])
        #expect(fixture.clock.date.timeIntervalSince(start) == 3)
        #expect(summary.skipped.map(\.reason.category) == [.overLimit])
    }

    @Test func previewsShowAPlaceholderNeverARealToken() throws {
        let fixture = try MailFixture()
        let round = try fixture.round(FakeTransport())
        let plan = try round.plan(MailRoundRequest(kind: .invitation))
        let preview = try #require(plan.preview())
        #expect(preview.text.contains("https://umfrage.kreis.example/t/XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        #expect(preview.subject.contains("Digitale Schule"))
        #expect(preview.to.map(\.address) == ["s01@schulen.example"])
        // Planning wrote nothing: no token was issued, no log started.
        #expect(try fixture.registry.participant(id: "s01")?.sessionGeneration == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.mailLog))
    }

    @Test func invalidAddressesStopTheRoundBeforeAnythingIsSent() throws {
        let fixture = try MailFixture(count: 2, withoutAddress: [])
        try fixture.registry.update([
            ParticipantImport.Row(id: "s02", label: "Schule", email: "kein-at-zeichen", fields: ["schulart": "gs"])
        ])
        let transport = FakeTransport()
        let round = try fixture.round(transport)
        let plan = try round.plan(MailRoundRequest(kind: .invitation))
        #expect(plan.skipped.map(\.reason.category) == [.invalidAddress])
        #expect(throws: MailRoundError.self) { try round.send(plan) }
        #expect(transport.delivered.isEmpty)
    }

    @Test func anAnonymousSurveyGetsNoReminders() throws {
        let fixture = try MailFixture(
            count: 2, withoutAddress: [],
            definition: MailFixture.definition.replacing(
                #""access": "token","#, with: #""access": "token", "anonymous": true,"#))
        let round = try fixture.round(FakeTransport())
        #expect(try round.plan(MailRoundRequest(kind: .invitation)).recipients.count == 2)
        #expect(throws: MailRoundError.self) { try round.plan(MailRoundRequest(kind: .reminder)) }
    }

    @Test func aPlanOvertakenByAnotherRoundSendsNothingTwice() throws {
        let fixture = try MailFixture()
        let office = try fixture.round(FakeTransport())
        let commandLine = FakeTransport()
        let officePlan = try office.plan(MailRoundRequest(kind: .invitation))
        let commandLinePlan = try fixture.round(commandLine).plan(MailRoundRequest(kind: .invitation))
        #expect(try fixture.round(commandLine).send(commandLinePlan).sent.count == 4)
        let late = try office.send(officePlan)
        #expect(late.sent.isEmpty && late.notReached.isEmpty)
        #expect(try MailHistory(folder: fixture.folder).deliveries.count == 4)
    }

    @Test func aSecondRoundWaitsForTheFirstToEnd() throws {
        let fixture = try MailFixture()
        let lock = try MailRoundLock(folder: fixture.folder)
        let round = try fixture.round(FakeTransport())
        #expect(throws: MailRoundError.self) { try round.send(try round.plan(MailRoundRequest(kind: .invitation))) }
        lock.release()
        #expect(try round.send(try round.plan(MailRoundRequest(kind: .invitation))).sent.count == 4)
    }
}
