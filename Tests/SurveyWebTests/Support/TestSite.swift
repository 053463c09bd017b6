import CryptoPrimitives
import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Synchronization
import Testing

@testable import SurveyWeb

/// A web application on temporary folders with the fixture survey and one invited school,
/// reached through the router or over a live server (see `TestMode`).
final class TestSite: Sendable {
    let surveys: String
    let responses: String
    let application: WebApplication
    /// The personal token of the first school.
    let token: AccessToken
    let clock = TestClock()
    /// What the browsers talk to; in live mode it keeps the server running.
    let client: any TestClient

    /// - Parameters:
    ///   - mode: straight through the router (the default) or over a live server.
    ///   - identities: who the office sign-in finds signed in; nil uses the office password.
    ///   - configure: changes to the application's configuration (limits, lifetimes).
    init(
        mode: TestMode = .router, survey: String = "alle-typen", fields: [String: String] = ["schulart": "gs"],
        identities: (any OfficeIdentitySource)? = nil,
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
        // The store stamps records by the same clock, so record times and draft days follow the test.
        configuration.logOptions.clock = {
            Timestamp(millisecondsSince1970: Int64((clock.now.timeIntervalSince1970 * 1000).rounded(.down)))
        }
        configure(&configuration)
        application = try WebApplication(configuration: configuration, identities: identities)
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
        client = try mode.client(for: application.router)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: surveys).deletingLastPathComponent().path)
    }

    func browser() -> TestBrowser { TestBrowser(client: client, carriedFields: TestBrowser.surveyFormFields) }

    /// A browser entered with the first school's personal link.
    func school(sourceLocation: SourceLocation = #_sourceLocation) async -> TestBrowser {
        var browser = browser()
        let response = await browser.get("/t/\(token)")
        #expect(response.status == .seeOther, sourceLocation: sourceLocation)
        #expect(response.location?.hasPrefix("/s/") == true, sourceLocation: sourceLocation)
        return browser
    }

    /// Sets the office password (with few hashing rounds, for speed) and returns a signed-in browser.
    func office(
        password: String = TestSite.officePassword, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestBrowser {
        try OfficeAccess.setPassword(password, file: responses + "/" + OfficeAccess.passwordFileName, iterations: 10)
        var browser = browser()
        let login = await browser.get("/admin")
        let response = await browser.post(
            "/admin/login", TestBrowser.hiddenFields(login.text) + [("password", password)])
        #expect(response.status == .seeOther, "office sign-in failed", sourceLocation: sourceLocation)
        return browser
    }

    static let officePassword = "Korrekt-Pferd-Batterie"
}

/// A clock that tests set by hand.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_795_000_000))

    var now: Date { current.withLock { $0 } }

    func set(_ date: Date) { current.withLock { $0 = date } }
}
