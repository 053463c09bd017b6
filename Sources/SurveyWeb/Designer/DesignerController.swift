import HTTPServer
import Markup
import SurveyModel
import SurveyStore

/// The designer's pages: the list of definition files, a survey's editing overview, its download and its
/// preview. Read-only: nothing here changes a file.
struct DesignerController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/designer") { request in list(request) }
            staff.get("/designer/:survey") { request in Interruption.answer { try overview(request) } }
            staff.post("/designer/:survey", bodyLimit: Self.formBodyLimit) { request in
                Interruption.answer { try saveFromOverview(request) }
            }
            staff.get("/designer/:survey/settings") { request in Interruption.answer { try settings(request) } }
            staff.post("/designer/:survey/settings", bodyLimit: Self.formBodyLimit) { request in
                Interruption.answer { try saveSettings(request) }
            }
            staff.get("/designer/:survey/pages/:index") { request in Interruption.answer { try pageEditor(request) } }
            staff.post("/designer/:survey/pages/:index", bodyLimit: Self.formBodyLimit) { request in
                Interruption.answer { try savePage(request) }
            }
            staff.get("/designer/:survey/download") { request in Interruption.answer { try download(request) } }
            staff.get("/designer/:survey/preview") { request in Interruption.answer { try preview(request) } }
            registerQuestionEditor(on: &staff)
        }
    }

    /// The most a designer form may post: a whole page of questions with their texts in every language.
    static let formBodyLimit = 2 * 1024 * 1024

    private func list(_ request: HTTPRequest) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let list = DesignerListPage(
            ui: ui, files: DefinitionFile.all(in: services.catalog), now: services.now(),
            submitted: { ResponseCounts(entry: $0, invitees: services.invitees, language: ui).submittedText(ui) })
        let frame = DesignerPage(ui: ui, crumbs: DesignerPage.crumbs(ui: ui))
        return designerPage(request, frame, title: DesignerPhrase.designer.text(ui)) { html in
            list.render(into: &html)
        }
    }

    /// The definition file a request's path names, or the page saying the folder has no such file.
    func definitionFile(_ request: HTTPRequest) throws(Interruption) -> DefinitionFile {
        let ui = LanguageChoice.ui(request)
        guard let file = request.parameters["survey"].flatMap({ DefinitionFile.named($0, in: services.catalog) })
        else {
            throw .respond(
                services.message(
                    .notFoundTitle, [DesignerPhrase.fileMissing.text(ui)], ui: ui, status: .notFound,
                    link: (
                        href: DesignerPage.address("/admin/designer", ui: ui), text: DesignerPhrase.designer.text(ui)
                    )))
        }
        return file
    }

    private func overview(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let ui = LanguageChoice.ui(request)
        let problems = file.problems.map { DesignerPhrase.problem($0, ui) }
        guard let entry = file.entry else {
            // A file that never loaded (or is not read yet): its diagnostics, and the file to download and mend.
            var frame = DesignerPage(ui: ui, crumbs: DesignerPage.crumbs(survey: (file.id, file.name), ui: ui))
            frame.messages.errors = problems
            return designerPage(request, frame, title: file.name) { html in
                if problems.isEmpty { html.element("p", text: DesignerPhrase.notReadYet.text(ui)) }
                html.element("p") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "/admin/designer/\(file.id)/download")],
                        text: DesignerPhrase.download.text(ui))
                }
            }
        }
        let title = entry.survey.title.text(in: ui.rawValue)
        let (stored, messages) = try storedDefinition(request, file: file)
        var frame = DesignerPage(ui: ui, crumbs: DesignerPage.crumbs(survey: (file.id, title), ui: ui))
        frame.messages.success = messages.success
        // An edit that did not load is named first: the page shows the version still online.
        frame.messages.errors = problems.isEmpty ? [] : [Phrase.loadedVersionKept.text(ui)] + problems
        frame.messages.warnings = entry.warnings.map { DesignerPhrase.problem($0, ui) } + entry.orphanWarnings
        let page = DesignerOverviewPage(
            ui: ui, survey: entry.survey, version: stored.version, csrf: csrf(request))
        return designerPage(request, frame, title: title) { html in page.render(into: &html) }
    }

    /// A designer form posted to the overview: a structural button (add a page, move a question, …) or
    /// fields; afterwards the overview again, at the part the edit created.
    private func saveFromOverview(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let ui = LanguageChoice.ui(request)
        let base = DesignerPage.address("/admin/designer/\(file.id)", ui: ui)
        let arrival = DesignerOverviewArrival(request: request)
        return try saveDesignerForm(request, file: file) { created in
            arrival.fragment(created: created).map { base + "#" + $0 } ?? base
        } show: { document, messages, status in
            var frame = DesignerPage(ui: ui, crumbs: DesignerPage.crumbs(survey: (file.id, file.title(ui)), ui: ui))
            frame.messages = messages
            frame.messages.errors += document.errors.map { $0.message }
            let survey = document.survey ?? file.entry?.survey
            return designerPage(request, frame, title: file.title(ui), status: status) { html in
                if let survey {
                    DesignerOverviewPage(ui: ui, survey: survey, version: document.baseVersion, csrf: csrf(request))
                        .render(into: &html)
                }
            }
        }
    }

    /// The file's bytes as they are on disk, for editing elsewhere or keeping.
    private func download(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let ui = LanguageChoice.ui(request)
        guard let bytes = file.contents(in: services.catalog) else {
            throw .respond(
                services.message(.errorTitle, [DesignerPhrase.fileMissing.text(ui)], ui: ui, status: .notFound))
        }
        audit(.download, request, object: file.name)
        // The name is a survey id (`[a-z0-9-]`), so it needs no quoting beyond the quotes.
        return HTTPResponse(
            status: .ok,
            headers: [
                "Content-Type": "application/json", "Content-Disposition": "attachment; filename=\"\(file.name)\"",
                "Cache-Control": "no-store",
            ], body: bytes)
    }
}
