import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// The admin's page of people: invitations, changes with confirmation, the last admin, and what is audited.
@Suite struct OfficePeopleTests {
    /// The first link to an invitation in `html`.
    static func invitationPath(in html: String) -> String? {
        guard let start = html.firstRange(of: "/admin/invite/") else { return nil }
        let token = html[start.upperBound...].prefix { $0.isHexDigit }
        return "/admin/invite/" + token
    }

    @Test func anAdminInvitesAPersonWhoSetsAPasswordAndSignsIn() async throws {
        let site = try TestSite()
        var admin = try await site.office()
        let people = await admin.get("/admin/users")
        #expect(people.status == .ok)
        let invited = await admin.post(
            "/admin/users/invite",
            TestBrowser.hiddenFields(people.text) + [
                ("email", "Berta.Schulz@Example.org "), ("name", "Berta Schulz"), ("role", "committee"),
            ])
        #expect(invited.status == .ok)
        let path = try #require(Self.invitationPath(in: invited.text))
        #expect(invited.text.contains("http://localhost\(path)"))
        let account = try #require(site.application.office.accounts.account(email: "berta.schulz@example.org"))
        #expect(account.role == .committee && account.state == .invited)

        var berta = site.browser()
        let form = await berta.get(path)
        let set = await berta.post(
            path,
            TestBrowser.hiddenFields(form.text) + [
                ("password", "Tinte-Kreide-Tafel"), ("repeat", "Tinte-Kreide-Tafel"),
            ])
        #expect(set.status == .seeOther)
        var again = site.browser()
        #expect(
            await TestSite.signIn(&again, email: "berta.schulz@example.org", password: "Tinte-Kreide-Tafel").status
                == .seeOther)
        // The list now shows when she last signed in, and the log who invited her.
        #expect(site.application.office.accounts.account(email: "berta.schulz@example.org")?.lastSignIn != nil)
        let added = try site.application.office.audit.entries(action: .userAdded)
        #expect(added.map(\.actor) == [TestSite.officeEmail])
        #expect(added.map(\.object) == ["berta.schulz@example.org"])
    }

    @Test func aRefusedInvitationKeepsWhatWasTyped() async throws {
        let site = try TestSite()
        var admin = try await site.office()
        let people = await admin.get("/admin/users?lang=en")
        let refused = await admin.post(
            "/admin/users/invite?lang=en",
            TestBrowser.hiddenFields(people.text) + [("email", TestSite.officeEmail), ("name", "Zweite Anna")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("An account for \(TestSite.officeEmail) exists already."))
        #expect(refused.text.contains("value=\"Zweite Anna\""))
    }

    @Test func disablingAsksFirstAndThenEndsTheSessions() async throws {
        let site = try TestSite()
        var admin = try await site.office()
        var staff = try await site.office(email: "staff@example.org", role: .staff)
        let id = try #require(site.application.office.accounts.account(email: "staff@example.org")?.id)
        let people = await admin.get("/admin/users")
        let fields = TestBrowser.hiddenFields(people.text)
        let asked = await admin.post("/admin/users/\(id)/disable", fields)
        #expect(asked.status == .ok)
        #expect(asked.text.contains("name=\"confirmed\" value=\"yes\""))
        #expect(site.application.office.accounts.account(id: id)?.state == .active)
        #expect(await staff.get("/admin").status == .ok)

        let done = await admin.post("/admin/users/\(id)/disable", fields + [("confirmed", "yes")])
        #expect(done.status == .ok)
        #expect(done.text.contains("ist gesperrt"))
        #expect(site.application.office.accounts.account(id: id)?.state == .disabled)
        #expect(await staff.get("/admin").status == .unauthorized)
        // Enabling takes nothing away, so it does not ask.
        _ = await admin.post("/admin/users/\(id)/enable", fields)
        #expect(site.application.office.accounts.account(id: id)?.state == .active)
        let actions = try site.application.office.audit.entries(actor: "staff@example.org").map(\.action)
        #expect(actions.suffix(2) == [.userDisabled, .userEnabled])
    }

    @Test func theLastActiveAdminCanBeNeitherDisabledNorRemoved() async throws {
        let site = try TestSite()
        var admin = try await site.office()
        let id = try #require(site.application.office.accounts.account(email: TestSite.officeEmail)?.id)
        let fields = TestBrowser.hiddenFields(await admin.get("/admin/users").text) + [("confirmed", "yes")]
        for change in ["disable", "remove"] {
            let refused = await admin.post("/admin/users/\(id)/\(change)", fields)
            #expect(refused.status == .conflict, "\(change)")
            #expect(refused.text.contains("letzte aktive Konto mit der Rolle Administration"), "\(change)")
        }
        #expect(site.application.office.accounts.account(id: id)?.state == .active)
        #expect(await admin.get("/admin/users").status == .ok)
        #expect(try site.application.office.audit.entries(action: .userDisabled).isEmpty)
    }

    @Test func aResetShowsANewLinkAndEndsTheSessions() async throws {
        let site = try TestSite()
        var admin = try await site.office()
        var staff = try await site.office(email: "staff@example.org", role: .staff)
        let id = try #require(site.application.office.accounts.account(email: "staff@example.org")?.id)
        let fields = TestBrowser.hiddenFields(await admin.get("/admin/users").text) + [("confirmed", "yes")]
        let reset = await admin.post("/admin/users/\(id)/reset", fields)
        #expect(reset.status == .ok)
        let path = try #require(Self.invitationPath(in: reset.text))
        #expect(await staff.get("/admin").status == .unauthorized)
        var invited = site.browser()
        #expect(await invited.get(path).status == .ok)
        #expect(site.application.office.sessions.count == 1)
    }

    @Test func hostileNamesAndAddressesAreShownAsText() async throws {
        let site = try TestSite()
        let hostile = "<script>alert(1)</script>\"&'"
        _ = try site.application.office.accounts.add(
            email: "<img/src=x/onerror=alert(2)>@example.org", name: hostile, role: .staff,
            now: Timestamp(millisecondsSince1970: 1_795_000_000_000))
        var admin = try await site.office()
        var stranger = site.browser()
        _ = await TestSite.signIn(&stranger, email: "<b>x</b>@example.org", password: "falsch-falsch-falsch")
        for path in ["/admin/users", "/admin/audit", "/admin/audit?user=%3Cb%3E"] {
            let page = await admin.get(path)
            #expect(page.status == .ok, "\(path)")
            #expect(!page.text.contains("<script>alert"), "\(path)")
            #expect(!page.text.contains("<img"), "\(path)")
            #expect(!page.text.contains("<b>x"), "\(path)")
        }
        #expect(await admin.get("/admin/users").text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(await admin.get("/admin/audit").text.contains("&lt;b&gt;x&lt;/b&gt;@example.org"))
    }

    @Test func theFrameLinksWhatTheRoleMayUse() async throws {
        let site = try TestSite()
        var admin = try await site.office()
        var committee = try await site.office(email: "ausschuss@example.org", role: .committee)
        let adminFrame = await admin.get("/admin/account").text
        for href in ["/admin", "/admin/reports", "/admin/users", "/admin/audit", "/admin/account"] {
            #expect(adminFrame.contains("href=\"\(href)\""), "\(href)")
        }
        #expect(adminFrame.contains("Angemeldet: Anna Meier (Administration)"))
        let committeeFrame = await committee.get("/admin/account?lang=en").text
        #expect(committeeFrame.contains("href=\"/admin/reports\""))
        #expect(committeeFrame.contains("Signed in: Anna Meier (Committee)"))
        for href in ["/admin", "/admin/users", "/admin/audit"] {
            #expect(!committeeFrame.contains("href=\"\(href)\""), "\(href)")
        }
    }

    @Test func addingOneParticipantIsAudited() async throws {
        let site = try TestSite()
        var office = try await site.office(role: .staff)
        let page = await office.get("/admin/s/alle-typen/participants")
        _ = await office.post(
            "/admin/s/alle-typen/participants/add",
            TestBrowser.hiddenFields(page.text) + [("id", "schule-3"), ("label", "Realschule Süd"), ("schulart", "gs")])
        let added = try site.application.office.audit.entries(action: .participantAdded)
        #expect(added.map(\.object) == ["alle-typen/schule-3"])
    }

    @Test func theSignInPageSaysWhatToDoWhenPeopleAreOnlyInvited() async throws {
        let site = try TestSite()
        _ = try site.application.office.accounts.add(
            email: "staff@example.org", name: "Carla", role: .staff, now: Timestamp(millisecondsSince1970: 0))
        var browser = site.browser()
        let page = await browser.get("/admin?lang=en")
        #expect(page.text.contains("Nobody has chosen a password yet"))
        #expect(page.text.contains("survey users reset"))
    }
}
