import HTTPServer
import Markup
import SurveyModel

/// The settings page of a survey: shown from the stored file, saved through the designer's one pipeline.
extension DesignerController {
    func settings(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let (document, messages) = try designerDocument(request, file: file)
        return settingsPage(request, file: file, document: document, messages: messages, status: .ok)
    }

    /// Saves the settings form; afterwards the settings again, at the entry a button added.
    func saveSettings(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let address = settingsAddress(file, ui: LanguageChoice.ui(request))
        return try saveDesignerForm(request, file: file) { created in
            created.map { address + "#" + DesignerField.id(of: $0) } ?? address
        } show: { document, messages, status in
            settingsPage(request, file: file, document: document, messages: messages, status: status)
        }
    }

    private func settingsAddress(_ file: DefinitionFile, ui: UILanguage) -> String {
        DesignerPage.address("/admin/designer/\(file.id)/settings", ui: ui)
    }

    private func settingsPage(
        _ request: HTTPRequest, file: DefinitionFile, document: DesignerDocument, messages: DesignerPage.Messages,
        status: HTTPStatus
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        return editingPage(
            request, file: file, document: document, messages: messages, status: status,
            heading: DesignerPhrase.settings.text(ui), label: { DesignerSettingsPage.label(of: $0, ui: ui) }
        ) { form, html in
            DesignerSettingsPage(form: form, address: settingsAddress(file, ui: ui), csrf: csrf(request))
                .render(into: &html)
        }
    }
}
