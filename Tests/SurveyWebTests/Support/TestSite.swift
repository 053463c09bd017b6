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
        // A few hashing rounds keep the tests fast; the policy and the stored parameters are the same.
        configuration.passwordIterations = 10
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

    /// Adds the account `email` with `role` (once) and returns a browser signed in with it.
    func office(
        email: String = TestSite.officeEmail, role: OfficeRole = .admin, password: String = TestSite.officePassword,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> TestBrowser {
        try addAccount(email: email, role: role, password: password)
        var browser = browser()
        let response = await Self.signIn(&browser, email: email, password: password)
        #expect(response.status == .seeOther, "office sign-in failed", sourceLocation: sourceLocation)
        return browser
    }

    /// Adds an active account with `password`, as its invitation link would, unless it exists.
    func addAccount(email: String, role: OfficeRole = .admin, password: String = TestSite.officePassword) throws {
        let accounts = application.office.accounts
        guard accounts.account(email: email) == nil else { return }
        let now = Timestamp(millisecondsSince1970: Int64(clock.now.timeIntervalSince1970 * 1000))
        let (_, token) = try accounts.add(email: email, name: "Anna Meier", role: role, now: now)
        _ = try accounts.acceptInvitation(token: token, password: password, now: now)
    }

    /// Posts the sign-in form as a person would fill it in.
    static func signIn(_ browser: inout TestBrowser, email: String = officeEmail, password: String) async
        -> HTTPResponse
    {
        let login = await browser.get("/admin")
        return await browser.post(
            "/admin/login", TestBrowser.hiddenFields(login.text) + [("email", email), ("password", password)])
    }

    static let officeEmail = "buero@example.org"
    static let officePassword = "Korrekt-Pferd-Batterie"
}

/// A clock that tests set by hand.
final class TestClock: Sendable {
    private let current = Mutex(Date(timeIntervalSince1970: 1_795_000_000))

    var now: Date { current.withLock { $0 } }

    func set(_ date: Date) { current.withLock { $0 = date } }
}
