import Foundation
import MailTransport
import SurveyMail
import SurveyModel
import SurveyStore
import Testing

/// A round sends for minutes at its rate: a school that submits in that time gets nothing afterwards.
struct SubmittedMeanwhileTests {
    static func address(_ id: String) -> String { "\(id)@schulen.example" }

    /// The messages of `kind` the mail log notes for `participant`.
    static func logged(_ kind: MailTemplateKind, to participant: String, in fixture: MailFixture) throws -> Int {
        try MailHistory(folder: fixture.folder).deliveries(for: participant).filter { $0.template == kind }.count
    }

    @Test func aReminderLeavesOutASchoolThatSubmitsWhileTheRoundSends() throws {
        let fixture = try MailFixture()
        try fixture.send(MailRoundRequest(kind: .invitation), through: FakeTransport())
        let folder = fixture.folder
        let transport = FakeTransport { recipients in
            if recipients == [Self.address("s01")] { try MailFixture.submit("s02", in: folder) }
        }
        let round = try fixture.round(transport)
        let plan = try round.plan(MailRoundRequest(kind: .reminder))
        #expect(plan.recipients.map(\.id) == ["s01", "s02", "s04", "s05"])
        let summary = try round.send(plan)
        #expect(summary.stoppedBy == nil)
        #expect(summary.sent.map(\.id) == ["s01", "s04", "s05"])
        #expect(transport.delivered.map(\.envelope.recipients) == ["s01", "s04", "s05"].map { [Self.address($0)] })
        let meanwhile = summary.skipped.filter { $0.reason.category == .submittedMeanwhile }
        #expect(meanwhile.map(\.participant.id) == ["s02"])
        #expect(summary.notReached.isEmpty)
        #expect(try Self.logged(.reminder, to: "s02", in: fixture) == 0)
        #expect(try Self.logged(.reminder, to: "s04", in: fixture) == 1)
        // The next round leaves it out as any school that has submitted.
        let next = try fixture.send(MailRoundRequest(kind: .reminder, again: true), through: FakeTransport())
        #expect(next.skipped.contains { $0.participant.id == "s02" && $0.reason.category == .submitted })
    }

    @Test func anInvitationLeavesOutASchoolThatSubmitsWhileTheRoundSends() throws {
        let fixture = try MailFixture()
        let folder = fixture.folder
        let transport = FakeTransport { recipients in
            if recipients == [Self.address("s02")] { try MailFixture.submit("s04", in: folder) }
        }
        let summary = try fixture.send(MailRoundRequest(kind: .invitation), through: transport)
        #expect(summary.sent.map(\.id) == ["s01", "s02", "s05"])
        #expect(summary.skipped.filter { $0.reason.category == .submittedMeanwhile }.map(\.participant.id) == ["s04"])
        #expect(try Self.logged(.invitation, to: "s04", in: fixture) == 0)
        // No invitation code was issued, so the school's sessions go on.
        #expect(try fixture.registry.participant(id: "s04")?.sessionGeneration == 0)
    }

    @Test func aDraftSavedWhileTheRoundSendsDoesNotStopTheReminder() throws {
        let fixture = try MailFixture()
        try fixture.send(MailRoundRequest(kind: .invitation), through: FakeTransport())
        let folder = fixture.folder
        let transport = FakeTransport { recipients in
            if recipients == [Self.address("s01")] { try MailFixture.draft("s02", in: folder) }
        }
        let summary = try fixture.send(MailRoundRequest(kind: .reminder), through: transport)
        #expect(summary.sent.map(\.id) == ["s01", "s02", "s04", "s05"])
        #expect(!summary.skipped.contains { $0.reason.category == .submittedMeanwhile })
    }

    /// A write in progress at the check is not an error; the record it becomes is seen at the next check.
    @Test func aHalfWrittenLastLineIsReadOnceItIsComplete() throws {
        let fixture = try MailFixture()
        try fixture.send(MailRoundRequest(kind: .invitation), through: FakeTransport())
        // A real submit line for s04, written by the store into a log of its own.
        let elsewhere = try MailFixture()
        try elsewhere.submit("s04")
        let line = try #require(FileManager.default.contents(atPath: elsewhere.folder.log))
        #expect(line.last == UInt8(ascii: "\n"))
        let half = line.count / 2
        let log = fixture.folder.log
        let transport = FakeTransport { recipients in
            switch recipients {
            case [Self.address("s01")]: try Self.append(line.prefix(half), to: log)
            case [Self.address("s02")]: try Self.append(line.suffix(from: half), to: log)
            default: break
            }
        }
        let summary = try fixture.send(MailRoundRequest(kind: .reminder), through: transport)
        #expect(summary.stoppedBy == nil)
        #expect(summary.sent.map(\.id) == ["s01", "s02", "s05"])
        #expect(summary.skipped.filter { $0.reason.category == .submittedMeanwhile }.map(\.participant.id) == ["s04"])
    }

    /// Appends raw bytes to `path`, creating it: a writer caught in the middle of a line.
    static func append(_ bytes: Data, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        let handle = try #require(FileHandle(forWritingAtPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: bytes)
    }
}
