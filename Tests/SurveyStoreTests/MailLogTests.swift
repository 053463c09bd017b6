import Foundation
import SurveyModel
import SurveyStore
import Testing

/// The send log: durable lines before and after each message, torn tails, damaged lines.
struct MailLogTests {
    static let time = Timestamp(millisecondsSince1970: 1_796_000_000_000)

    static func sending(_ participant: String, _ id: String, round: Int = 1) -> MailLogEntry {
        .sending(MailSending(participant: participant, template: .invitation, round: round, messageID: id, time: time))
    }

    @Test func writesAndReadsBackEveryKindOfLine() throws {
        let directory = TemporaryDirectory()
        let folder = SurveyFolder(directory.path)
        let log = try MailLog(folder: folder)
        let entries: [MailLogEntry] = [
            Self.sending("s001", "<a@x>"),
            .result(MailResult(messageID: "<a@x>", outcome: .sent, reply: "250 2.0.0 Ok: queued", time: Self.time)),
            .sending(
                MailSending(participant: "s002", template: .reminder, round: 2, messageID: "<b@x>", time: Self.time)),
            .result(
                MailResult(
                    messageID: "<b@x>", outcome: .failed(temporary: true), reply: "451 try later", time: Self.time)),
            .result(
                MailResult(messageID: "<c@x>", outcome: .failed(temporary: false), reply: "550 no", time: Self.time)),
        ]
        for entry in entries { try log.append(entry) }
        #expect(try MailLog(folder: folder).entries() == entries)
        let text = String(decoding: directory.bytes("mail.jsonl"), as: UTF8.self)
        #expect(
            text.hasPrefix(
                #"{"kind":"sending","participant":"s001","template":"invitation","round":1,"messageID":"<a@x>","time":"#
            ))
        #expect(text.contains(#"{"kind":"failed","messageID":"<b@x>","reply":"451 try later","temporary":true,"#))
        #expect(fileMode(folder.mailLog) == 0o600)
    }

    @Test func setsATornTailAsideBeforeTheNextLine() throws {
        let directory = TemporaryDirectory()
        let folder = SurveyFolder(directory.path)
        let log = try MailLog(folder: folder)
        try log.append(Self.sending("s001", "<a@x>"))
        var bytes = directory.bytes("mail.jsonl")
        bytes += Array(#"{"kind":"sent","messageID":"<a"#.utf8)
        directory.write("mail.jsonl", bytes)
        let reopened = try MailLog(folder: folder)
        #expect(try reopened.entries().count == 1)
        try reopened.append(Self.sending("s002", "<b@x>"))
        #expect(try MailLog(folder: folder).entries().map(\.messageID) == ["<a@x>", "<b@x>"])
        #expect(directory.files(startingWith: "mail.jsonl.torn-").count == 1)
    }

    @Test func reportsADamagedLineWithItsNumber() throws {
        let directory = TemporaryDirectory()
        let folder = SurveyFolder(directory.path)
        try MailLog(folder: folder).append(Self.sending("s001", "<a@x>"))
        directory.write("mail.jsonl", directory.bytes("mail.jsonl") + Array(#"{"kind":"sending"}"#.utf8) + [10])
        #expect(throws: StoreError.self) { try MailLog(folder: folder) }
        do {
            _ = try MailLog(folder: folder)
        } catch {
            guard case .damagedLine(_, let line, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(line == 2)
        }
    }

    @Test func seesLinesAnotherWriterAppended() throws {
        let directory = TemporaryDirectory()
        let folder = SurveyFolder(directory.path)
        let reader = try MailLog(folder: folder)
        #expect(try reader.entries().isEmpty)
        try MailLog(folder: folder).append(Self.sending("s001", "<a@x>"))
        #expect(try reader.entries().count == 1)
    }
}
