import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// The e-mail templates on the designer's settings page: fields per language, a preview, saving and clearing.
@Suite struct DesignerMailTemplateTests {
    let site: TestSite
    let files: DefinitionFiles

    init() throws {
        site = try TestSite()
        files = DefinitionFiles(folder: site.surveys)
    }

    private var version: String { (try? files.current(id: "alle-typen").version) ?? "" }

    private func stored(_ path: String) throws -> JSON? {
        JSON(try JSONDocument(parsing: files.current(id: "alle-typen").bytes).root).value(
            at: try #require(DefinitionPath(parsing: path)))
    }

    private func post(_ fields: [(String, String)]) async throws -> HTTPResponse {
        var office = try await site.office()
        let address = "/admin/designer/alle-typen/settings"
        return await office.submitForm(on: address, to: address, [("version", version)] + fields)
    }

    private static let invitation = [
        ("mail.invitation.subject.de", "Einladung: {{title}}"), ("mail.invitation.subject.en", "Invitation: {{title}}"),
        ("mail.invitation.text.de", "Guten Tag,\n{{link}}"), ("mail.invitation.text.en", "Hello,\n{{link}}"),
    ]

    @Test func everyLetterHasFieldsPerLanguageAndABuiltInPreview() async throws {
        var office = try await site.office()
        let html = await office.get("/admin/designer/alle-typen/settings").text
        for kind in ["invitation", "reminder"] {
            for part in ["subject", "text", "html"] {
                for language in ["de", "en"] {
                    #expect(html.contains("name=\"mail.\(kind).\(part).\(language)\""), "\(kind) \(part) \(language)")
                }
            }
        }
        #expect(html.contains("<code>{{field.schulart}}</code>"))
        #expect(html.contains("Sehr geehrte Schulleitung,"))
        #expect(html.contains("Dear Head of School,"))
        #expect(html.contains("eingebautes Anschreiben"))
        let english = await office.get("/admin/designer/alle-typen/settings?lang=en").text
        #expect(english.contains("E-mail templates") && english.contains("built-in letter"))
    }

    @Test func aSavedLetterIsStoredAndPreviewedAndClearingRemovesIt() async throws {
        let saved = try await post(Self.invitation)
        #expect(saved.status == .seeOther)
        #expect(try stored("mail.invitation.subject") == ["de": "Einladung: {{title}}", "en": "Invitation: {{title}}"])
        var office = try await site.office()
        let html = await office.get("/admin/designer/alle-typen/settings").text
        #expect(html.contains("Guten Tag,\nhttps://umfrage.example/t/"))
        let cleared = try await post(Self.invitation.map { ($0.0, "") })
        #expect(cleared.status == .seeOther)
        #expect(try stored("mail") == nil)
    }

    @Test func anUnknownPlaceholderIsShownAtItsField() async throws {
        let response = try await post([
            ("mail.invitation.subject.de", "Hallo {{nmae}}"), ("mail.invitation.subject.en", "Hello"),
            ("mail.invitation.text.de", "{{link}}"), ("mail.invitation.text.en", "{{link}}"),
        ])
        #expect(response.status == .unprocessableContent)
        let html = response.text
        #expect(html.contains("meinten Sie {{name}}?"))
        #expect(html.contains("href=\"#field-mail.invitation.subject.de\""))
        #expect(try stored("mail") == nil)
    }
}
