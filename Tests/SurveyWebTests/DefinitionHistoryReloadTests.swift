import Foundation
import StrictJSON
import SurveyStore
import Testing

@testable import SurveyWeb

/// The server reads `surveys/*.json` only: the kept versions under `surveys/.history/` are never served.
@Suite struct DefinitionHistoryReloadTests {
    @Test func savesAreServedAndTheHistoryIsNot() throws {
        let site = try TestSite()
        let files = DefinitionFiles(folder: site.surveys)
        let (bytes, version) = try files.current(id: "alle-typen")
        var json = JSON(try JSONDocument(parsing: bytes).root)
        guard case .object(var fields) = json else { throw DefinitionFileError.notFound(id: "alle-typen") }
        fields = fields.map { $0.key == "title" ? JSONField(key: "title", value: "Neuer Titel") : $0 }
        json = .object(fields)
        try files.save(id: "alle-typen", json: json, expectedVersion: version, author: TestSite.officeEmail)
        #expect(try files.versions(of: "alle-typen").count == 2)

        let messages = site.application.reloadSurveys()
        #expect(messages.contains { $0.contains("serving alle-typen") })
        #expect(!messages.contains { $0.contains(".history") })
        #expect(site.application.surveyIDs == ["alle-typen"])
    }
}
