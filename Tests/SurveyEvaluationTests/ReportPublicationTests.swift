import Testing

@testable import SurveyEvaluation

/// A published report names its occasion above the title and its data cut-off in place of the date.
@Suite struct ReportPublicationTests {
    @Test(arguments: [
        ("de", "Datenstand", "Stand"),
        ("en", "Data as of", "As of"),
    ])
    func aPublishedReportShowsItsOccasionAndDataCutoff(language: String, cutoff: String, plain: String) throws {
        var document = try ReportPresentationTests.document(language: language)
        let unpublished = document.html
        #expect(unpublished.contains("<dt>\(plain)</dt><dd>27.11.2026</dd>"))
        #expect(!unpublished.contains(cutoff))
        document.publication = ReportDocument.Publication(
            title: "Schulträgerausschuss <Sitzung> vom 13.11.2026", dataCutoff: "13.11.2026, 09:00 Uhr")
        let html = document.html
        #expect(html.contains("<p class=\"kicker\">Schulträgerausschuss &lt;Sitzung&gt; vom 13.11.2026</p>"))
        #expect(html.contains("<dt>\(cutoff)</dt><dd>13.11.2026, 09:00 Uhr</dd>"))
        #expect(!html.contains("<dt>\(plain)</dt>"))
    }
}
