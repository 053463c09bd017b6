import HTTPServer
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The office's live report of a survey, with the choice of filter and breakdown, and its charts as files.
struct OfficeReportController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/s/:survey/report") { request in Interruption.answer { try report(request) } }
            staff.get("/s/:survey/report/:chart") { request in Interruption.answer { try chart(request) } }
        }
    }

    /// The live report of a signed-in request as its query chooses, or the page saying why it cannot be made.
    private func liveReport(_ request: HTTPRequest) throws(Interruption) -> OfficeReport {
        let entry = try entry(request)
        let choice = ReportChoice(
            survey: entry.survey, ui: LanguageChoice.ui(request), query: try? request.queryItems())
        let language = LanguageChoice.language(request, survey: entry.survey)
        let now = services.now()
        if choice.problem != nil {
            throw .respond(
                OfficeReport.problemPage(
                    choice, services: services, csrf: csrf(request), identity: request.officeIdentity))
        }
        if choice.testData { return try testDataReport(entry, choice: choice, language: language, request: request) }
        do {
            let result = try OfficeReport.result(
                entry: entry, invitees: services.invitees, reports: area.reports, language: language,
                filter: choice.filter,
                by: choice.by, now: now)
            let counts = ResponseCounts(entry: entry, invitees: services.invitees, language: UILanguage(code: language))
            return OfficeReport(
                result: result, participation: counts.participation, choice: choice, language: language, now: now)
        } catch {
            throw .respond(
                OfficeReport.problemPage(
                    choice.failing(error), services: services, csrf: csrf(request), identity: request.officeIdentity))
        }
    }

    private func report(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        var report = try liveReport(request)
        if !report.choice.testData {
            report.publishForm = PublishForm(
                choice: report.choice, language: report.document.language.code, csrf: csrf(request),
                members: OfficePublishController.committeeMembers(area.access))
        }
        return report.page
    }

    /// One chart of the live report as an SVG file to download.
    private func chart(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let report = try liveReport(request)
        guard let file = report.chartFile(named: request.parameters["chart"] ?? "") else {
            let ui = report.choice.ui
            return services.message(
                .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                link: (href: "/admin/s/\(report.choice.survey.id)/report", text: Phrase.evaluation.text(ui)))
        }
        return file
    }

    /// The report of the test data, marked as such on screen and in print.
    func testDataReport(
        _ entry: SurveyEntry, choice: ReportChoice, language: String, request: HTTPRequest
    ) throws(Interruption) -> OfficeReport {
        let testData = OfficeTestData(entry: entry)
        let now = services.now()
        let ui = choice.ui
        guard testData.exists else {
            throw .respond(
                services.message(
                    .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                    link: (href: "/admin/s/\(entry.survey.id)", text: Phrase.backToSurvey.text(ui))))
        }
        do throws(OfficeTestData.Failure) {
            let result = try testData.result(
                survey: entry.survey, language: language, filter: choice.filter, by: choice.by, now: now)
            let participation: ParticipationCounts
            do {
                participation = try testData.participation(survey: entry.survey, language: language)
            } catch {
                throw .store(error)
            }
            return OfficeReport(
                result: result, participation: participation, choice: choice, language: language, now: now)
        } catch {
            switch error {
            case .setup(let problem):
                throw .respond(
                    OfficeReport.problemPage(
                        choice.failing(problem), services: services, csrf: csrf(request),
                        identity: request.officeIdentity))
            case .store:
                throw .respond(
                    services.message(
                        .errorTitle, [Phrase.testDataUnreadable.text(ui)], ui: ui, status: .internalServerError,
                        link: (href: "/admin/s/\(entry.survey.id)", text: Phrase.backToSurvey.text(ui))))
            }
        }
    }
}
