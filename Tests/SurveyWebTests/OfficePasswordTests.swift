import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// Office passwords are not trivially guessable, and sessions end with a new password and after an absolute lifetime.
@Suite struct OfficePasswordTests {
    @Test(
        arguments: [
            ("            ", PasswordPolicy.Problem.blank),
            ("\t \t \t \t \t \t ", .blank),
            ("kurz", .tooShort),
            ("", .tooShort),
            ("Passwort2024!", .easyToGuess),
            ("passwort1234", .easyToGuess),
            ("Hallo123Hallo123", nil),
            ("123456789012", .easyToGuess),
            ("schule2024!!", .easyToGuess),
            ("Digitale-Bildung-2025", .easyToGuess),
            ("!!Befragung!!", .easyToGuess),
            ("qwertzuiopüasd", .easyToGuess),
            ("QWERTYUIOP[]", .easyToGuess),
            ("aaaaaaaaaaaa", .easyToGuess),
            ("abababababab", .easyToGuess),
            ("iloveyou1234", .easyToGuess),
            ("Einladung2026!", .easyToGuess),
            ("schultraeger-2026", .easyToGuess),
            ("Invitation-2026", .easyToGuess),
            ("Korrekt-Pferd-Batterie", nil),
            ("Lehrerzimmer mit Kaffeeduft", nil),
        ] as [(String, PasswordPolicy.Problem?)])
    func policy(password: String, problem: PasswordPolicy.Problem?) {
        #expect(PasswordPolicy.problem(with: password) == problem, "\(password)")
    }

    @Test func setupRefusesBlankAndCommonPasswordsInGermanAndEnglish() async throws {
        let site = try TestSite()
        var browser = site.browser()
        let setup = try #require(site.application.office.setupPath())
        let form = await browser.get(setup)
        let blank = await browser.post(
            setup, TestBrowser.hiddenFields(form.text) + [("password", "            "), ("repeat", "            ")])
        #expect(blank.status == .unprocessableContent)
        #expect(blank.text.contains("nicht nur aus Leerzeichen"))
        let english = await browser.post(
            setup + "?lang=en",
            TestBrowser.hiddenFields(form.text) + [("password", "Passwort2024!"), ("repeat", "Passwort2024!")])
        #expect(english.status == .unprocessableContent)
        #expect(english.text.contains("too easy to guess"))
        #expect(!site.application.office.hasAccounts)
        let accounts = site.application.office.accounts
        let (_, token) = try accounts.add(email: "a@example.org", name: "A", role: .staff, now: Timestamp.now())
        #expect(throws: AccountError.passwordRefused(.blank)) {
            try accounts.acceptInvitation(
                token: token, password: String(repeating: " ", count: 12), now: Timestamp.now())
        }
    }

    @Test func newPasswordEndsOpenSessions() async throws {
        let site = try TestSite()
        var office = try await site.office()
        #expect(await office.get("/admin").status == .ok)
        // As `survey users reset` and the invitation link do while the server runs.
        let accounts = site.application.office.accounts
        let (_, token) = try accounts.reset(email: TestSite.officeEmail, now: Timestamp.now())
        _ = try accounts.acceptInvitation(token: token, password: "Neues-Passwort-fuer-alle", now: Timestamp.now())
        #expect(await office.get("/admin").status == .unauthorized)
    }

    @Test func sessionsEndAfterTheAbsoluteLifetimeHoweverBusy() async throws {
        let site = try TestSite { configuration in
            configuration.officeSessions = OfficeSessionLifetime(idle: 2 * 3600, absolute: 12 * 3600)
        }
        var office = try await site.office()
        let start = site.clock.now
        for hour in 1...11 {
            site.clock.set(start.addingTimeInterval(TimeInterval(hour * 3600)))
            #expect(await office.get("/admin").status == .ok, "hour \(hour)")
        }
        site.clock.set(start.addingTimeInterval(12 * 3600))
        #expect(await office.get("/admin").status == .unauthorized)
    }

    @Test func activityKeepsASessionAliveUntilItHasBeenIdleForTheIdleTime() async throws {
        let site = try TestSite { configuration in
            configuration.officeSessions = OfficeSessionLifetime(idle: 1800, absolute: 12 * 3600)
        }
        var office = try await site.office()
        for _ in 1...3 {
            site.clock.set(site.clock.now.addingTimeInterval(1799))
            #expect(await office.get("/admin").status == .ok)
        }
        site.clock.set(site.clock.now.addingTimeInterval(1800))
        #expect(await office.get("/admin").status == .unauthorized)
    }

    @Test func idleSessionsEnd() async throws {
        let site = try TestSite { configuration in
            configuration.officeSessions = OfficeSessionLifetime(idle: 1800, absolute: 12 * 3600)
        }
        var office = try await site.office()
        site.clock.set(site.clock.now.addingTimeInterval(1801))
        #expect(await office.get("/admin").status == .unauthorized)
    }
}
