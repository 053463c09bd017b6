import Foundation
import InternetMessage
import MailTransport
import StrictJSON
import SurveyMail
import SurveyModel
import SurveyStore

/// A survey with participants in a temporary responses folder, and a round over a fake transport.
final class MailFixture {
    static let definition = """
        {"id": "digitale-schule", "title": {"de": "Digitale Schule", "en": "Digital School"}, "languages": ["de", "en"],
         "access": "token",
         "participantFields": [{"id": "schulart", "label": "Schulart",
            "options": [{"value": "gs", "label": "Grundschule"}, {"value": "ms", "label": "Mittelschule"}]}],
         "pages": [{"id": "p", "title": "Seite", "questions": [{"id": "q", "type": "text", "title": "Frage"}]}]}
        """

    let root: String
    let folder: SurveyFolder
    let survey: Survey
    let clock = FakeClock()
    let registry: ParticipantRegistry

    /// `count` participants s01…, every third without an address.
    init(count: Int = 6, withoutAddress: Set<Int> = [3, 6], definition: String = definition) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("survey-mail-\(UUID().uuidString)").path
        folder = SurveyFolder(responsesRoot: root, surveyID: "digitale-schule")
        let loaded = Survey.load(bytes: Array(definition.utf8), file: "digitale-schule.json")
        guard let survey = loaded.survey else { throw FixtureError.definition("\(loaded)") }
        self.survey = survey
        registry = try ParticipantRegistry(directory: folder.path)
        _ = try registry.register(
            (1...count).map { number in
                let id = String(format: "s%02d", number)
                return ParticipantImport.Row(
                    id: id, label: "Grundschule Nr. \(number) „Am Bächle“",
                    email: withoutAddress.contains(number) ? nil : "\(id)@schulen.example",
                    fields: ["schulart": "gs"])
            })
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    var settings: MailSettings {
        get throws {
            MailSettings(
                from: try MailAddress("schulamt@kreis.example", displayName: "Schulamt Kreis Süd"),
                replyTo: try MailAddress("fragen@kreis.example"),
                office: LocalizedText(
                    translations: ["de": "Schulamt", "en": "Education Office"], defaultText: "Schulamt"),
                contact: LocalizedText("Telefon 01234 5678"), baseURL: "https://umfrage.kreis.example/",
                transport: .sendmail(path: "/usr/sbin/sendmail", arguments: ["-t", "-i"]), perMinute: 60)
        }
    }

    func round(_ transport: FakeTransport) throws -> MailRound {
        let clock = clock
        return MailRound(
            survey: survey, folder: folder, settings: try settings, transport: transport, clock: { clock.date },
            sleeper: { clock.sleep($0) })
    }

    /// Plans and sends one round.
    @discardableResult
    func send(_ request: MailRoundRequest, through transport: FakeTransport) throws -> MailRoundSummary {
        let round = try round(transport)
        return try round.send(try round.plan(request))
    }

    /// Submits an answer for `participant`.
    func submit(_ participant: String) throws {
        try Self.submit(participant, in: folder)
    }

    /// Submits an answer for `participant` through the store's write path, from anywhere (a fake transport too).
    static func submit(_ participant: String, in folder: SurveyFolder) throws {
        let log = try ResponseLog(directory: folder.path)
        defer { log.close() }
        let results = log.appendBatch([
            AppendRequest(
                .submit(answers: ["q": "ja"]), responseID: "r-\(participant)", definitionVersion: Self.version,
                participantID: participant)
        ])
        _ = try results[0].get()
    }

    /// Saves a draft for `participant`.
    func draft(_ participant: String) throws {
        try Self.draft(participant, in: folder)
    }

    /// Saves a draft for `participant` through the store's write path.
    static func draft(_ participant: String, in folder: SurveyFolder) throws {
        let log = try ResponseLog(directory: folder.path)
        defer { log.close() }
        _ = try log.appendBatch([
            AppendRequest(
                .draft(page: "p", answers: ["q": "vielleicht"]), responseID: "r-\(participant)",
                definitionVersion: Self.version,
                participantID: participant)
        ])[0].get()
    }

    static let version = String(repeating: "ab", count: 32)

    enum FixtureError: Error { case definition(String) }
}
