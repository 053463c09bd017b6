import Foundation
import HTTPServer
import Markup
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The committee report of a survey as the office sees it, kept current as responses arrive.
struct OfficeReport {
    let choice: ReportChoice
    let document: ReportDocument
    /// The form to publish this report, for staff on the real responses; nil leaves it out.
    var publishForm: PublishForm?

    /// - Parameter participation: The office overview's counts, for the response-rate table.
    init(
        result: EvaluationResult, participation: ParticipationCounts, choice: ReportChoice, language: String, now: Date
    ) {
        self.choice = choice
        let survey = choice.survey
        var document = ReportDocument(
            result: result, language: OutputLanguage(code: language),
            presentation: ReportPresentation(
                survey: survey, language: OutputLanguage(code: language), filter: result.filter),
            date: ReceiptFormat.date(now, timeZone: survey.timeZone, ui: UILanguage(code: language)))
        document.participation = participation
        self.document = document
    }

    /// The live evaluation of a survey with a filter and breakdown, from `reports` or newly attached to its log.
    ///
    /// - Throws: ``EvaluationSetupError`` when the filter or breakdown cannot be used.
    static func result(
        entry: SurveyEntry, invitees: InviteeDirectory, reports: LiveReports, language: String, filter: String?,
        by: String?, now: Date
    ) throws(EvaluationSetupError) -> EvaluationResult {
        let survey = entry.survey
        let today = survey.today(at: now)
        let key = LiveReports.Key(
            surveyID: survey.id, version: entry.version, language: language, filter: filter, by: by, today: today)
        let evaluation = try reports.evaluation(
            for: key, log: entry.log, start: { columnStart(entry: entry, invitees: invitees, reports: reports) }
        ) { () throws(EvaluationSetupError) in
            let evaluator = try SurveyEvaluator(
                survey: survey, language: language, filter: filter, by: by, today: today.expressionValue)
            // Participants are looked up when a response arrives, so a changed participant list counts from then on.
            return LiveEvaluation(decoder: evaluator.decoder) { id in
                invitees.invitee(surveyID: survey.id, id: id)?.fields ?? [:]
            }
        }
        return evaluation.result()
    }

    /// A new live evaluation starts from the survey's columns beside its log, on all cores: the count
    /// holds no lock the writer needs, and parsing only what `columns.bin` does not cover yet keeps the
    /// first request of a new choice short. While the server's maintainer still builds the file, the
    /// request waits for it rather than parse the log a second time beside it.
    private static func columnStart(entry: SurveyEntry, invitees: InviteeDirectory, reports: LiveReports)
        -> LiveStart
    {
        reports.columnFiles?.waitUntilReady(surveyID: entry.survey.id, version: entry.version)
        return .columns(
            ColumnFiles.store(for: entry), participantFields: entry.survey.participantFields.map(\.id),
            participants: invitees.fieldsByParticipant(of: entry.survey.id))
    }

    /// The shared policy, but with the report's inline stylesheet admitted by its hash and no other inline style.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' \(ReportStyle.hashSource); img-src 'self' data:; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// The report page, with the choice of filter and breakdown and the chart downloads above it.
    var page: HTTPResponse {
        let ui = choice.ui
        let base = "/admin/s/\(choice.survey.id)"
        let page = document.page(screenStylesheet: ReportControlsStylesheet.path) { html in
            html.element("p") { html in
                html.element("a", [HTMLAttribute("href", base)], text: Phrase.backToSurvey.text(ui))
            }
            choice.render(into: &html)
            publishForm?.render(into: &html)
            let titles = Dictionary(
                document.result.questions.map { ("\($0.total.id).svg", $0.total.title) },
                uniquingKeysWith: { a, _ in a })
            let charts = document.charts
            guard !charts.isEmpty else { return }
            let heading = ui == .de ? "Diagramme als SVG herunterladen" : "Download the charts as SVG"
            html.element("nav", [HTMLAttribute("aria-labelledby", "chart-downloads")]) { html in
                html.element("h2", [HTMLAttribute("id", "chart-downloads")], text: heading)
                html.element("ul") { html in
                    for chart in charts {
                        html.element("li") { html in
                            html.element(
                                "a",
                                [
                                    HTMLAttribute("href", "\(base)/report/\(chart.name)\(choice.queryString)"),
                                    HTMLAttribute("download", choice.downloadName(of: chart.name)),
                                ], text: "\(titles[chart.name] ?? chart.name) (SVG)")
                        }
                    }
                }
            }
        }
        // The report's stylesheet is inline (the page is the committee's file), so the page
        // carries a policy of its own that admits exactly that stylesheet, by its hash.
        return HTTPResponse(
            status: .ok,
            headers: [
                "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": Self.contentSecurityPolicy,
            ],
            body: page.bytes)
    }

    /// The chart `name` (`art.svg`) as a file to download; nil when the report has no such chart.
    func chartFile(named name: String) -> HTTPResponse? {
        guard let chart = document.charts.first(where: { $0.name == name }) else { return nil }
        return HTTPResponse(
            status: .ok,
            headers: [
                "Content-Type": "image/svg+xml; charset=utf-8",
                // Survey and question ids are letters, digits, '-' and '_', safe in a quoted file name.
                "Content-Disposition": "attachment; filename=\"\(choice.downloadName(of: chart.name))\"",
            ],
            body: Array(chart.svg.utf8))
    }

    /// The page shown instead of the report when the filter or breakdown cannot be used.
    static func problemPage(
        _ choice: ReportChoice, services: WebServices, csrf: String, identity: OfficeIdentity?
    ) -> HTTPResponse {
        let title = Phrase.evaluation.text(choice.ui) + ": " + choice.survey.title.text(in: choice.ui.rawValue)
        let page = OfficePage(ui: choice.ui, title: title, csrf: csrf, identity: identity).render { html in
            html.element("p") { html in
                html.element(
                    "a", [HTMLAttribute("href", "/admin/s/\(choice.survey.id)")],
                    text: Phrase.backToSurvey.text(choice.ui))
            }
            choice.render(into: &html)
        }
        return services.page(page, status: .badRequest)
    }
}
