import Dispatch
import Foundation
import StrictJSON
import SurveyModel
import SurveyStore
import Synchronization
import TestSupport
import Testing

@testable import SurveyEvaluation

/// A live evaluation never holds up the log's writer: neither while it counts the responses it
/// starts from nor while it follows new ones.
struct LiveWritePathTests {
    static let definition = """
        {"id": "schnell", "title": "Kurzbefragung", "languages": ["de"], "access": "token",
         "pages": [{"id": "p", "title": "Seite", "questions": [
           {"id": "schulart", "type": "single", "title": "Schulart",
            "options": [{"value": "gs", "label": "Grundschule"}, {"value": "ms", "label": "Mittelschule"},
                        {"value": "rs", "label": "Realschule"}, {"value": "gy", "label": "Gymnasium"}]},
           {"id": "wlan", "type": "boolean", "title": "WLAN in allen Räumen?"},
           {"id": "geraete", "type": "number", "title": "Geräte"},
           {"id": "dienste", "type": "multiple", "title": "Dienste",
            "options": [{"value": "lms", "label": "Lernplattform"}, {"value": "mail", "label": "E-Mail"},
                        {"value": "cloud", "label": "Cloud"}]}]}],
         "report": {"minGroupSize": 1}}
        """

    static func survey() throws -> Survey {
        try #require(Survey.load(bytes: Array(definition.utf8), file: "schnell.json").survey)
    }

    static func evaluator(by: String?) throws -> SurveyEvaluator {
        try SurveyEvaluator(
            survey: survey(), language: "de", filter: nil, by: by, today: .date(year: 2026, month: 11, day: 27))
    }

    static func answers(_ index: Int) -> JSON {
        let types = ["gs", "ms", "rs", "gy"]
        let services: [JSON] = ["lms", "mail", "cloud"].enumerated().compactMap { bit, value in
            index >> bit & 1 == 1 ? .string(value) : nil
        }
        return [
            "schulart": .string(types[index % 4]), "wlan": .bool(index % 3 == 0),
            "geraete": .number(Double(index % 250)), "dienste": .array(services),
        ]
    }

    static func submit(_ id: String, _ index: Int, participant: String? = nil) -> AppendRequest {
        AppendRequest(
            .submit(answers: answers(index)), responseID: id, definitionVersion: "v", participantID: participant)
    }

    static func folder() -> String {
        NSTemporaryDirectory() + "live-write-\(UUID().uuidString)"
    }

    /// The count is stopped at its first response; appends, revisions and voids still complete,
    /// and once the count goes on, what arrived meanwhile is applied exactly once.
    @Test func appendsCompleteWhileAnAttachIsCounting() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = try ResponseLog(directory: folder)
        defer { log.close() }
        for result in log.appendBatch((0..<50).map { Self.submit("r\($0)", $0, participant: "s\($0 % 7)") }) {
            _ = try result.get()
        }
        let countStarted = DispatchSemaphore(value: 0)
        let gate = DispatchSemaphore(value: 0)
        let firstLookup = Shared(true)
        let fields: [String: [String: String]] = Dictionary(
            uniqueKeysWithValues: (0..<7).map { ("s\($0)", ["region": $0 % 2 == 0 ? "nord" : "sued"]) })
        let live = LiveEvaluation(decoder: try Self.evaluator(by: "schulart").decoder) { id in
            // The first participant looked up belongs to the count: stop it there.
            if firstLookup.exchange(false) {
                countStarted.signal()
                gate.wait()
            }
            return fields[id] ?? [:]
        }
        let attached = DispatchSemaphore(value: 0)
        // Threads of their own: a blocked count must not take a worker that appends need.
        Thread {
            _ = try? live.attach(to: log)
            attached.signal()
        }.start()
        #expect(countStarted.wait(timeout: .now() + 30) == .success)
        let appended = DispatchSemaphore(value: 0)
        Thread {
            // Separate batches: each needs the writer again after the previous one's changes went out.
            _ = log.appendBatch((50..<80).map { Self.submit("r\($0)", $0, participant: "s\($0 % 7)") })
            _ = log.appendBatch((0..<10).map { Self.submit("r\($0)", $0 + 1, participant: "s\($0 % 7)") })
            _ = log.appendBatch(
                (10..<15).map { AppendRequest(.void(reason: "doppelt"), responseID: "r\($0)", definitionVersion: "v") })
            appended.signal()
        }.start()
        let appendsFinished = appended.wait(timeout: .now() + 30) == .success
        #expect(appendsFinished, "appends waited for the count")
        #expect(attached.wait(timeout: .now()) == .timedOut, "the count is still stopped")
        gate.signal()
        #expect(attached.wait(timeout: .now() + 30) == .success)
        if !appendsFinished { _ = appended.wait(timeout: .now() + 30) }
        let (scanned, _) = try LogEvaluator(decoder: live.decoder, participants: fields).evaluate(
            LogLines(folder: log.folder))
        #expect(live.result() == scanned.result())
        #expect(live.result().responses == 75)
    }

    /// The test: with 200,000 responses stored, a report with a new breakdown is asked for
    /// while 64 clients submit; no submission waits more than 100 ms longer than without it.
    @Test(
        .enabled(
            if: TestEnvironment.current.runsTimingTests,
            "compares waiting times, so it runs alone: SURVEY_TIMING_TESTS=1 swift test --filter LiveWritePathTests"),
        .timeLimit(.minutes(5))
    ) func aNewBreakdownDoesNotDelaySubmissions() async throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = try ResponseLog(directory: folder)
        defer { log.close() }
        let stored = 200_000
        for start in stride(from: 0, to: stored, by: 20_000) {
            _ = log.appendBatch((start..<start + 20_000).map { Self.submit("r\($0)", $0) })
        }
        #expect(log.view.submitted.count == stored)
        let clients = 64
        let rounds = 8

        /// Each client submits `rounds` times in turn; returns every wait in seconds, sorted, and
        /// how many completed while `during` held.
        func submissions(round: String, during: @escaping @Sendable () -> Bool) async throws -> (
            waits: [Double], overlapping: Int
        ) {
            try await withThrowingTaskGroup(of: ([Double], Int).self) { group in
                for client in 0..<clients {
                    group.addTask {
                        var waits: [Double] = []
                        var overlapping = 0
                        for index in 0..<rounds {
                            let request = Self.submit("\(round)-\(client)-\(index)", client + index)
                            let started = ContinuousClock.now
                            _ = try await log.append(request)
                            let waited = ContinuousClock.now - started
                            if during() { overlapping += 1 }
                            waits.append(
                                Double(waited.components.attoseconds) / 1e18 + Double(waited.components.seconds))
                        }
                        return (waits, overlapping)
                    }
                }
                var all: [Double] = []
                var overlapping = 0
                for try await (waits, overlap) in group {
                    all += waits
                    overlapping += overlap
                }
                return (all.sorted(), overlapping)
            }
        }

        // Without a report, then with a new breakdown counted on a thread of its own, as a server
        // worker would, then without again; the same number of submissions each time, so the slowest
        // are comparable. A shared machine stalls whole rounds now and then, so the rounds with the
        // report are held against the slower of the two without.
        let before = try await submissions(round: "ohne") { false }.waits
        let counting = Shared(true)
        let countDuration = Shared(Duration.zero)
        let counted = DispatchSemaphore(value: 0)
        let live = LiveEvaluation(decoder: try Self.evaluator(by: "schulart").decoder)
        let countStart = ContinuousClock.now
        Thread {
            _ = try? live.attach(to: log)
            _ = countDuration.exchange(ContinuousClock.now - countStart)
            _ = counting.exchange(false)
            counted.signal()
        }.start()
        let (during, overlapping) = try await submissions(round: "mit") { counting.value }
        await withCheckedContinuation { continuation in
            Thread {
                counted.wait()
                continuation.resume()
            }.start()
        }
        let after = try await submissions(round: "danach") { false }.waits
        func median(_ waits: [Double]) -> Double { waits[waits.count / 2] }
        let baseline = (before.last ?? 0) >= (after.last ?? 0) ? before : after
        let report =
            "count \(countDuration.value), \(overlapping) of \(during.count) submissions during it; "
            + "without the report median \(median(baseline)) s, max \(baseline.last ?? 0) s; "
            + "with it median \(median(during)) s, max \(during.last ?? 0) s"
        #expect(overlapping > 0, "\(report)")
        #expect((during.last ?? 0) <= (baseline.last ?? 0) + 0.1, "\(report)")
        #expect(median(during) <= max(median(before), median(after)) + 0.1, "\(report)")
        #expect(
            live.result().responses == stored + before.count + during.count + after.count, "\(report)")
    }
}

/// A value shared between threads in a test.
final class Shared<Value: Sendable>: Sendable {
    private let storage: Mutex<Value>

    init(_ value: Value) {
        storage = Mutex(value)
    }

    var value: Value { storage.withLock { $0 } }

    /// Sets a new value and returns the old one.
    func exchange(_ new: Value) -> Value {
        storage.withLock { value in
            defer { value = new }
            return value
        }
    }
}
