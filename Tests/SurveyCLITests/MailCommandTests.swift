import Foundation
import StrictJSON
import SurveyStore
import Testing

@testable import SurveyCLI

/// `survey mail invite|remind` with a sendmail program that keeps each message in a folder.
@Suite struct MailCommandTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("survey-mail-\(UUID().uuidString)").path
    let survey = "\(repository)/surveys/digitale-bildung.json"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder + "/outbox", withIntermediateDirectories: true)
        // A sendmail that writes stdin to the next numbered file, as a mail system would queue it.
        let script = """
            #!/bin/sh
            n=$(ls "\(folder)/outbox" | wc -l)
            cat > "\(folder)/outbox/$n.eml"

            """
        _ = FileManager.default.createFile(
            atPath: folder + "/sendmail", contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        _ = write(
            "schulen.csv",
            "id,label,email,schulart,region\ns001,Grundschule Am Park,gs@park.example,gs,nord\n"
                + "s002,Gymnasium Süd,,gym,sued\ns003,Realschule Mitte,rs@mitte.example,rsplus,mitte\n")
        _ = write("mail.json", settings())
        #expect(Run(["participants", "import", survey, folder + "/schulen.csv"] + responses).code == .success)
    }

    func write(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return path
    }

    func settings(extra: String = "") -> String {
        """
        {"from": {"address": "schulamt@kreis.example", "name": "Schulamt"}, \(extra)
         "office": {"de": "Schulamt des Kreises", "en": "County Education Office"}, "contact": "Telefon 01234 5678",
         "baseURL": "https://umfrage.kreis.example",
         "transport": {"sendmail": {"path": "\(folder)/sendmail"}}, "perMinute": 6000}
        """
    }

    var responses: [String] { ["--responses", folder + "/responses"] }
    var options: [String] { ["--mail-settings", folder + "/mail.json", "--lang", "en"] + responses }
    var outbox: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/outbox")) ?? []).sorted().compactMap {
            FileManager.default.contents(atPath: folder + "/outbox/" + $0).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    @Test func dryRunPrintsTheMessagesWithAPlaceholderAndSendsNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let run = Run(["mail", "invite", survey, "--dry-run"] + options)
        #expect(run.code == .success)
        #expect(run.out.contains("To: Grundschule Am Park <gs@park.example>"))
        #expect(run.out.contains("https://umfrage.kreis.example/t/XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"))
        #expect(run.out.contains("Dry run: 2 messages would be sent (round 1); nothing was sent."))
        #expect(run.out.contains("Skipped: 1 no e-mail address"))
        #expect(outbox.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/responses/digitale-bildung/mail.jsonl"))
    }

    @Test func invitesOnceRemindsAndListsTheDates() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let invite = Run(["mail", "invite", survey] + options)
        #expect(invite.code == .success, "\(invite.error)")
        #expect(invite.out.contains("Round 1: 2 sent, 0 failed."))
        #expect(outbox.count == 2)
        #expect(
            outbox.allSatisfy {
                $0.contains("\nMessage-ID: <") && $0.contains("From: Schulamt <schulamt@kreis.example>")
            })
        let again = Run(["mail", "invite", survey] + options)
        #expect(again.out.contains("Nobody gets a message in this round."))
        #expect(again.out.contains("2 already invited"))
        #expect(outbox.count == 2)
        let remind = Run(["mail", "remind", survey] + options)
        #expect(remind.out.contains("Round 2: 2 sent, 0 failed."))
        #expect(outbox.count == 4)
        let list = Run(["participants", "list", survey, "--format", "csv"] + responses)
        let row = try #require(list.out.components(separatedBy: "\r\n").first { $0.hasPrefix("s001,") })
        // Invited and reminded by mail, to the minute: "2026-12-05 08:14".
        #expect(row.components(separatedBy: ",").suffix(2).allSatisfy { $0.count == 16 })
    }

    /// A school that submits while the reminders go out gets none, and the command says why.
    @Test func aSchoolThatSubmitsWhileTheRemindersGoOutGetsNone() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(Run(["mail", "invite", survey] + options).code == .success)
        // A submit of s003, written by the store elsewhere; the mail system appends it with the first reminder.
        let elsewhere = folder + "/elsewhere"
        let log = try ResponseLog(directory: elsewhere)
        _ = try log.appendBatch([
            AppendRequest(
                .submit(answers: ["schueler": 120]), responseID: "r-s003",
                definitionVersion: String(repeating: "ab", count: 32), participantID: "s003")
        ])[0].get()
        log.close()
        let script = """
            #!/bin/sh
            n=$(ls "\(folder)/outbox" | wc -l)
            cat > "\(folder)/outbox/$n.eml"
            if [ "$n" = 2 ]; then cat "\(elsewhere)/log.jsonl" >> "\(folder)/responses/digitale-bildung/log.jsonl"; fi

            """
        _ = FileManager.default.createFile(
            atPath: folder + "/sendmail", contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        let remind = Run(["mail", "remind", survey] + options)
        #expect(remind.code == .success, "\(remind.error)")
        #expect(remind.out.contains("[2/2] skipped s003: has submitted since the round was planned"))
        #expect(remind.out.contains("Round 2: 1 sent, 0 failed."))
        #expect(remind.out.contains("Skipped: 1 no e-mail address, 1 submitted since the round was planned"))
        #expect(outbox.count == 3)
    }

    @Test func refusesBadSettingsWithPlaceAndSuggestion() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = Run(["mail", "invite", survey, "--mail-settings", folder + "/nicht-da.json"] + responses)
        #expect(missing.code == .failure)
        #expect(missing.error.contains("nicht-da.json: cannot read the mail settings (No such file or directory)"))
        _ = write("mail.json", settings(extra: #""replyto": "a@b.example","#))
        let typo = Run(["mail", "invite", survey] + options)
        #expect(typo.code == .failure)
        #expect(
            typo.error.contains("mail.json:1:")
                && typo.error.contains("unknown key \"replyto\". Did you mean \"replyTo\"?"))
        let german = Run(
            ["mail", "invite", survey, "--mail-settings", folder + "/mail.json", "--lang", "de"] + responses)
        #expect(german.error.contains("Unbekannter Schlüssel „replyto“. Meinten Sie „replyTo“?"))
        #expect(outbox.isEmpty)
    }

    @Test func reportsAnUnreachableTransportBeforeSending() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = write("mail.json", settings().replacing("\(folder)/sendmail", with: "\(folder)/kein-sendmail"))
        let run = Run(["mail", "invite", survey] + options)
        #expect(run.code == .failure)
        #expect(run.error.contains("nothing was sent"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/responses/digitale-bildung/mail.jsonl"))
    }
}
