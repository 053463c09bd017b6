// Evaluates a response log the way `survey evaluate --format json` does and
// prints the JSON; run.sh times it and measures its peak memory.
// Usage: eval-bench SURVEY.json LOG.jsonl [--by ID] [--filter EXPR]
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
    let (result, scan) = try evaluator.evaluate(logPath: arguments[2])
    var bytes: [UInt8] = []
    result.json.write(to: &bytes)
    bytes.append(UInt8(ascii: "\n"))
    FileHandle.standardOutput.write(Data(bytes))
    FileHandle.standardError.write(Data("lines \(scan.lines), submitted \(scan.submitted), drafts \(scan.drafts), bad \(scan.badLines.count)\n".utf8))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
