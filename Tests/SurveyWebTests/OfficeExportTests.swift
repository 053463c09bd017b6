import CSVCodec
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// „Daten exportieren“: staff download the submitted responses; the committee cannot, and every download is audited.
@Suite struct OfficeExportTests {
    /// Submits page one and the review of the test survey as a school.
    static func submitOneResponse(_ site: TestSite) async {
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        _ = await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text))
    }

    @Test func staffDownloadTheResponsesAsCSVForExcel() async throws {
        let site = try TestSite()
        await Self.submitOneResponse(site)
        var office = try await site.office(role: .staff)
        let page = await office.get("/admin/s/alle-typen/export")
        #expect(page.status == .ok)
        #expect(page.text.contains("1 eingereichte Antwort"))
        let response = await office.submitForm(
            on: "/admin/s/alle-typen/export", to: "/admin/s/alle-typen/export",
            [("format", "csv-excel"), ("values", "labels")])
        #expect(response.status == .ok)
        #expect(response.headers["Content-Disposition"] == "attachment; filename=\"alle-typen.csv\"")
        #expect(response.headers["Cache-Control"] == "no-store")
        let table = try CSVReader.read(response.body)
        #expect(table.header.prefix(4) == ["response", "participant", "submitted", "name"])
        let row = try #require(table.rows.first?.fields)
        #expect(table.rows.count == 1)
        #expect(row[3] == "Grundschule <Am Bach>")
        let entries = try site.application.office.audit.entries()
        #expect(entries.last?.action == .download)
        #expect(entries.last?.object == "alle-typen/export/alle-typen.csv")
    }

    /// The test survey asks nothing personal, so the page offers no such choice; the JSON holds the answers.
    @Test func jsonInEnglishWithoutAPersonalDataChoice() async throws {
        let site = try TestSite()
        await Self.submitOneResponse(site)
        var office = try await site.office(role: .staff)
        let page = await office.get("/admin/s/alle-typen/export?lang=en")
        #expect(page.text.contains("1 submitted response"))
        #expect(!page.text.contains("Also export personal data"))
        let json = await office.submitForm(
            on: "/admin/s/alle-typen/export", to: "/admin/s/alle-typen/export", [("format", "json")])
        #expect(json.headers["Content-Type"] == "application/json")
        #expect(json.text.contains(#""name":"Grundschule <Am Bach>""#))
    }

    /// A workbook is one file; a script comes with the CSV it reads, both in one ZIP archive.
    @Test(arguments: [
        ("xlsx", "alle-typen.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("r", "alle-typen-r.zip", "application/zip"), ("sps", "alle-typen-sps.zip", "application/zip"),
        ("spss", "alle-typen.sav", "application/x-spss-sav"),
        ("parquet", "alle-typen.parquet", "application/vnd.apache.parquet"),
    ])
    func everyFormatDownloads(format: String, name: String, type: String) async throws {
        let site = try TestSite()
        await Self.submitOneResponse(site)
        var office = try await site.office(role: .staff)
        let response = await office.submitForm(
            on: "/admin/s/alle-typen/export", to: "/admin/s/alle-typen/export",
            [("format", format), ("values", "labels")])
        #expect(response.status == .ok)
        #expect(response.headers["Content-Disposition"] == "attachment; filename=\"\(name)\"")
        #expect(response.headers["Content-Type"] == type)
        #expect(response.body.count > 100)
        if name.hasSuffix(".zip") || name.hasSuffix(".xlsx") {
            #expect(response.body.prefix(2) == Array("PK".utf8)[...])
        }
    }

    @Test func theCommitteeCannotExport() async throws {
        let site = try TestSite()
        var member = try await site.office(email: "ausschuss@example.org", role: .committee)
        #expect(await member.get("/admin/s/alle-typen/export").status == .forbidden)
        #expect(await member.post("/admin/s/alle-typen/export", [("format", "csv")]).status == .forbidden)
    }

    @Test func aDownloadWithoutTheFormsTokenIsRefused() async throws {
        let site = try TestSite()
        var office = try await site.office(role: .staff)
        let response = await office.post("/admin/s/alle-typen/export", [("format", "csv")])
        #expect(response.status == .forbidden)
        #expect(try site.application.office.audit.entries().allSatisfy { $0.action != .download })
    }
}
