import ArgumentParsing
import Dispatch
import Foundation
import SurveyModel
import SurveyStore
import Synchronization
import SyntheticResponses

/// `survey generate <survey> --count N [--seed S] [--test | --log FILE] [--participants]`: synthetic submissions.
enum GenerateCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "generate",
            abstract: "Write synthetic, valid submissions for demos, tests and benchmarks.",
            discussion: """
                Draws plausible answers that respect the survey's skip logic, options and rules, the same ones \
                for the same seed, and appends them as submissions. Response ids are gen-<seed>-<number>, so \
                running again with the same seed writes new revisions of the same responses rather than more \
                responses. Records are written in batches with one fsync each, not one per record.

                Synthetic responses never mix with real ones: the survey's own log \
                (<responses>/<survey id>/log.jsonl) is written only while it holds nothing but generated \
                records and no server has it open. Otherwise write to the survey's test data with --test \
                (<responses>/<survey id>/test/, which `survey evaluate --test`, `survey report --test` and \
                the office read, and the office can wipe) or to any log file with --log.
                """,
            arguments: [SurveyDefinition.argument.spec],
            options: [count.spec, seed.spec, test.spec, log.spec, participants.spec, responses.spec]),
        run: run)

    static let count = CommandOption<Int?>(
        "count", short: "n", value: "n", in: 0...Int.max, help: "How many submissions to write (required).")
    static let seed = CommandOption<UInt64>(
        "seed", value: "s", in: 0...UInt64.max, default: 1, help: "Seed of the random choices (default: 1).")
    static let test = CommandOption<Bool>(
        "test", help: "Write to the survey's test data instead of its real log.")
    static let log = CommandOption<String?>(
        "log", value: "file", help: "Write to this log file instead of the survey's own.")
    static let participants = CommandOption<Bool>(
        "participants",
        help: "Register a participant per submission, with plausible participant fields (surveys with access links).")
    static let responses = SurveyReference.responses

    /// Requests per append batch: large enough that the fsync is cheap per record, small enough to bound memory.
    static let batchSize = 20_000

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        func fail(_ message: String, _ code: ExitCode) -> ExitCode {
            console.printError("survey generate: error: \(message)")
            return code
        }
        guard let count = arguments[count] else {
            return fail("--count needs a whole number of submissions, e.g. --count 1000", .usage)
        }
        if arguments[test], arguments[log] != nil {
            return fail("--test and --log both name where to write; give one of them", .usage)
        }
        if arguments[participants], arguments[log] != nil {
            return fail("--participants needs the survey's folder or --test: a --log file has no participants", .usage)
        }
        let definition: SurveyDefinition
        do {
            definition = try SurveyDefinition(arguments[SurveyDefinition.argument])
        } catch {
            return fail(error.message, error.exitCode)
        }
        let survey = definition.survey
        if arguments[participants], survey.access != .token {
            return fail(
                "--participants is for surveys with personal access links (\"access\": \"token\"); "
                    + "\(survey.id) is answered without them", .usage)
        }
        let folder = SurveyFolder(responsesRoot: arguments[responses], surveyID: survey.id)
        let target: GenerateTarget =
            if let file = arguments[log] {
                .file(path: file)
            } else if arguments[test] {
                .test(folder: folder.testData.path)
            } else {
                .survey(folder: folder.path)
            }
        let log: ResponseLog
        switch target.open() {
        case .success(let opened): log = opened
        case .failure(let refusal): return fail(refusal.message, .failure)
        }
        var registry: ParticipantRegistry?
        if arguments[participants], let storeFolder = target.storeFolder {
            do {
                registry = try ParticipantRegistry(directory: storeFolder)
            } catch {
                return fail(error.description, .failure)
            }
        }
        let started = Date()
        let written = write(
            count, of: survey, version: DefinitionVersion.of(definition.bytes), seed: arguments[seed], to: log,
            registering: registry, console: console)
        // Noted while the log's lock is still held, so no other writer can slip in between; after a
        // failure too, since whatever reached the log was generated.
        if let storeFolder = target.storeFolder {
            do {
                try GeneratedMarker.record(storeFolder)
            } catch {
                log.close()
                return fail(StoreError.file(error).description, .failure)
            }
        }
        log.close()
        guard let written else { return .failure }
        let seconds = Date().timeIntervalSince(started)
        let rate = seconds > 0 ? Int(Double(written) / seconds) : written
        console.print("wrote \(written) submissions to \(log.path) in \(String(format: "%.1f", seconds)) s (\(rate)/s)")
        if survey.access == .token, registry == nil, target.storeFolder != nil, written > 0 {
            console.print(
                "note: no participant is registered for them, so response rates and breakdowns by participant "
                    + "field leave them out; --participants registers one per submission")
        }
        return .success
    }

    /// Generates and appends in batches; the number written, or nil after printing the store's error.
    ///
    /// Each batch is drawn by one worker per processor (response *n* is the same
    /// whichever thread draws it), and the store writes it on its own thread while
    /// the next one is drawn; at most two batches are held in memory. With a
    /// `registry`, each batch's participants are registered before its responses.
    private static func write(
        _ count: Int, of survey: Survey, version: String, seed: UInt64, to log: ResponseLog,
        registering registry: ParticipantRegistry?, console: Console
    ) -> Int? {
        let generator = ResponseGenerator(survey: survey, seed: seed, today: survey.today())
        let participants = survey.access == .token
        let registering = registry != nil
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let outcome = BatchOutcome()
        let writer = DispatchQueue(label: "survey.generate.writer")
        let slots = DispatchSemaphore(value: 2)
        var drawn = 0
        while drawn < count, outcome.failure == nil {
            let numbers = (drawn + 1)...min(count, drawn + batchSize)
            let parts = Mutex([[GeneratedSubmission]](repeating: [], count: workers))
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let share = stride(from: numbers.lowerBound + worker, through: numbers.upperBound, by: workers)
                let submissions = share.map { number in
                    let id = "gen-\(seed)-\(number)"
                    let response = generator.response(number)
                    return GeneratedSubmission(
                        request: AppendRequest(
                            .submit(answers: response.answers.json(in: survey)), responseID: id,
                            definitionVersion: version, participantID: participants ? id : nil,
                            timeResolution: survey.storedTimeResolution),
                        participant: registering
                            ? ParticipantImport.Row(
                                id: id, label: "Test \(number)", email: nil, fields: response.participant) : nil)
                }
                parts.withLock { $0[worker] = submissions }
            }
            // Interleave the workers' shares back into number order.
            let batch = parts.withLock { interleave($0) }
            drawn = numbers.upperBound
            if let registry {
                do throws(StoreError) {
                    // A second run with the same seed revises the same responses of the same participants.
                    let registered = Set(try registry.all().map(\.id))
                    _ = try registry.register(batch.compactMap(\.participant).filter { !registered.contains($0.id) })
                } catch {
                    outcome.record([.failure(error)])
                    break
                }
            }
            slots.wait()
            writer.async {
                outcome.record(log.appendBatch(batch.map(\.request)))
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

/// One drawn response: its submission and, with `--participants`, the participant it registers.
private struct GeneratedSubmission: Sendable {
    let request: AppendRequest
    let participant: ParticipantImport.Row?
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
