// Evaluates a response log the way `survey evaluate --format json` does and
// prints the JSON; run.sh times it and measures its peak memory.
// With --live it also times what the live report page does per request at
// this size: the result from the aggregates and the report HTML.
// Usage: eval-bench SURVEY.json LOG.jsonl [--by ID] [--filter EXPR] [--live]
import Foundation
import StrictJSON
import SurveyEvaluation
import SurveyModel

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: eval-bench SURVEY.json LOG.jsonl [--by ID] [--filter EXPR]\n".utf8))
    exit(2)
}
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), arguments.indices.contains(index + 1) else { return nil }
    return arguments[index + 1]
}
guard let survey = Survey.load(path: arguments[1]).survey else {
    FileHandle.standardError.write(Data("the survey does not load\n".utf8))
    exit(1)
}
do {
    let evaluator = try SurveyEvaluator(
        survey: survey, language: "de", filter: option("--filter"), by: option("--by"),
        today: .date(year: 2026, month: 11, day: 27))
    let (evaluation, scan) = try LogEvaluator(decoder: evaluator.decoder).evaluate(path: arguments[2])
    let result = evaluation.result(filter: evaluator.filterSource)
    if arguments.contains("--live") {
        var timings: [Double] = []
        for _ in 0..<9 {
            let start = DispatchTime.now().uptimeNanoseconds
            let page = ReportDocument(result: evaluation.result(), language: OutputLanguage(code: "de"), date: "")
            _ = page.html
            timings.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let median = timings.sorted()[timings.count / 2]
        FileHandle.standardError.write(Data("live report page (result + HTML), median of 9: \(median) ms\n".utf8))
    }
    var bytes: [UInt8] = []
    result.json.write(to: &bytes)
    bytes.append(UInt8(ascii: "\n"))
    FileHandle.standardOutput.write(Data(bytes))
    FileHandle.standardError.write(Data("lines \(scan.lines), submitted \(scan.submitted), drafts \(scan.drafts), bad \(scan.badLines.count)\n".utf8))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
