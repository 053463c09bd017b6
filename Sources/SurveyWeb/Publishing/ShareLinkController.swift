import HTTPServer
import SurveyModel
import SurveyStore

/// `/share/<token>`: one published report for someone without an account, read-only.
///
/// The link must carry a good signature, must not have expired, must not be
/// on the report's revocation list, and the report must still be published;
/// otherwise one page says so, without telling which of these failed.
struct ShareLinkController {
    let services: WebServices

    func register(on open: inout RouteGroup) {
        open.get("/share/:token") { request in report(request) }
    }

    private func report(_ request: HTTPRequest) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        guard
            let link = try? ShareLink.check(
                request.parameters["token"] ?? "", signer: services.signer, now: services.now()),
            let entry = services.catalog.entry(link.surveyID)
        else { return refused(ui) }
        let store = PublishedReports(surveyFolder: entry.log.directory)
        guard let report = store.report(link.reportID), report.state == .published,
            let revoked = store.revokedLinks(of: report.id), !revoked.contains(link.linkID),
            let bytes = try? store.file(PublishedReports.reportFile, of: report.id)
        else { return refused(ui) }
        return PublishedReportFile.response(bytes, report: report, download: false)
    }

    private func refused(_ ui: UILanguage) -> HTTPResponse {
        services.message(.notFoundTitle, [PublishPhrase.shareLinkInvalid.text(ui)], ui: ui, status: .notFound)
    }
}
