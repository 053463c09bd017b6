import ArgumentParsing
import Dispatch
import Foundation
import SurveyModel
import SurveyStore
import Synchronization
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
            arguments: [SurveyDefinition.argument.spec],
            options: [count.spec, seed.spec, responses.spec]),
        run: run)

    static let count = CommandOption<Int?>(
        "count", short: "n", value: "n", in: 0...Int.max, help: "How many submissions to write (required).")
    static let seed = CommandOption<UInt64>(
        "seed", value: "s", in: 0...UInt64.max, default: 1, help: "Seed of the random choices (default: 1).")
    static let responses = SurveyReference.responses

    /// Requests per append batch: large enough that the fsync is cheap per record, small enough to bound memory.
    static let batchSize = 20_000

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        guard let count = arguments[count] else {
            console.printError("survey generate: error: --count needs a whole number of submissions, e.g. --count 1000")
            return .usage
        }
        let seed = arguments[seed]
        let definition: SurveyDefinition
        do {
            definition = try SurveyDefinition(arguments[SurveyDefinition.argument])
        } catch {
            console.printError("survey generate: error: \(error.message)")
            return error.exitCode
        }
        let survey = definition.survey
        let folder = arguments[responses] + "/" + survey.id
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
            count, of: survey, version: DefinitionVersion.of(definition.bytes), seed: seed, to: log, console: console)
        guard let written else { return .failure }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(written) / seconds) : written
        console.print("wrote \(written) submissions to \(log.path) in \(String(format: "%.1f", seconds)) s (\(rate)/s)")
        return .success
    }

    /// Generates and appends in batches; the number written, or nil after printing the store's error.
    ///
    /// Each batch is drawn by one worker per processor (response *n* is the same
    /// whichever thread draws it), and the store writes it on its own thread while
    /// the next one is drawn; at most two batches are held in memory.
    private static func write(
        _ count: Int, of survey: Survey, version: String, seed: UInt64, to log: ResponseLog, console: Console
    ) -> Int? {
        let generator = ResponseGenerator(survey: survey, seed: seed, today: survey.today())
        let participants = survey.access == .token
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let outcome = BatchOutcome()
        let writer = DispatchQueue(label: "survey.generate.writer")
        let slots = DispatchSemaphore(value: 2)
        var drawn = 0
        while drawn < count, outcome.failure == nil {
            let numbers = (drawn + 1)...min(count, drawn + batchSize)
            let parts = Mutex([[AppendRequest]](repeating: [], count: workers))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let share = stride(from: numbers.lowerBound + worker, through: numbers.upperBound, by: workers)
                let requests = share.map { number in
                    let id = "gen-\(seed)-\(number)"
                    return AppendRequest(
                        .submit(answers: generator.response(number).answers.json(in: survey)), responseID: id,
                        definitionVersion: version, participantID: participants ? id : nil,
                        timeResolution: survey.storedTimeResolution)
                }
                parts.withLock { $0[worker] = requests }
            }
            // Interleave the workers' shares back into number order.
            let batch = parts.withLock { interleave($0) }
            drawn = numbers.upperBound
            slots.wait()
            writer.async {
                outcome.record(log.appendBatch(batch))
                slots.signal()
            }
        }
        writer.sync {}
        if let failure = outcome.failure {
            console.printError(
                "survey generate: error: \(failure.description) (\(outcome.written) submissions were written)")
            return nil
        }
        return outcome.written
    }

    /// Element 0 of each part, then element 1 of each, and so on: the inverse of dealing round-robin.
    static func interleave<Element>(_ parts: [[Element]]) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for index in 0..<(parts.first?.count ?? 0) {
            for part in parts where index < part.count { result.append(part[index]) }
        }
        return result
    }
}

/// What the writer thread reports back: how many records are on disk and the first failure.
private final class BatchOutcome: Sendable {
    private let state = Mutex((written: 0, failure: StoreError?.none))

    var written: Int { state.withLock { $0.written } }
    var failure: StoreError? { state.withLock { $0.failure } }

    func record(_ results: [Result<AppendResult, StoreError>]) {
        state.withLock { state in
            for result in results where state.failure == nil {
                switch result {
                case .success: state.written += 1
                case .failure(let error): state.failure = error
                }
            }
        }
    }
}
