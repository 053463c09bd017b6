import Foundation
import SurveyMail
import SurveyModel
import SurveyStore
import Testing

/// The mail log read back per participant: results joined by Message-ID, last dates, uncertain messages.
struct MailHistoryTests {
    static func time(_ seconds: Int64) -> Timestamp {
        Timestamp(millisecondsSince1970: 1_796_000_000_000 + seconds * 1000)
    }

    @Test func joinsResultsToTheirMessagesAndFindsTheLastDates() throws {
        let folder = SurveyFolder(
            FileManager.default.temporaryDirectory.appendingPathComponent("mail-history-\(UUID().uuidString)").path)
        defer { try? FileManager.default.removeItem(atPath: folder.path) }
        #expect(try MailHistory(folder: folder).lastRound == 0)
        let log = try MailLog(folder: folder)
        func sending(_ participant: String, _ kind: MailTemplateKind, round: Int, _ id: String, at second: Int64)
            throws
        {
            try log.append(
                .sending(
                    MailSending(
                        participant: participant, template: kind, round: round, messageID: id, time: Self.time(second)))
            )
        }
        func result(_ id: String, _ outcome: MailResult.Outcome, at second: Int64) throws {
            try log.append(
                .result(MailResult(messageID: id, outcome: outcome, reply: "250 ok", time: Self.time(second))))
        }
        try sending("s1", .invitation, round: 1, "<a@x>", at: 0)
        try result("<a@x>", .sent, at: 1)
        try sending("s2", .invitation, round: 1, "<b@x>", at: 2)
        try sending("s1", .reminder, round: 2, "<c@x>", at: 10)
        try result("<c@x>", .failed(temporary: true), at: 11)
        try sending("s1", .reminder, round: 3, "<d@x>", at: 20)
        try result("<d@x>", .sent, at: 21)

        let history = try MailHistory(folder: folder)
        #expect(history.lastRound == 3)
        #expect(history.lastInvited("s1") == Date(timeIntervalSince1970: 1_796_000_001))
        #expect(history.lastReminded("s1") == Date(timeIntervalSince1970: 1_796_000_021))
        #expect(history.lastInvited("s2") == nil)
        #expect(history.deliveries(for: "s2").map(\.state) == [.uncertain])
        #expect(history.deliveries(for: "s1").map(\.round) == [1, 2, 3])
        #expect(history.entries(for: "s1").count == 6)
        #expect(history.entries(for: "s3").isEmpty)
    }
}
