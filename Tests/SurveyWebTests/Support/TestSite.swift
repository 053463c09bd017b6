import CryptoPrimitives
import Foundation
import SurveyStore
import SurveyWeb
import Synchronization
import Testing

/// A web application on temporary folders with the fixture survey and one invited school.
final class TestSite: Sendable {
    let surveys: String
    let responses: String
    let application: WebApplication
    /// The personal token of the first school.
    let token: AccessToken
    let clock = TestClock()

    /// - Parameter configure: changes to the configuration, such as tighter limits.
    init(
        survey: String = "alle-typen", fields: [String: String] = ["schulart": "gs"],
        configure: (inout WebApplication.Configuration) -> Void = { _ in }
    ) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("survey-web-\(UUID().uuidString)").path
        surveys = root + "/surveys"
        responses = root + "/responses"
        try FileManager.default.createDirectory(atPath: surveys, withIntermediateDirectories: true)
        let source = Fixtures.testsFolder.appendingPathComponent("Fixtures/\(survey).json").path
        try FileManager.default.copyItem(atPath: source, toPath: surveys + "/\(survey).json")
        var configuration = WebApplication.Configuration(surveysFolder: surveys, responsesFolder: responses)
        let clock = self.clock
        configuration.now = { clock.now }
        configure(&configuration)
        application = try WebApplication(configuration: configuration)
        application.reloadSurveys()
        let registry = try #require(application.participants(of: survey))
        let invitations = try registry.register([
            ParticipantImport.Row(
                id: "schule-1", label: "Grundschule <Am Bach> & Co", email: "bach@example.org", fields: fields),
            ParticipantImport.Row(
                id: "schule-2", label: "Gymnasium Nord", email: "nord@example.org", fields: ["schulart": "gym"]),
        ])
        token = invitations[0].token
        application.reloadSurveys()
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
