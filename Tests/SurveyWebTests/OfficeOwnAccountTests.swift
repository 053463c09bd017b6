import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// Every signed-in person can change their password, which ends their other sessions, and sign out everywhere.
@Suite struct OfficeOwnAccountTests {
    static let newPassword = "Wolke-Fahrrad-Laterne"

    @Test func aNewPasswordEndsTheOtherSessionsButNotThisOne() async throws {
        let site = try TestSite()
        var laptop = try await site.office(role: .committee)
        var phone = try await site.office(role: .committee)
        let page = await laptop.get("/admin/account")
        #expect(page.status == .ok)
        let changed = await laptop.post(
            "/admin/account/password",
            TestBrowser.hiddenFields(page.text) + [
                ("current", TestSite.officePassword), ("password", Self.newPassword), ("repeat", Self.newPassword),
            ])
        #expect(changed.status == .seeOther)
        #expect(changed.location == "/admin/account?changed=1")
        #expect(await laptop.get("/admin/account?changed=1").text.contains("Ihr Passwort ist geändert"))
        #expect(await phone.get("/admin/account").status == .unauthorized)
        var fresh = site.browser()
        #expect(await TestSite.signIn(&fresh, password: TestSite.officePassword).status == .unauthorized)
        #expect(await TestSite.signIn(&fresh, password: Self.newPassword).status == .seeOther)
        #expect(try site.application.office.audit.entries(action: .passwordChanged).count == 1)
    }

    @Test(arguments: [
        (TestSite.officePassword, "kurz", "kurz", "Das Passwort muss mindestens 12 Zeichen lang sein."),
        ("falsch-falsch-falsch", newPassword, newPassword, "Das bisherige Passwort ist nicht richtig."),
        (TestSite.officePassword, newPassword, "anders-als-das-neue", "Die beiden Passwörter"),
    ])
    func aRefusedChangeSaysWhyAndChangesNothing(current: String, new: String, repeated: String, message: String)
        async throws
    {
        let site = try TestSite()
        var office = try await site.office(role: .staff)
        let page = await office.get("/admin/account")
        let refused = await office.post(
            "/admin/account/password",
            TestBrowser.hiddenFields(page.text) + [("current", current), ("password", new), ("repeat", repeated)])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains(message))
        #expect(await office.get("/admin/account").status == .ok)
        #expect(try site.application.office.audit.entries(action: .passwordChanged).isEmpty)
    }

    @Test func signingOutEverywhereEndsEverySession() async throws {
        let site = try TestSite()
        var laptop = try await site.office(role: .staff)
        var phone = try await site.office(role: .staff)
        let page = await laptop.get("/admin/account")
        let out = await laptop.post("/admin/account/sign-out-everywhere", TestBrowser.hiddenFields(page.text))
        #expect(out.status == .seeOther)
        #expect(await laptop.get("/admin/account").status == .unauthorized)
        #expect(await phone.get("/admin/account").status == .unauthorized)
        #expect(site.application.office.sessions.count == 0)
        #expect(try site.application.office.audit.entries(action: .signOutEverywhere).count == 1)
    }
}
