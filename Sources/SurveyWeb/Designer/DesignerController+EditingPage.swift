import HTTPServer
import Markup
import SurveyModel

/// The frame of the designer's editing forms (settings, a page): crumbs, messages, the error summary
/// with a link to each field, and the problems of places the form does not show.
extension DesignerController {
    /// An editing page for `document`; `label` names the fields the form shows, for the summary.
    func editingPage(
        _ request: HTTPRequest, file: DefinitionFile, document: DesignerDocument, messages: DesignerPage.Messages,
        status: HTTPStatus, heading: String, label: (DefinitionPath) -> String?,
        form: (DesignerJSONForm, inout HTMLBuilder) -> Void
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let jsonForm = DesignerJSONForm(document: document, ui: ui)
        let surveyTitle = jsonForm.localizedText(at: DefinitionPath.root.appending("title"))?.text(in: ui.rawValue)
        var frame = DesignerPage(
            ui: ui,
            crumbs: DesignerPage.crumbs(
                survey: (file.id, surveyTitle.flatMap { $0.isEmpty ? nil : $0 } ?? file.name), ui: ui,
                [DesignerPage.Crumb(text: heading)]))
        frame.messages = messages
        // Shown again after a failed save, the problems say what stopped it; a stored file that does
        // not load (an edit outside the designer) shows them too.
        let problems = jsonForm.fieldProblems(labelled: label)
        frame.fieldProblems = problems.linked
        frame.messages.errors += problems.other
        return designerPage(request, frame, title: heading, status: status) { html in form(jsonForm, &html) }
    }
}
