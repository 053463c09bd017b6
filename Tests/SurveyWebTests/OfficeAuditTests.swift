import CryptoPrimitives
import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// Each office action the web area offers today leaves one line in the audit log, with who, where and what.
@Suite struct OfficeAuditTests {
    @Test func officeActionsAreAudited() async throws {
        let site = try TestSite()
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        _ = await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text))
        let responseID = try #require(site.application.responseLog(of: "alle-typen")?.view.submitted.keys.first)

        try site.addAccount(email: TestSite.officeEmail)
        var stranger = site.browser()
        stranger.remoteAddress = "198.51.100.4"
        _ = await TestSite.signIn(&stranger, password: "falsch-falsch-falsch")
        var office = site.browser()
        office.remoteAddress = "192.0.2.7"
        _ = await TestSite.signIn(&office, password: TestSite.officePassword)
        _ = await office.get("/admin/s/alle-typen/pending.csv")
        let participants = await office.get("/admin/s/alle-typen/participants")
        let reissueForm = TestBrowser.hiddenFields(participants.text)
        _ = await office.post("/admin/s/alle-typen/participants/p/schule-2/reissue", reissueForm)
        let view = await office.get("/admin/s/alle-typen/r/\(responseID)")
        _ = await office.post(
            "/admin/s/alle-typen/r/\(responseID)/void", TestBrowser.hiddenFields(view.text) + [("reason", "doppelt")])
        let overview = await office.get("/admin")
        _ = await office.post("/admin/logout", TestBrowser.hiddenFields(overview.text))

        let entries = try site.application.office.audit.entries()
        let expected: [(AuditAction, String, String, String?)] = [
            (.failedSignIn, TestSite.officeEmail, "198.51.100.4", nil),
            (.signIn, TestSite.officeEmail, "192.0.2.7", nil),
            (.download, TestSite.officeEmail, "192.0.2.7", "alle-typen/pending.csv"),
            (.codeReissued, TestSite.officeEmail, "192.0.2.7", "alle-typen/schule-2"),
            (.responseVoided, TestSite.officeEmail, "192.0.2.7", "alle-typen/\(responseID)"),
            (.signOut, TestSite.officeEmail, "192.0.2.7", nil),
        ]
        #expect(entries.map(\.action) == expected.map(\.0))
        for (entry, (action, actor, address, object)) in zip(entries, expected) {
            #expect(entry.actor == actor, "\(action)")
            #expect(entry.address == address, "\(action)")
            #expect(entry.object == object, "\(action)")
        }
        let account = site.application.office.accounts.account(email: TestSite.officeEmail)
        #expect(entries.dropFirst().allSatisfy { $0.accountID == account?.id })
        // Never a password, an answer or a token.
        let raw = try String(contentsOfFile: site.application.office.audit.path, encoding: .utf8)
        for secret in [TestSite.officePassword, "falsch-falsch-falsch", "doppelt", site.token.description] {
            #expect(!raw.contains(secret), "\(secret)")
        }
    }
}
