import CryptoPrimitives
import Foundation
import Synchronization
import SurveyWeb

/// A web application on temporary folders with the fixture survey and one invited school.
final class TestSite: Sendable {
    let surveys: String
    let responses: String
    let application: WebApplication
    let token = AccessToken.generate()
    let clock = TestClock()

    init(survey: String = "alle-typen", fields: [String: String] = ["schulart": "gs"]) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("survey-web-\(UUID().uuidString)").path
        surveys = root + "/surveys"
        responses = root + "/responses"
        try FileManager.default.createDirectory(atPath: surveys, withIntermediateDirectories: true)
        let source = Fixtures.testsFolder.appendingPathComponent("Fixtures/\(survey).json").path
        try FileManager.default.copyItem(atPath: source, toPath: surveys + "/\(survey).json")
        var configuration = WebApplication.Configuration(surveysFolder: surveys, responsesFolder: responses)
        let clock = self.clock
        configuration.now = { clock.now }
        application = try WebApplication(configuration: configuration)
        application.reloadSurveys()
        application.invitees.replace(
            surveyID: survey,
            with: [
                Invitee(id: "schule-1", surveyID: survey, label: "Grundschule <Am Bach> & Co", email: "bach@example.org", fields: fields, tokenHash: token.hashHex),
                Invitee(id: "schule-2", surveyID: survey, label: "Gymnasium Nord", email: "nord@example.org", fields: ["schulart": "gym"], tokenHash: AccessToken.generate().hashHex),
            ])
    }

    deinit {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: surveys).deletingLastPathComponent().path)
    }

    func browser() -> TestBrowser { TestBrowser(router: application.router) }
}

/// A clock that tests set by hand.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_795_000_000))

    var now: Date { current.withLock { $0 } }

    func set(_ date: Date) { current.withLock { $0 = date } }
}
