import Foundation
import HTTPServer
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The committee report of a survey as the office sees it, straight from the current log.
enum OfficeReport {
    /// The report page, optionally broken down by a participant field or question.
    ///
    /// - Returns: the page, or nil when the breakdown cannot be used.
    static func page(entry: SurveyEntry, invitees: [Invitee], language: String, by: String?, now: Date) -> HTTPResponse? {
        let survey = entry.survey
        guard
            let evaluator = try? SurveyEvaluator(
                survey: survey, language: language, filter: nil, by: by, today: survey.today(at: now).expressionValue),
            let (result, _) = try? evaluator.evaluate(
                logPath: entry.log.path, participants: Dictionary(invitees.map { ($0.id, $0.fields) }) { first, _ in first })
        else { return nil }
        let ui = UILanguage(code: language)
        let document = ReportDocument(
            result: result, language: OutputLanguage(code: language), description: survey.description?.text(in: language),
            date: ReceiptFormat.date(now, timeZone: survey.timeZone, ui: ui))
        var response = HTTPResponse(
            status: .ok, headers: ["Content-Type": "text/html; charset=utf-8"], body: Array(document.html.utf8))
        SecurityHeaders.apply(to: &response)
        // The report is one self-contained file with its stylesheet inline; it has no script.
        response.headers.set(
            "Content-Security-Policy",
            SecurityHeaders.contentSecurityPolicy.replacing("style-src 'self'", with: "style-src 'self' 'unsafe-inline'"))
        return response
    }
}
