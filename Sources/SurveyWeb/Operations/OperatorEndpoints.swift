import Glibc
import HTTPServer
import SurveyStore

/// `/healthz` and `/metrics` for the operator's monitoring, on a router of their own.
///
/// The router is served only on the admin listener (`survey serve --admin-listen`),
/// never on the public one: the metrics name every survey and its counts, and a
/// health check is nobody's business but the operator's.
public struct OperatorEndpoints: Sendable {
    /// Routes `/healthz` and `/metrics`; everything else is 404.
    public let router: Router

    /// Creates the endpoints for `application`, whose disk reserve (`Configuration.diskReserve`) `/healthz` checks.
    /// - Parameters:
    ///   - server: the public server's request and connection counts.
    ///   - store: the response logs' commit counts.
    public init(application: WebApplication, server: ServerMetrics, store: StoreMetrics) {
        var router = Router()
        router.get("/healthz") { _ in
            let problems = Self.healthProblems(application)
            if problems.isEmpty { return .text("ok\n") }
            return .text(problems.map { "unhealthy: \($0)\n" }.joined(), status: .serviceUnavailable)
        }
        router.get("/metrics") { _ in
            var text = PrometheusText()
            server.write(to: &text)
            store.write(to: &text)
            Self.writeResponseCounts(application, to: &text)
            return HTTPResponse(
                status: .ok, headers: ["Content-Type": PrometheusText.contentType], body: Array(text.text.utf8))
        }
        self.router = router
    }

    /// Every reason the server cannot take submissions now: a survey's log that is not writable, a full disk.
    static func healthProblems(_ application: WebApplication) -> [String] {
        var problems: [String] = []
        for id in application.surveyIDs {
            if let problem = application.responseLog(of: id)?.writeProblem { problems.append("\(id): \(problem)") }
        }
        if let reserve = application.services.diskReserve, let problem = diskProblem(reserve) {
            problems.append(problem)
        }
        return problems
    }

    /// Why the responses' disk is a problem: below the reserve, or not measurable at all.
    private static func diskProblem(_ reserve: DiskReserve) -> String? {
        switch reserve.reading() {
        case .enough: nil
        case .low(let space):
            "\(reserve.path): \(space.availableBytes >> 20) MB free, below the reserve of \(reserve.reserveBytes >> 20) MB "
                + "(--disk-reserve); new drafts and submissions are refused"
        case .unknown(let error):
            "\(error.path): free disk space cannot be measured (\(String(cString: strerror(error.code))))"
        }
    }

    private static func writeResponseCounts(_ application: WebApplication, to text: inout PrometheusText) {
        let views = application.surveyIDs.compactMap { id in application.responseLog(of: id).map { (id, $0.view) } }
        text.family("survey_submissions", .gauge, help: "Current submitted responses per survey.")
        for (id, view) in views {
            text.sample("survey_submissions", labels: [("survey", id)], Double(view.submitted.count))
        }
        text.family("survey_drafts", .gauge, help: "Current drafts (begun, not submitted) per survey.")
        for (id, view) in views { text.sample("survey_drafts", labels: [("survey", id)], Double(view.drafts.count)) }
    }
}
