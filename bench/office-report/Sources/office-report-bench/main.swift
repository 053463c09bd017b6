// Times what the office's live report page computes: attaching a live
// evaluation to a response log (once per filter and breakdown), then per
// request the result from the aggregates, the report HTML and every chart's
// SVG (for the download links).
// Usage: office-report-bench SURVEY.json LOG-FOLDER [--by ID] [--filter EXPR] [--from columns|log|server]
// --from columns (the default, as the office does) counts the starting state from columns.bin beside the
// log, built or caught up first; --from log parses the log on one core; --from server starts the server's
// column maintainer as `survey serve` does, asks for the first report at once (it waits for the
// maintainer's build or catch-up) and closes the maintainer at the end, as a clean shutdown does.
import Foundation
import SurveyEvaluation
import SurveyModel
import SurveyStore

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(
        Data("usage: office-report-bench SURVEY.json LOG-FOLDER [--by ID] [--filter EXPR] [--from columns|log]\n".utf8))
    exit(2)
}
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), arguments.indices.contains(index + 1) else { return nil }
    return arguments[index + 1]
}
func milliseconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
guard let survey = Survey.load(path: arguments[1]).survey else {
    FileHandle.standardError.write(Data("the survey does not load\n".utf8))
    exit(1)
}
do {
    var start = DispatchTime.now().uptimeNanoseconds
    let log = try ResponseLog(directory: arguments[2])
    print("open log: \(log.view.submitted.count) submitted responses, \(milliseconds(since: start)) ms")
    let evaluator = try SurveyEvaluator(
        survey: survey, language: "de", filter: option("--filter"), by: option("--by"),
        today: .date(year: 2026, month: 11, day: 27))
    let from: LiveStart
    let definition = try Data(contentsOf: URL(fileURLWithPath: arguments[1]))
    let store = ColumnStore(
        logPath: log.path, columnsPath: log.folder.columns,
        definitionVersion: DefinitionVersion.of([UInt8](definition)),
        workers: ProcessInfo.processInfo.activeProcessorCount)
    if option("--from") == "log" {
        from = .log
    } else {
        from = .columns(store, participantFields: survey.participantFields.map(\.id), participants: [:])
    }
    let hadColumns = FileManager.default.fileExists(atPath: log.folder.columns)
    start = DispatchTime.now().uptimeNanoseconds
    var maintainer: ColumnMaintainer?
    if option("--from") == "server" {
        let subject = ColumnMaintainer.Subject(
            plan: try EvaluationPlan(survey: survey, language: "de", by: nil),
            participantFields: survey.participantFields.map(\.id), participants: { [:] },
            today: { .date(year: 2026, month: 11, day: 27) })
        maintainer = ColumnMaintainer(
            log: log, store: store, survey: subject, notice: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
        maintainer?.start()
        maintainer?.waitUntilStarted()
        print(
            "server start: the maintainer's first catch-up, \(hadColumns ? "columns.bin present" : "columns.bin built"): \(milliseconds(since: start)) ms"
        )
    }
    defer { maintainer?.close() }
    let live = LiveEvaluation(decoder: evaluator.decoder)
    let subscription = try live.attach(to: log, from: from)
    defer { log.unsubscribe(subscription) }
    let source =
        option("--from") == "log"
        ? "log"
        : option("--from") == "server"
            ? "the maintainer's columns.bin" : hadColumns ? "columns.bin present" : "columns.bin built"
    print("attach (first request of a filter and breakdown, from \(source)): \(milliseconds(since: start)) ms")
    // Per request: the page (result and HTML with inline charts), then the
    // download list's chart SVGs, timed apart to show what each costs.
    var pages: [Double] = []
    var charts: [Double] = []
    for _ in 0..<21 {
        start = DispatchTime.now().uptimeNanoseconds
        let document = ReportDocument(
            result: live.result(), language: OutputLanguage(code: "de"), date: "27.11.2026")
        let html = document.html.utf8.count
        pages.append(milliseconds(since: start))
        start = DispatchTime.now().uptimeNanoseconds
        let svg = document.charts.reduce(0) { $0 + $1.svg.utf8.count }
        charts.append(milliseconds(since: start))
        precondition(html > 0 && svg > 0, "the report is never empty")
    }
    func summary(_ timings: [Double]) -> String {
        let sorted = timings.sorted()
        return "median \(sorted[10]) ms (min \(sorted[0]), max \(sorted[20]))"
    }
    print("per request, result + HTML: \(summary(pages)); chart SVGs for the download list: \(summary(charts))")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
