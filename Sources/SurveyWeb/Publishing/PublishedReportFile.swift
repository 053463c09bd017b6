import HTTPServer
import SurveyEvaluation
import SurveyStore

/// The HTTP answer carrying a published report's frozen `report.html`: to read in the browser, or as a file.
///
/// The bytes are served exactly as stored, so what a committee member reads,
/// downloads or opens from a share link is the same file. It carries its own
/// `<meta>` policy (no script, no forms, its stylesheet by hash); the header
/// says the same.
enum PublishedReportFile {
    static func response(_ bytes: [UInt8], report: PublishedReport, download: Bool) -> HTTPResponse {
        var headers: HTTPHeaders = [
            "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": ReportStyle.contentSecurityPolicy,
        ]
        if download {
            // Survey ids are letters, digits, '-' and '_', report ids hex: safe in a quoted file name.
            headers.set(
                "Content-Disposition", "attachment; filename=\"\(report.surveyID)-\(report.id.prefix(8)).html\"")
        }
        return HTTPResponse(status: .ok, headers: headers, body: bytes)
    }
}
