import HTTPServer
import SurveyModel
import SurveyStore

/// The one way a designer form is saved, shared by every editing page.
extension OfficeController {
    /// Saves the designer form posted for the survey in the request's path.
    ///
    /// After a save the server serves the new version at once and the answer is a redirect to
    /// `next(created)` (a GET, so reloading the page never posts twice). Otherwise `show` draws the
    /// form again from the would-be definition, with the person's input and the problems beside
    /// their fields (422), or from the file as someone else just saved it, with their changes (409).
    func saveDesignerForm(
        _ request: HTTPRequest, file: DefinitionFile, next: (DefinitionPath?) -> String,
        show: (DesignerDocument, DesignerPage.Messages, HTTPStatus) -> HTTPResponse
    ) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let form = try checkedForm(request)
        let change = DesignerChange(files: services.definitions, ui: ui)
        let outcome: DesignerChange.Outcome
        do {
            outcome = try change.perform(id: file.id, form: form, author: request.officeIdentity?.userID ?? "")
        } catch {
            throw .respond(
                services.message(
                    .errorTitle, [DesignerPhrase.saveFailed(String(describing: error)).text(ui)], ui: ui,
                    status: .internalServerError))
        }
        switch outcome {
        case .saved(_, let created):
            services.catalog.reload()
            audit(.definitionChanged, request, object: file.name)
            // `saved=1` goes before the fragment that points at what the edit created.
            let address = next(created)
            let fragmentStart = address.firstIndex(of: "#") ?? address.endIndex
            let location = address[..<fragmentStart]
            return services.redirect(
                location + (location.contains("?") ? "&" : "?") + "saved=1" + address[fragmentStart...])
        case .rejected(let document):
            var messages = DesignerPage.Messages()
            messages.errors = [DesignerPhrase.notSaved.text(ui)]
            return show(document, messages, .unprocessableContent)
        case .conflict(let current, let theirChanges):
            var messages = DesignerPage.Messages()
            messages.errors =
                [DesignerPhrase.conflict.text(ui)]
                + (theirChanges.isEmpty
                    ? [DesignerPhrase.conflictUnknownChanges.text(ui)]
                    : theirChanges.map { $0.text(ui.diagnosticLanguage) })
            return show(current, messages, .conflict)
        }
    }

    /// The stored definition of `file` as designer pages show it, with `saved=1` from a redirect as the success message.
    func designerDocument(_ request: HTTPRequest, file: DefinitionFile) throws(Interruption) -> (
        DesignerDocument, DesignerPage.Messages
    ) {
        let ui = LanguageChoice.ui(request)
        guard let stored = try? services.definitions.current(id: file.id) else {
            throw .respond(
                services.message(.notFoundTitle, [DesignerPhrase.fileMissing.text(ui)], ui: ui, status: .notFound))
        }
        var messages = DesignerPage.Messages()
        if (try? request.queryItems())?["saved"] == "1" { messages.success = DesignerPhrase.saved.text(ui) }
        return (DesignerDocument(bytes: stored.bytes, version: stored.version, ui: ui), messages)
    }
}
