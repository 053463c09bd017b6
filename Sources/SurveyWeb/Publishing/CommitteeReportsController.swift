import HTTPServer
import Markup
import SurveyModel
import SurveyStore

/// „Berichte“: the published reports given to the person signed in, to read in the browser and to download.
///
/// Open to every signed-in role, so staff can check what the committee sees:
/// a committee member sees the published reports given to them; staff see
/// every published report, and may also open a withdrawn one from their own
/// list. Nothing here reads the responses: only the frozen files.
struct CommitteeReportsController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .committee) { committee in
            committee.get("/reports") { request in list(request) }
            committee.get("/reports/:survey/:report") { request in Interruption.answer { try file(request) } }
            committee.get("/reports/:survey/:report/download") { request in
                Interruption.answer { try file(request, download: true) }
            }
        }
    }

    /// Whether the person may read `report`: a committee member only published reports given to them.
    static func mayRead(_ report: PublishedReport, _ identity: OfficeIdentity?) -> Bool {
        guard let identity else { return false }
        return identity.role.includes(.staff) || report.isReadable(by: identity.userID)
    }

    private func list(_ request: HTTPRequest) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let identity = request.officeIdentity
        let rows = services.catalog.entries.flatMap { entry in
            OfficePublishController.store(entry).all().filter { $0.state == .published && Self.mayRead($0, identity) }
                .map { (entry, $0) }
        }.sorted { $0.1.published > $1.1.published }
        return page(request, PublishPhrase.reports.text(ui)) { html in
            html.element("p", text: PublishPhrase.reportsIntro.text(ui))
            guard !rows.isEmpty else {
                html.element("p", text: PublishPhrase.noReportsForYou.text(ui))
                return
            }
            let headers = [
                PublishPhrase.columnTitle, .columnSurvey, .columnCutoff, .columnPublished, .download,
            ].map { $0.text(ui) }
            let cells = rows.map { entry, report in
                let href = "/admin/reports/\(entry.survey.id)/\(report.id)"
                let time = { (stamp: Timestamp) in
                    ReceiptFormat.time(ReceiptFormat.date(stamp), timeZone: entry.survey.timeZone, ui: ui)
                }
                return [
                    TableCell(report.title, href: href),
                    TableCell(entry.survey.title.text(in: report.language)),
                    TableCell(time(report.dataCutoff)),
                    TableCell(time(report.published)),
                    TableCell(PublishPhrase.download.text(ui), href: href + "/download"),
                ]
            }
            OfficePage.table(headers, cells, into: &html)
        }
    }

    private func file(_ request: HTTPRequest, download: Bool = false) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let entry = try entry(request)
        let store = OfficePublishController.store(entry)
        guard let report = store.report(request.parameters["report"] ?? ""),
            Self.mayRead(report, request.officeIdentity),
            let bytes = try? store.file(PublishedReports.reportFile, of: report.id)
        else {
            throw .respond(
                services.message(
                    .notFoundTitle, [PublishPhrase.reportGone.text(ui)], ui: ui, status: .notFound,
                    link: (href: "/admin/reports", text: PublishPhrase.reports.text(ui))))
        }
        if download { audit(.download, request, object: "\(entry.survey.id)/published/\(report.id)") }
        return PublishedReportFile.response(bytes, report: report, download: download)
    }
}
