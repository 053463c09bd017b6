import HTTPServer
import StrictJSON
import SurveyModel
import SurveyStore

/// The one way a designer form is saved, shared by every editing page.
extension OfficeController {
    /// Saves the designer form posted for the survey in the request's path.
    ///
    /// After a save the server serves the new version at once and the answer is a redirect to
    /// `next(created)` (a GET, so reloading the page never posts twice). Otherwise `show` draws the
    /// form again from the would-be definition, with the person's input and the problems beside
    /// their fields (422), or from the file as someone else just saved it, with their changes and the
    /// person's own entries (409). A change that would drop or hide a live survey's answers is answered
    /// with a confirmation page that posts the same form again with `confirm=1`.
    func saveDesignerForm(
        _ request: HTTPRequest, file: DefinitionFile, next: (DefinitionPath?) -> String,
        show: (DesignerDocument, DesignerPage.Messages, HTTPStatus) -> HTTPResponse
    ) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let form = try checkedForm(request)
        let outcome = try designerChange(request, file: file) { change, author throws(DefinitionFileError) in
            try change.perform(id: file.id, form: form, author: author)
        }
        let submission = DesignerSubmission(fields: form.fields) { current in
            let base = DesignerForm(form, definition: current.json).baseVersion
            let baseJSON = (try? services.definitions.bytes(of: file.id, version: base))
                .flatMap { try? JSONDocument(parsing: $0) }.map { JSON($0.root) }
            return DesignerConflictNote.entries(of: form, base: baseJSON ?? current.json, ui: ui)
        }
        return answerDesignerChange(
            outcome, request, file: file, submission: submission, audited: .definitionChanged, next: next, show: show)
    }

    /// Runs one change of `file` with the live survey's answers at hand, as the signed-in person.
    func designerChange(
        _ request: HTTPRequest, file: DefinitionFile,
        _ body: (DesignerChange, String) throws(DefinitionFileError) -> DesignerChange.Outcome
    ) throws(Interruption) -> DesignerChange.Outcome {
        let ui = LanguageChoice.ui(request)
        var change = DesignerChange(files: services.definitions, ui: ui)
        // The live checks read the submitted answers back from the log: counting never holds up a respondent.
        change.log = file.entry?.log
        do {
            return try body(change, request.officeIdentity?.userID ?? "")
        } catch {
            throw .respond(
                services.message(
                    .errorTitle, [DesignerPhrase.saveFailed(String(describing: error)).text(ui)], ui: ui,
                    status: .internalServerError))
        }
    }

    /// The answer to a designer change: a redirect after a save, the confirmation page, or `show` for
    /// a refusal or a conflict.
    func answerDesignerChange(
        _ outcome: DesignerChange.Outcome, _ request: HTTPRequest, file: DefinitionFile,
        submission: DesignerSubmission, audited action: AuditAction, next: (DefinitionPath?) -> String,
        show: (DesignerDocument, DesignerPage.Messages, HTTPStatus) -> HTTPResponse
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        switch outcome {
        case .saved(_, let created):
            services.catalog.reload()
            audit(action, request, object: file.name)
            // `saved=1` goes before the fragment that points at what the edit created; `at` repeats the
            // fragment for the designer script, which follows the redirect without ever seeing it.
            let address = next(created)
            let fragmentStart = address.firstIndex(of: "#") ?? address.endIndex
            let fragment = address[fragmentStart...].dropFirst()
            let location = address[..<fragmentStart]
            let arrival = fragment.isEmpty ? "" : "&at=" + URLEncodedForm.encode(String(fragment)) + "#" + fragment
            return services.redirect(location + (location.contains("?") ? "&" : "?") + "saved=1" + arrival)
        case .rejected(let document):
            var messages = DesignerPage.Messages()
            messages.errors = [DesignerPhrase.notSaved.text(ui)]
            return show(document, messages, .unprocessableContent)
        case .conflict(let current, let theirChanges):
            var messages = DesignerPage.Messages()
            messages.errors =
                [DesignerPhrase.conflict.text(ui)]
                + (theirChanges.isEmpty ? [DesignerPhrase.conflictUnknownChanges.text(ui)] : [])
            messages.conflict = DesignerConflictNote(
                theirChanges: theirChanges, yourEntries: submission.entries(current),
                versionsAddress: DesignerPage.address("/admin/designer/\(file.id)/versions", ui: ui))
            return show(current, messages, .conflict)
        case .needsConfirmation(_, let consequences):
            let title = LiveChangePhrase.confirmTitle.text(ui)
            let frame = DesignerPage(
                ui: ui,
                crumbs: DesignerPage.crumbs(
                    survey: (file.id, file.title(ui)), ui: ui,
                    [DesignerPage.Crumb(text: title)]))
            let action = request.path + (request.query.map { "?" + $0 } ?? "")
            let confirmation = LiveChangeConfirmation(
                ui: ui, consequences: consequences, action: action, fields: submission.fields,
                multipart: submission.multipart, cancel: action, csrf: csrf(request))
            return designerPage(request, frame, title: title) { html in confirmation.render(into: &html) }
        }
    }

    /// The stored definition of `file` as designer pages show it, with `saved=1` from a redirect as the success message.
    func designerDocument(_ request: HTTPRequest, file: DefinitionFile) throws(Interruption) -> (
        DesignerDocument, DesignerPage.Messages
    ) {
        let (stored, messages) = try storedDefinition(request, file: file)
        return (
            DesignerDocument(bytes: stored.bytes, version: stored.version, ui: LanguageChoice.ui(request)), messages
        )
    }

    /// The stored bytes and version of `file`, without loading them, for a page that shows the survey
    /// online and needs only the version its forms are built on.
    func storedDefinition(_ request: HTTPRequest, file: DefinitionFile) throws(Interruption) -> (
        (bytes: [UInt8], version: String), DesignerPage.Messages
    ) {
        let ui = LanguageChoice.ui(request)
        guard let stored = try? services.definitions.current(id: file.id) else {
            throw .respond(
                services.message(.notFoundTitle, [DesignerPhrase.fileMissing.text(ui)], ui: ui, status: .notFound))
        }
        var messages = DesignerPage.Messages()
        if (try? request.queryItems())?["saved"] == "1" { messages.success = DesignerPhrase.saved.text(ui) }
        return (stored, messages)
    }
}

/// What a person posted, for the pages that answer a change that was not saved: the fields to post
/// again after a confirmation, and their entries to show after a conflict.
struct DesignerSubmission {
    let fields: [(name: String, value: String)]
    var multipart = false
    /// The entries that did not make it, worked out only when a conflict needs them.
    let entries: (DesignerDocument) -> [DesignerConflictNote.Entry]
}
