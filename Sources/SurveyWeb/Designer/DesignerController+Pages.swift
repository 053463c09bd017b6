import HTTPServer
import Markup
import StrictJSON
import SurveyModel

/// The editor of one page (`/pages/:index`, counted from 1 as the overview numbers pages).
extension DesignerController {
    func pageEditor(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let (document, messages) = try designerDocument(request, file: file)
        let index = try pageIndex(request, in: document)
        return pageEditorPage(request, file: file, index: index, document: document, messages: messages, status: .ok)
    }

    func savePage(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let (stored, _) = try designerDocument(request, file: file)
        let index = try pageIndex(request, in: stored)
        let address = pageAddress(file, index: index, ui: LanguageChoice.ui(request))
        return try saveDesignerForm(request, file: file) { _ in
            address
        } show: { document, messages, status in
            pageEditorPage(request, file: file, index: index, document: document, messages: messages, status: status)
        }
    }

    /// The index in `pages` the path's number names; the page "not found" when there is none.
    private func pageIndex(_ request: HTTPRequest, in document: DesignerDocument) throws(Interruption) -> Int {
        let ui = LanguageChoice.ui(request)
        let count = document.json["pages"]?.elements?.count ?? 0
        guard let number = request.parameters["index"].flatMap({ Int($0) }), number >= 1, number <= count else {
            throw .respond(
                services.message(.notFoundTitle, [SettingsPhrase.noSuchPage.text(ui)], ui: ui, status: .notFound))
        }
        return number - 1
    }

    private func pageAddress(_ file: DefinitionFile, index: Int, ui: UILanguage) -> String {
        DesignerPage.address("/admin/designer/\(file.id)/pages/\(index + 1)", ui: ui)
    }

    private func pageEditorPage(
        _ request: HTTPRequest, file: DefinitionFile, index: Int, document: DesignerDocument,
        messages: DesignerPage.Messages, status: HTTPStatus
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let form = DesignerJSONForm(document: document, ui: ui)
        let title = form.localizedText(at: DefinitionPath.root.appending("pages").appending(index).appending("title"))
        let heading = DesignerPhrase.page(index + 1, title?.text(in: ui.rawValue) ?? "").text(ui)
        let overview =
            DesignerPage.address("/admin/designer/\(file.id)", ui: ui) + "#"
            + DesignerField.id(of: DefinitionPath.root.appending("pages").appending(index))
        return editingPage(
            request, file: file, document: document, messages: messages, status: status, heading: heading,
            label: { DesignerPageEditor.label(of: $0, page: index, ui: ui) }
        ) { form, html in
            DesignerPageEditor(
                form: form, index: index, address: pageAddress(file, index: index, ui: ui), overview: overview,
                csrf: csrf(request)
            ).render(into: &html)
        }
    }
}
