import HTTPServer
import Markup
import StrictJSON
import SurveyModel
import SurveyStore

/// Replacing a definition with an uploaded JSON file: the same lock, checks and live checks as every
/// designer change; the file is saved only when it loads, and written in the canonical layout.
struct UploadController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/designer/:survey/upload") { request in Interruption.answer { try uploadPage(request) } }
            staff.post("/designer/:survey/upload", bodyLimit: UploadedDefinition.bodyLimit) { request in
                Interruption.answer { try upload(request) }
            }
        }
    }

    private func uploadPage(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try DesignerController(area: area).definitionFile(request)
        let (document, messages) = try designerDocument(request, file: file)
        return page(request, file: file, version: document.baseVersion, messages: messages)
    }

    private func page(
        _ request: HTTPRequest, file: DefinitionFile, version: String, messages: DesignerPage.Messages,
        errors: [String] = [], status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let title = VersionsPhrase.upload.text(ui)
        var frame = DesignerPage(
            ui: ui,
            crumbs: DesignerPage.crumbs(
                survey: (file.id, file.title(ui)), ui: ui,
                [DesignerPage.Crumb(text: title)]))
        frame.messages = messages
        let form = UploadForm(
            ui: ui, action: DesignerPage.address("/admin/designer/\(file.id)/upload", ui: ui), csrf: csrf(request),
            limit: UploadedDefinition.sizeLimit, errors: errors, version: version)
        return designerPage(request, frame, title: title, status: status) { html in
            html.element("p", text: VersionsPhrase.uploadIntro.text(ui))
            form.render(into: &html)
        }
    }

    private func upload(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try DesignerController(area: area).definitionFile(request)
        let ui = LanguageChoice.ui(request)
        guard let form = try? request.multipartForm() else { throw formExpired(ui) }
        let version = form[DesignerForm.versionField] ?? ""
        let refuse = { (errors: [String]) in
            page(
                request, file: file, version: version, messages: DesignerPage.Messages(), errors: errors,
                status: .unprocessableContent)
        }
        let upload: (json: JSON, text: String)
        switch UploadedDefinition.read(form, expectedID: file.id, ui: ui) {
        case .failure(let problems): return refuse(problems.messages)
        case .success(let read): upload = read
        }
        let outcome = try designerChange(request, file: file) { change, author throws(DefinitionFileError) in
            try change.replace(
                id: file.id, with: upload.json, baseVersion: version,
                confirmed: form[DesignerForm.confirmField] == "1", author: author)
        }
        var submission = DesignerSubmission(
            fields: [(DesignerForm.versionField, version), (UploadedDefinition.textField, upload.text)]
        ) { _ in [] }
        submission.multipart = true
        return answerDesignerChange(
            outcome, request, file: file, submission: submission, audited: .definitionChanged,
            next: { _ in DesignerPage.address("/admin/designer/\(file.id)", ui: ui) }
        ) { document, messages, status in
            page(
                request, file: file, version: document.baseVersion, messages: messages,
                errors: document.errors.map { $0.message }, status: status)
        }
    }
}
