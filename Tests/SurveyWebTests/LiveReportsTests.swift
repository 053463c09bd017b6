import Dispatch
import Foundation
import StrictJSON
import SurveyEvaluation
import SurveyModel
import SurveyStore
import Synchronization
import Testing

@testable import SurveyWeb

/// A second request for a report that is still being counted waits for that count.
struct LiveReportsTests {
    static let definition = """
        {"id": "kurz", "title": "Kurz", "languages": ["de"], "access": "token",
         "pages": [{"id": "p", "title": "Seite", "questions": [
           {"id": "art", "type": "single", "title": "Art",
            "options": [{"value": "a", "label": "A"}, {"value": "b", "label": "B"}]}]}],
         "report": {"minGroupSize": 1}}
        """

    /// Whether the first participant lookup (made by the count) has happened; it waits at the gate.
    final class CountGate: Sendable {
        let reached = DispatchSemaphore(value: 0)
        let open = DispatchSemaphore(value: 0)
        private let first = Mutex(true)

        func pass() {
            guard
                first.withLock({ first in
                    defer { first = false }
                    return first
                })
            else { return }
            reached.signal()
            open.wait()
        }
    }

    @Test func aSecondRequestWaitsForTheCountAndSharesIt() throws {
        let folder = NSTemporaryDirectory() + "live-reports-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = try ResponseLog(directory: folder)
        defer { log.close() }
        for result in log.appendBatch(
            (0..<6).map {
                AppendRequest(
                    .submit(answers: ["art": .string($0 % 2 == 0 ? "a" : "b")]), responseID: "r\($0)",
                    definitionVersion: "v", participantID: "s\($0)")
            })
        {
            _ = try result.get()
        }
        let survey = try #require(Survey.load(bytes: Array(Self.definition.utf8), file: "kurz.json").survey)
        let key = LiveReports.Key(
            surveyID: "kurz", version: "v", language: "de", filter: nil, by: "art", today: survey.today())
        let reports = LiveReports()
        let gate = CountGate()
        let results = Mutex<[ObjectIdentifier: Int]>([:])
        let finished = DispatchGroup()
        for _ in 0..<2 {
            finished.enter()
            // Threads of their own: a blocked count must not take a worker the other request needs.
            Thread {
                defer { finished.leave() }
                let evaluation = try? reports.evaluation(for: key, log: log) { () throws(EvaluationSetupError) in
                    let evaluator = try SurveyEvaluator(
                        survey: survey, language: "de", filter: nil, by: "art", today: key.today.expressionValue)
                    return LiveEvaluation(decoder: evaluator.decoder) { _ in
                        gate.pass()
                        return [:]
                    }
                }
                guard let evaluation else { return }
                let responses = evaluation.result().responses
                results.withLock { $0[ObjectIdentifier(evaluation)] = responses }
            }.start()
        }
        #expect(gate.reached.wait(timeout: .now() + 30) == .success)
        // One request counts, stopped at the gate; the other must not come back with a partial count.
        #expect(finished.wait(timeout: .now() + 0.2) == .timedOut)
        #expect(results.withLock { $0 }.isEmpty)
        gate.open.signal()
        #expect(finished.wait(timeout: .now() + 30) == .success)
        #expect(results.withLock { Array($0.values) } == [6])
        #expect(reports.count == 1)
    }
}
