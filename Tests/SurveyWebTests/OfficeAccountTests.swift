import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// Office sessions survive a restart and end with their account; an old shared password becomes an account.
@Suite struct OfficeAccountTests {
    /// A second application over the same folders and clock, as after a restart of the server.
    private func restart(_ site: TestSite, carrying browser: TestBrowser) throws -> TestBrowser {
        site.application.close()
        var configuration = WebApplication.Configuration(surveysFolder: site.surveys, responsesFolder: site.responses)
        let clock = site.clock
        configuration.now = { clock.now }
        configuration.passwordIterations = 10
        let application = try WebApplication(configuration: configuration)
        application.reloadSurveys()
        var restarted = TestBrowser(client: try TestMode.router.client(for: application.router))
        restarted.cookies = browser.cookies
        return restarted
    }

    @Test func aSessionSurvivesARestart() async throws {
        let site = try TestSite()
        let office = try await site.office()
        var restarted = try restart(site, carrying: office)
        #expect(await restarted.get("/admin").status == .ok)
        var stranger = try restart(site, carrying: site.browser())
        #expect(await stranger.get("/admin").status == .unauthorized)
    }

    @Test func disablingAnAccountEndsItsSessionsAndSignOutEndsOne() async throws {
        let site = try TestSite()
        var admin = try await site.office()
        var staff = try await site.office(email: "staff@example.org", role: .staff)
        var secondDevice = try await site.office(email: "staff@example.org", role: .staff)
        let accounts = site.application.office.accounts
        try accounts.setDisabled(true, email: "staff@example.org", now: Timestamp.now())
        #expect(await staff.get("/admin").status == .unauthorized)
        #expect(await secondDevice.get("/admin").status == .unauthorized)
        // Enabling again does not revive a session that ended.
        try accounts.setDisabled(false, email: "staff@example.org", now: Timestamp.now())
        #expect(await staff.get("/admin").status == .unauthorized)
        let overview = await admin.get("/admin")
        #expect(await admin.post("/admin/logout", TestBrowser.hiddenFields(overview.text)).status == .seeOther)
        #expect(await admin.get("/admin").status == .unauthorized)
    }

    @Test func theSignInFormAsksForAddressAndPasswordInBothLanguages() async throws {
        let site = try TestSite()
        try site.addAccount(email: TestSite.officeEmail)
        var browser = site.browser()
        let german = await browser.get("/admin")
        #expect(german.text.contains(#"<label for="email">E-Mail-Adresse</label>"#))
        #expect(german.text.contains(#"autocomplete="username""#))
        let english = await browser.get("/admin?lang=en")
        #expect(english.text.contains(#"<label for="email">E-mail address</label>"#))
        let wrong = await TestSite.signIn(&browser, email: "Buero@Example.org", password: "falsch-falsch-falsch")
        #expect(wrong.status == .unauthorized)
        #expect(wrong.text.contains("E-Mail-Adresse oder Passwort sind nicht richtig."))
        // The address typed stays in the form, escaped.
        #expect(wrong.text.contains(#"value="Buero@Example.org""#))
    }

    @Test func anOldSharedPasswordBecomesTheAdminAccountAtStart() async throws {
        let site = try TestSite()
        let hash = PasswordHash(password: TestSite.officePassword, iterations: 10)
        try (hash.stored + "\n").write(
            toFile: site.responses + "/" + AccountDirectory.legacyPasswordFileName, atomically: false, encoding: .utf8)
        var browser = try restart(site, carrying: site.browser())
        #expect(await TestSite.signIn(&browser, email: "admin", password: TestSite.officePassword).status == .seeOther)
        #expect(await browser.get("/admin").status == .ok)
        #expect(
            FileManager.default.fileExists(
                atPath: site.responses + "/" + AccountDirectory.legacyPasswordFileName + ".migrated"))
        let migrated = try AuditLog(folder: site.responses).entries(action: .userMigrated)
        #expect(migrated.map(\.object) == ["admin"])
    }
}
