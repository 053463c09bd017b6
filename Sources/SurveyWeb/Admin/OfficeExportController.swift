import HTTPServer
import SurveyEvaluation
import SurveyExport
import SurveyModel
import SurveyStore

/// „Daten exportieren“: the submitted responses as a workbook, CSV, SPSS, Parquet or JSON file, for staff.
///
/// The file is written from the log's current view, the same rows as
/// `survey export`, and every download is recorded in the audit log.
/// Raw data identify schools: never cached, never for the committee.
struct OfficeExportController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/s/:survey/export") { request in Interruption.answer { try exportPage(request) } }
            staff.post("/s/:survey/export", bodyLimit: 4096) { request in
                Interruption.answer { try download(request) }
            }
        }
    }

    private func exportPage(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let page = OfficeExportPage(
            survey: entry.survey, ui: ui, csrf: csrf(request), responseCount: entry.log.view.submitted.count)
        return self.page(request, ExportPhrase.exportData.text(ui)) { html in page.render(into: &html) }
    }

    private func download(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let form = try checkedForm(request)
        let ui = LanguageChoice.ui(request)
        let survey = entry.survey
        let choice = form["format"].flatMap(OfficeExportPage.Choice.init(rawValue:)) ?? .xlsx
        let language = form["language"].flatMap { survey.languages.contains($0) ? $0 : nil } ?? survey.defaultLanguage
        let layout = ExportLayout(survey: survey, language: language, includesPersonal: form["personal"] == "1")
        let table: ExportTable
        do {
            // Read one response at a time: the table holds typed values, never every answer at once.
            table = try ExportTable(layout: layout) { (body) throws(StoreError) in
                try entry.log.forEachSubmitted(body)
            }
        } catch {
            throw .respond(
                services.message(
                    .errorTitle, [Phrase.storageUnreadable.text(ui)], ui: ui, status: .serviceUnavailable,
                    link: (href: "/admin/s/\(survey.id)", text: Phrase.backToSurvey.text(ui))))
        }
        let now = area.access.timestamp()
        let file: ExportFile
        do {
            file = try choice.format.write(
                table, fileName: "\(survey.id).\(choice.format.fileExtension)",
                options: choice.options(
                    labels: form["values"] == "labels", exportedAt: now)
            ).download(archiveName: "\(survey.id)-\(choice.rawValue).zip", time: now)
        } catch {
            throw .respond(
                services.message(
                    .errorTitle, [ExportPhrase.notWritten(error.description).text(ui)], ui: ui,
                    status: .unprocessableContent,
                    link: (href: "/admin/s/\(survey.id)/export", text: ExportPhrase.exportData.text(ui))))
        }
        audit(.download, request, object: "\(survey.id)/export/\(file.name)")
        return HTTPResponse(
            status: .ok,
            headers: [
                "Content-Type": file.mediaType,
                "Content-Disposition": "attachment; filename=\"\(file.name)\"",
                "Cache-Control": "no-store",
            ],
            body: file.bytes)
    }
}
