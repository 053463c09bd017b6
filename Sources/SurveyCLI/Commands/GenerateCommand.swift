import ArgumentParsing
import CryptoPrimitives
import Foundation
import SurveyModel
import SurveyStore
import SyntheticResponses

/// `survey generate <survey> --count N [--seed S]`: writes plausible, valid submissions for demos and benchmarks.
enum GenerateCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "generate",
            abstract: "Write synthetic, valid submissions to a survey's response log.",
            discussion: """
                Draws plausible answers that respect the survey's skip logic, options and rules, the same ones \
                for the same seed, and appends them as submissions to <responses>/<survey id>/log.jsonl. \
                Response ids are gen-<seed>-<number>, so running again with the same seed writes new \
                revisions of the same responses rather than more responses. Records are written in batches \
                with one fsync each, not one per record.
                """,
            arguments: [ArgumentSpec("survey", help: "The survey definition file, or a survey id in surveys/.")],
            options: [
                OptionSpec("count", short: "n", .value(name: "n"), help: "How many submissions to write (required)."),
                OptionSpec("seed", .value(name: "s"), help: "Seed of the random choices (default: 1)."),
                OptionSpec("responses", .value(name: "folder"), help: "The folder of response logs (default: responses)."),
            ]),
        run: run)

    /// Requests per append batch: large enough that the fsync is cheap per record, small enough to bound memory.
    static let batchSize = 20_000

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard let countText = arguments.value("count"), let count = Int(countText), count >= 0 else {
            console.printError("survey generate: error: --count needs a whole number of submissions, e.g. --count 1000")
            return .usage
        }
        guard let seed = UInt64(arguments.value("seed") ?? "1") else {
            console.printError("survey generate: error: --seed needs a whole number from 0 to \(UInt64.max)")
            return .usage
        }
        let given = arguments.argument("survey") ?? ""
        let path = given.hasSuffix(".json") || given.contains("/") ? given : "surveys/\(given).json"
        guard let bytes = FileManager.default.contents(atPath: path) else {
            console.printError("survey generate: error: no such survey file: \(path)")
            return .usage
        }
        guard let survey = Survey.load(bytes: [UInt8](bytes), file: path).survey else {
            console.printError("survey generate: error: \(path) has errors; run `survey validate \(path)` to see them")
            return .failure
        }
        let folder = (arguments.value("responses") ?? "responses") + "/" + survey.id
        var options = ResponseLog.Options()
        options.maintainsView = false
        let log: ResponseLog
        do {
            log = try ResponseLog(directory: folder, options: options)
        } catch {
            console.printError("survey generate: error: \(error.description)")
            return .failure
        }
        let started = Date()
        let written = write(
            count, of: survey, version: Hex.encode(SHA256.hash(bytes)), seed: seed, to: log, console: console)
        guard let written else { return .failure }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(written) / seconds) : written
        console.print("wrote \(written) submissions to \(log.path) in \(String(format: "%.1f", seconds)) s (\(rate)/s)")
        return .success
    }

    /// Generates and appends in batches; the number written, or nil after printing the store's error.
    private static func write(
        _ count: Int, of survey: Survey, version: String, seed: UInt64, to log: ResponseLog, console: Console
    ) -> Int? {
        var generator = ResponseGenerator(survey: survey, seed: seed, today: survey.today())
        let participants = survey.access == .token
        var written = 0
        while written < count {
            let batch = (written..<min(count, written + batchSize)).map { index in
                let response = generator.next()
                let id = "gen-\(seed)-\(index + 1)"
                return AppendRequest(
                    .submit(answers: response.answers.json(in: survey)), responseID: id, definitionVersion: version,
                    participantID: participants ? id : nil)
            }
            for result in log.appendBatch(batch) {
                if case .failure(let error) = result {
                    console.printError("survey generate: error: \(error.description) (\(written) submissions were written)")
                    return nil
                }
            }
            written += batch.count
        }
        return written
    }
}
