import Foundation
import InternetMessage
import StrictJSON
import SurveyMail
import SurveyModel
import Testing

/// The settings file: every key, strict errors with line, column and did-you-mean, in German and English.
struct MailSettingsTests {
    static func parse(_ text: String) throws(MailSettingsError) -> MailSettings {
        try MailSettings(parsing: Array(text.utf8), file: "mail.json")
    }

    static func error(_ text: String) throws -> MailSettingsError {
        try #require(throws: MailSettingsError.self) { try parse(text) }
    }

    @Test func readsAFullFile() throws {
        let settings = try Self.parse(
            """
            {"from": {"address": "schulamt@kreis.example", "name": "Schulamt Kreis Süd"},
             "replyTo": "fragen@kreis.example",
             "office": {"de": "Schulamt", "en": "Education Office"}, "contact": "Telefon 01234",
             "baseURL": "https://umfrage.kreis.example/",
             "transport": {"smtp": {"host": "relay.kreis.example", "port": 587, "helo": "umfrage.kreis.example"}},
             "perMinute": 30}
            """)
        #expect(settings.from.address == "schulamt@kreis.example")
        #expect(settings.from.displayName == "Schulamt Kreis Süd")
        #expect(settings.replyTo?.address == "fragen@kreis.example")
        #expect(settings.office.text(in: "en") == "Education Office")
        #expect(settings.link(code: "ABCD") == "https://umfrage.kreis.example/t/ABCD")
        #expect(
            settings.transport
                == .smtp(
                    host: "relay.kreis.example", port: 587, helo: "umfrage.kreis.example", user: nil, passwordFile: nil)
        )
        #expect(settings.perMinute == 30)
    }

    @Test func sendmailHasDefaults() throws {
        let settings = try Self.parse(
            """
            {"from": "a@b.example", "office": "Amt", "contact": "Tel", "baseURL": "http://localhost:8080",
             "transport": {"sendmail": {}}}
            """)
        #expect(settings.transport == .sendmail(path: "/usr/sbin/sendmail", arguments: ["-t", "-i"]))
        #expect(settings.perMinute == 60)
    }

    @Test func refusesAnUnknownKeyWithItsPlaceAndTheKeyMeant() throws {
        let error = try Self.error(
            """
            {"from": "a@b.example", "office": "Amt", "contact": "Tel", "baseURL": "http://localhost:8080",
             "transport": {"sendmail": {}}, "perMinuet": 10}
            """)
        #expect(error.message(language: "en") == #"mail.json:2:33: unknown key "perMinuet". Did you mean "perMinute"?"#)
        #expect(
            error.message(language: "de")
                == "mail.json:2:33: Unbekannter Schlüssel „perMinuet“. Meinten Sie „perMinute“?")
    }

    @Test func namesWhatIsMissingOrWrong() throws {
        #expect(
            try Self.error(#"{"from": "a@b.example"}"#).message(language: "en")
                == #"mail.json:1:1: the key "baseURL" is missing."#)
        let address = try Self.error(
            #"{"from": "kein-at", "office": "A", "contact": "T", "baseURL": "http://x", "transport": {"sendmail": {}}}"#
        )
        #expect(address.message(language: "de").hasPrefix("mail.json:1:10: „from“ ist keine gültige Adresse:"))
        let url = try Self.error(
            #"{"from": "a@b.example", "office": "A", "contact": "T", "baseURL": "umfrage.example", "transport": {"sendmail": {}}}"#
        )
        #expect(
            url.message(language: "en").contains("\"baseURL\" must be an address starting with https:// or http://"))
        let both = try Self.error(
            #"{"from": "a@b.example", "office": "A", "contact": "T", "baseURL": "http://x", "transport": {"sendmail": {}, "smtp": {"host": "h"}}}"#
        )
        #expect(both.message(language: "en").contains("either {\"sendmail\": …} or {\"smtp\": …}"))
        let syntax = try Self.error("{\"from\": \"a@b.example\",}")
        #expect(syntax.location?.line == 1)
        #expect(syntax.message(language: "de") != syntax.message(language: "en"))
    }

    @Test func aMissingFileSaysWhereTheGuideIs() throws {
        let error = try #require(throws: MailSettingsError.self) {
            try MailSettings.load(path: "/nonexistent/mail.json")
        }
        #expect(error.message(language: "en").contains("docs/mail.md"))
        #expect(error.message(language: "de").contains("Legen Sie die Datei an"))
    }

    @Test func aFileLargerThanSettingsCanBeIsRefusedWithoutReadingItWhole() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mail-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let padding = String(repeating: " ", count: MailSettings.maximumFileSize)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(("{" + padding + "}").utf8)))
        let error = try #require(throws: MailSettingsError.self) { try MailSettings.load(path: path) }
        let expected = "\(path): the file is larger than 64 KB, so it is not a mail settings file."
        #expect(error.message(language: "en") == expected)
        #expect(error.message(language: "de").contains("größer als 64 KB"))
    }
}
