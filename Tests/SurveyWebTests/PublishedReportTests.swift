import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyStore
import Testing

@testable import SurveyWeb

/// Published reports: frozen, withdrawn, given to an audience, opened by share links, always suppressed, audited.
@Suite struct PublishedReportTests {
    static let staffEmail = "referat@example.org"
    static let memberEmail = "ausschuss@example.org"
    static let otherMemberEmail = "zweites-mitglied@example.org"
    static let title = "Schulträgerausschuss, Sitzung vom 13.11.2026"

    /// `count` submissions straight into the store, numbered from `first`.
    static func submit(_ site: TestSite, count: Int, from first: Int = 1) throws {
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        for number in first..<(first + count) {
            let answers: JSON = ["name": .string("Schule \(number)"), "anzahl": .number(Double(number)), "art": "a"]
            _ = try log.appendBatch([
                AppendRequest(.submit(answers: answers), responseID: "antwort-\(number)", definitionVersion: "v")
            ])[0].get()
        }
    }

    /// Publishes the report as `office` sees it with `query`, and returns the new report's id.
    static func publish(
        _ office: inout TestBrowser, _ site: TestSite, query: String = "", members: [String]? = nil,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) async throws -> String {
        let page = await office.get("/admin/s/alle-typen/report\(query)")
        let carried = TestBrowser.hiddenFields(named: ["_csrf", "filter", "by", "language"], in: page.text)
        var form = carried + [("title", title)]
        if let members {
            form.append(("audience", "members"))
            for email in members {
                let account = try #require(site.application.office.accounts.account(email: email))
                form.append(("member", account.id))
            }
        } else {
            form.append(("audience", "committee"))
        }
        let response = await office.post("/admin/s/alle-typen/publish", form)
        #expect(response.status == .seeOther, sourceLocation: sourceLocation)
        let store = try store(site)
        return try #require(store.all().first?.id, sourceLocation: sourceLocation)
    }

    static func store(_ site: TestSite) throws -> PublishedReports {
        let entry = try #require(site.application.services.catalog.entry("alle-typen"))
        return PublishedReports(surveyFolder: entry.log.directory)
    }

    @Test func aPublishedReportIsFrozenAndShowsItsDataCutoff() async throws {
        let site = try TestSite()
        try Self.submit(site, count: 6)
        var staff = try await site.office(email: Self.staffEmail, role: .staff)
        var member = try await site.office(email: Self.memberEmail, role: .committee)
        let id = try await Self.publish(&staff, site)
        let first = await member.get("/admin/reports/alle-typen/\(id)")
        #expect(first.status == .ok)
        #expect(first.text.contains("Datenstand"))
        #expect(first.text.contains(Self.title))
        #expect(first.headers["Content-Security-Policy"]?.contains("form-action 'none'") == true)

        // Later (within the sessions' idle time), more schools answer.
        site.clock.set(site.clock.now.addingTimeInterval(600))
        try Self.submit(site, count: 4, from: 7)
        let live = await staff.get("/admin/s/alle-typen/report")
        #expect(live.text.contains(">10<"), "the live report counts the new responses")
        let again = await member.get("/admin/reports/alle-typen/\(id)")
        let unchanged = again.body == first.body
        #expect(unchanged, "new responses change nothing in a published report")
        let meta = try #require(try Self.store(site).report(id))
        #expect(meta.responses == 6)
        #expect(meta.records == 6)
        let download = await member.get("/admin/reports/alle-typen/\(id)/download")
        let sameFile = download.body == first.body
        #expect(sameFile)
        #expect(download.headers["Content-Disposition"]?.hasPrefix("attachment;") == true)
        let evaluation = try String(
            contentsOfFile: Self.store(site).folder + "/\(id)/" + PublishedReports.evaluationFile, encoding: .utf8)
        #expect(evaluation.contains("\"responses\":6"))
    }

    @Test func committeeMembersLandOnTheirReportsAndSeeOnlyThoseGivenToThem() async throws {
        let site = try TestSite()
        try Self.submit(site, count: 6)
        var staff = try await site.office(email: Self.staffEmail, role: .staff)
        try site.addAccount(email: Self.memberEmail, role: .committee)
        try site.addAccount(email: Self.otherMemberEmail, role: .committee)
        let id = try await Self.publish(&staff, site, members: [Self.memberEmail])

        var member = site.browser()
        let landing = await TestSite.signIn(&member, email: Self.memberEmail, password: TestSite.officePassword)
        #expect(landing.location == "/admin/reports")
        let list = await member.get("/admin/reports")
        #expect(list.status == .ok)
        #expect(list.text.contains(Self.title.replacing("ä", with: "ä")))
        #expect(list.text.contains("/admin/reports/alle-typen/\(id)"))

        var other = try await site.office(email: Self.otherMemberEmail, role: .committee)
        let otherList = await other.get("/admin/reports")
        #expect(!otherList.text.contains(id))
        #expect(await other.get("/admin/reports/alle-typen/\(id)").status == .notFound)
        #expect(await other.get("/admin/reports/alle-typen/\(id)/download").status == .notFound)
    }

    @Test func aWithdrawnReportDisappearsForReadersAndStaysListedForStaff() async throws {
        let site = try TestSite()
        try Self.submit(site, count: 6)
        var staff = try await site.office(email: Self.staffEmail, role: .staff)
        var member = try await site.office(email: Self.memberEmail, role: .committee)
        let id = try await Self.publish(&staff, site)
        #expect(await member.get("/admin/reports/alle-typen/\(id)").status == .ok)

        let list = await staff.get("/admin/s/alle-typen/published")
        let csrf = TestBrowser.hiddenFields(named: ["_csrf"], in: list.text)
        #expect(await staff.post("/admin/s/alle-typen/published/\(id)/withdraw", csrf).status == .seeOther)
        #expect(await member.get("/admin/reports/alle-typen/\(id)").status == .notFound)
        #expect(!(await member.get("/admin/reports").text.contains(id)))
        let after = await staff.get("/admin/s/alle-typen/published")
        #expect(after.text.contains(PublishPhrase.stateWithdrawn.text(.de)))
        #expect(!after.text.contains("/published/\(id)/withdraw"))
        #expect(try Self.store(site).report(id)?.state == .withdrawn)

        let staffAccount = site.application.office.accounts.account(email: Self.staffEmail)
        let entries = try site.application.office.audit.entries(actor: Self.staffEmail)
        let published = entries.filter { $0.action == .reportPublished || $0.action == .reportWithdrawn }
        #expect(published.map(\.action) == [.reportPublished, .reportWithdrawn])
        #expect(published.allSatisfy { $0.object == "alle-typen/\(id)" && $0.accountID == staffAccount?.id })
    }

    @Test func shareLinksOpenOneReportUntilTheyExpireOrAreRevoked() async throws {
        let site = try TestSite()
        try Self.submit(site, count: 6)
        var staff = try await site.office(email: Self.staffEmail, role: .staff)
        let id = try await Self.publish(&staff, site)
        let report = try Self.store(site).file(PublishedReports.reportFile, of: id)

        func createLink(days: Int) async throws -> String {
            let list = await staff.get("/admin/s/alle-typen/published")
            let form = TestBrowser.hiddenFields(named: ["_csrf"], in: list.text) + [("days", String(days))]
            let created = await staff.post("/admin/s/alle-typen/published/\(id)/share", form)
            #expect(created.status == .ok)
            let start = try #require(created.text.firstRange(of: "/share/"))
            return String(created.text[start.lowerBound...].prefix { $0 != "<" })
        }
        let link = try await createLink(days: 30)
        var reader = site.browser()
        let opened = await reader.get(link)
        #expect(opened.status == .ok)
        let sameFile = opened.body == report
        #expect(sameFile)

        // Tampered: another report id, or a signature that does not fit.
        let tampered = link.replacing(id, with: String(repeating: "0", count: id.count))
        #expect(await reader.get(tampered).status == .notFound)
        #expect(await reader.get(String(link.dropLast()) + (link.last == "0" ? "1" : "0")).status == .notFound)
        #expect(await reader.get("/share/unsinn").status == .notFound)

        // Revoked.
        let revokedLink = try await createLink(days: 30)
        let linkID = try #require(Self.store(site).shareLinks(of: id).last?.id)
        let list = await staff.get("/admin/s/alle-typen/published")
        let csrf = TestBrowser.hiddenFields(named: ["_csrf"], in: list.text)
        #expect(await reader.get(revokedLink).status == .ok)
        let revoke = "/admin/s/alle-typen/published/\(id)/share/\(linkID)/revoke"
        #expect(await staff.post(revoke, csrf).status == .seeOther)
        #expect(await reader.get(revokedLink).status == .notFound)
        #expect(await reader.get(revokedLink).text.contains(PublishPhrase.shareLinkInvalid.text(.de)))
        #expect(await reader.get(link).status == .ok)

        // Expired, by the injected clock.
        let short = try await createLink(days: 1)
        #expect(await reader.get(short).status == .ok)
        site.clock.set(site.clock.now.addingTimeInterval(86_400 + 1))
        #expect(await reader.get(short).status == .notFound)
        #expect(await reader.get(link).status == .ok)

        let actions = try site.application.office.audit.entries(actor: Self.staffEmail).map(\.action)
        #expect(actions.filter { $0 == .shareLinkCreated }.count == 3)
        #expect(actions.filter { $0 == .shareLinkRevoked }.count == 1)
        let revokedEntry = try site.application.office.audit.entries(action: .shareLinkRevoked).first
        #expect(revokedEntry?.object == "alle-typen/\(id)/\(linkID)")
        // The audit log never holds the link itself.
        let raw = try String(contentsOfFile: site.application.office.audit.path, encoding: .utf8)
        #expect(!raw.contains(String(link.dropFirst("/share/".count))))
    }

    @Test func aWithdrawnReportClosesItsShareLinks() async throws {
        let site = try TestSite()
        try Self.submit(site, count: 6)
        var staff = try await site.office(email: Self.staffEmail, role: .staff)
        let id = try await Self.publish(&staff, site)
        let signer = site.application.services.signer
        let link = ShareLink(
            surveyID: "alle-typen", reportID: id, linkID: "0123456789abcdef",
            expires: site.clock.now.addingTimeInterval(86_400)
        ).path(signer: signer)
        var reader = site.browser()
        #expect(await reader.get(link).status == .ok)
        _ = try Self.store(site).withdraw(id, by: "x", now: Timestamp(millisecondsSince1970: 0))
        #expect(await reader.get(link).status == .notFound)
    }

    @Test func aReportWithoutTitleOrWithoutChosenMembersIsNotPublished() async throws {
        let site = try TestSite()
        try Self.submit(site, count: 6)
        var staff = try await site.office(email: Self.staffEmail, role: .staff)
        try site.addAccount(email: Self.memberEmail, role: .committee)
        let page = await staff.get("/admin/s/alle-typen/report")
        let csrf = TestBrowser.hiddenFields(named: ["_csrf"], in: page.text)
        let untitled = await staff.post(
            "/admin/s/alle-typen/publish", csrf + [("title", "  "), ("audience", "committee")])
        #expect(untitled.status == .badRequest)
        #expect(untitled.text.contains(PublishPhrase.titleMissing.text(.de)))
        let nobody = await staff.post(
            "/admin/s/alle-typen/publish",
            csrf + [("title", Self.title), ("audience", "members"), ("member", "kein-konto")])
        #expect(nobody.status == .badRequest)
        #expect(nobody.text.contains(PublishPhrase.noMemberChosen.text(.de)))
        let badFilter = await staff.post(
            "/admin/s/alle-typen/publish", csrf + [("title", Self.title), ("filter", "gibtesnicht == 1")])
        #expect(badFilter.status == .badRequest)
        #expect(try Self.store(site).all().isEmpty)
        #expect(try site.application.office.audit.entries(action: .reportPublished).isEmpty)
    }

    @Test func aLinkSignedForAnotherPurposeOpensNothing() throws {
        let signer = CookieSigner(key: Array(repeating: 7, count: 32))
        let payload = "alle-typen.00ff.0123456789abcdef.4102444800"
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(throws: ShareLink.Refusal.malformedOrTampered) {
            try ShareLink.check(signer.sign(payload), signer: signer, now: now)
        }
        #expect(
            try ShareLink.check(signer.sign(payload, purpose: "share"), signer: signer, now: now).reportID == "00ff")
    }

    @Test func suppressionAppliesToPublishedReportsWhateverTheSurveyAllows() async throws {
        let site = try TestSite()
        // The survey turns suppression off for the office's working view.
        let path = site.surveys + "/alle-typen.json"
        var definition = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        definition["report"] = ["minGroupSize": 1]
        try JSONSerialization.data(withJSONObject: definition).write(to: URL(fileURLWithPath: path))
        site.application.reloadSurveys()
        try Self.submit(site, count: 3)
        var staff = try await site.office(email: Self.staffEmail, role: .staff)
        let live = await staff.get("/admin/s/alle-typen/report")
        #expect(live.text.contains("Mindestgruppengröße 1"))
        let id = try await Self.publish(&staff, site)
        #expect(try Self.store(site).report(id)?.minGroupSize == 5)
        let html = String(decoding: try Self.store(site).file(PublishedReports.reportFile, of: id), as: UTF8.self)
        #expect(html.contains("weniger als 5 Schulen"))
        #expect(!html.contains("Es werden keine Werte unterdrückt"))
    }

    /// A committee member, signed in for real, is refused every route that is not the committee's:
    /// responses, texts, participants, exports, surveys, publishing; generated from the route table.
    @Test func aCommitteeMemberReachesNoResponseParticipantExportOrSurveyRoute() async throws {
        let site = try TestSite()
        try Self.submit(site, count: 1)
        var member = try await site.office(email: Self.memberEmail, role: .committee)
        let overview = await member.get("/admin/reports")
        let csrf = TestBrowser.hiddenFields(named: ["_csrf"], in: overview.text)
        let samples = [
            ":survey": "alle-typen", ":response": "antwort-1", ":page": "eins", ":participant": "schule-1",
            ":chart": "anzahl.svg", ":token": "token", ":report": "00", ":link": "00",
        ]
        var refused: [String] = []
        for route in site.application.router.routes {
            guard case .office(let role) = route.access, !OfficeRole.committee.includes(role) else { continue }
            let path = route.pattern.split(separator: "/", omittingEmptySubsequences: false).map {
                samples[String($0)] ?? String($0)
            }.joined(separator: "/")
            let response =
                route.method == .post ? await member.post(path, csrf) : await member.get(path)
            #expect(response.status == .forbidden, "\(route.method.rawValue) \(route.pattern)")
            refused.append(route.pattern)
        }
        for kind in ["/r/:response", "participants", ".csv", "/report", "/publish", "/preview"] {
            #expect(refused.contains { $0.contains(kind) }, "no route with \(kind) was checked")
        }
    }
}
