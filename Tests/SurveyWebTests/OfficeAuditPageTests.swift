import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// The audit page shows the log newest first, a hundred lines a page, filtered by person, action and days.
@Suite struct OfficeAuditPageTests {
    /// 250 downloads by two people, one a minute from 2026-11-01 00:00 UTC, objects `obj-000` … `obj-249`.
    static func fill(_ log: AuditLog) throws {
        for index in 0..<250 {
            try log.append(
                AuditEntry(
                    time: Timestamp(millisecondsSince1970: 1_793_491_200_000 + Int64(index) * 60_000),
                    accountID: nil, actor: index.isMultiple(of: 2) ? "gerade@example.org" : "ungerade@example.org",
                    address: "192.0.2.1", action: index < 200 ? .download : .codeReissued,
                    object: "obj-" + String(format: "%03d", index)))
        }
    }

    static func objects(_ html: String) -> [String] {
        html.matches(of: /obj-\d{3}/).map { String($0.output) }
    }

    /// The address of the "older entries" link, unescaped.
    static func olderLink(_ html: String) -> String? {
        guard let match = html.firstMatch(of: /href="(\/admin\/audit\?[^"]*before=\d+[^"]*)"/) else { return nil }
        return String(match.output.1).replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func pagesGoFromTheNewestToTheOldest() async throws {
        let site = try TestSite()
        try Self.fill(site.application.office.audit)
        var admin = try await site.office()
        var seen: [String] = []
        var next: String? = "/admin/audit?action=download"
        var pages = 0
        while let path = next {
            let page = await admin.get(path)
            #expect(page.status == .ok)
            seen += Self.objects(page.text)
            next = Self.olderLink(page.text)
            pages += 1
        }
        #expect(pages == 2)
        #expect(seen == (0..<200).reversed().map { "obj-" + String(format: "%03d", $0) })
    }

    @Test func filtersByPersonAndDays() async throws {
        let site = try TestSite()
        try Self.fill(site.application.office.audit)
        var admin = try await site.office()
        // 2026-11-01 runs to minute 1439, so every line of the fill is on that day.
        let day = await admin.get("/admin/audit?from=2026-11-01&until=2026-11-01&user=ungerade@example.org")
        let shown = Self.objects(day.text)
        #expect(shown.count == 100)
        #expect(shown.first == "obj-249")
        #expect(shown.allSatisfy { Int($0.dropFirst(4))!.isMultiple(of: 2) == false })
        #expect(Self.objects(await admin.get("/admin/audit?until=2026-10-31").text).isEmpty)
        // The admin's own sign-in is on 2026-11-18.
        let signIns = await admin.get("/admin/audit?from=2026-11-18&action=sign-in&lang=en")
        #expect(signIns.text.contains("Sign-in"))
        #expect(Self.objects(signIns.text).isEmpty)
    }

    @Test func aDateThatIsNoneIsRefusedInBothLanguages() async throws {
        let site = try TestSite()
        var admin = try await site.office()
        let german = await admin.get("/admin/audit?from=13.11.2026")
        #expect(german.status == .badRequest)
        #expect(german.text.contains("„13.11.2026“ ist kein Datum"))
        let english = await admin.get("/admin/audit?until=gestern&lang=en")
        #expect(english.text.contains("“gestern” is not a date"))
    }
}
