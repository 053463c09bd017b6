import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// The one-time setup link signs the person in once the password is saved, and says so when opened again.
@Suite struct SetupLinkTests {
    @Test func savingThePasswordSignsInAndTheLinkThenSaysItWasUsed() async throws {
        let site = try TestSite()
        var browser = site.browser()
        let setup = try #require(site.application.office.setupPath())
        let form = await browser.get(setup)
        let password = TestSite.officePassword
        let saved = await browser.post(
            setup, TestBrowser.hiddenFields(form.text) + [("password", password), ("repeat", password)])
        #expect(saved.status == .seeOther)
        let cookie = try #require(saved.headers.values(for: "Set-Cookie").first { $0.hasPrefix("office=") })
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/admin"))

        let overview = await browser.get(try #require(saved.headers["Location"]))
        #expect(overview.status == .ok)
        #expect(overview.text.contains("Das Passwort ist gespeichert, und Sie sind angemeldet."))
        #expect(!(await browser.get("/admin")).text.contains("Das Passwort ist gespeichert"))

        let again = await browser.get(setup)
        #expect(again.status == .gone)
        #expect(again.text.contains("Einladungslink nicht mehr gültig"))
        #expect(!again.text.contains("nicht gefunden"))
        var stranger = site.browser()
        let english = await stranger.get(setup + "?lang=en")
        #expect(english.status == .gone)
        #expect(english.text.contains("This invitation link is no longer valid"))
    }

    @Test func theOverviewAfterSetupKeepsTheSetupPagesLanguage() async throws {
        let site = try TestSite()
        var browser = site.browser()
        let setup = try #require(site.application.office.setupPath())
        let form = await browser.get(setup + "?lang=en")
        // Where the form posts to, as a browser reads it from the page.
        let action = try #require(form.text.firstMatch(of: #/action="([^"]*)"/#)).output.1
        #expect(action == setup + "?lang=en")
        let password = TestSite.officePassword
        let saved = await browser.post(
            String(action), TestBrowser.hiddenFields(form.text) + [("password", password), ("repeat", password)])
        let overview = await browser.get(try #require(saved.headers["Location"]))
        #expect(overview.text.contains("The password has been saved and you are signed in."))
    }
}
