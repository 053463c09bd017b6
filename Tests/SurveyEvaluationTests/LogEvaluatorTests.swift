import Foundation
import StrictJSON
import SurveyModel
import TestSupport
import Testing

@testable import SurveyEvaluation

/// The log scan: revisions replace, voids remove, drafts and damaged lines are skipped.
struct LogEvaluatorTests {
    private static func plan() throws -> EvaluationPlan {
        EvaluationPlan(
            surveyID: "s", title: "S",
            questions: [
                QuestionPlan(
                    id: "schulart", title: "Schulart", kind: .single(options: Fixtures.options, other: "Sonstige")),
                QuestionPlan(id: "n", title: "N", kind: .number(integer: true, unit: nil)),
                QuestionPlan(
                    id: "m", title: "M", kind: .multiple(options: Fixtures.options, other: nil),
                    visibleIf: [try Expression.parse("n > 2")]),
            ],
            breakdown: Breakdown(id: "region", label: "Region", groups: [Category(value: "nord", label: "Nord")]),
            minGroupSize: 1)
    }

    private static func line(_ kind: String, _ seq: Int, _ response: String, _ answers: String? = nil) -> String {
        let tail = answers.map { ",\"answers\":\($0)" } ?? (kind == "void" ? ",\"reason\":\"doppelt\"" : "")
        return "{\"kind\":\"\(kind)\",\"seq\":\(seq),\"response\":\"\(response)\",\"revision\":1,"
            + "\"time\":\"2026-11-20T10:00:00Z\",\"definition\":\"abc\",\"participant\":\"p-\(response)\"\(tail)}"
    }

    private static func evaluate(_ lines: [String], tail: String = "", filter: String? = nil) throws -> (
        EvaluationResult, LogEvaluator.Scan
    ) {
        let path = NSTemporaryDirectory() + "log-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data((lines.map { $0 + "\n" }.joined() + tail).utf8).write(to: URL(fileURLWithPath: path))
        let decoder = ResponseDecoder(
            plan: try plan(), filter: try filter.map { try Expression.parse($0) }, groupSource: .participant("region"),
            today: .date(year: 2026, month: 11, day: 27))
        let evaluator = LogEvaluator(decoder: decoder, participants: ["p-r1": ["region": "nord"]])
        let (evaluation, scan) = try evaluator.evaluate(path: path)
        return (evaluation.result(), scan)
    }

    @Test func revisionsReplaceAndVoidsRemove() throws {
        let (result, scan) = try Self.evaluate(
            [
                Self.line("submit", 1, "r1", #"{"schulart":"a","n":1}"#),
                Self.line("submit", 2, "r2", #"{"schulart":"b","n":5,"m":["a","c"]}"#),
                Self.line("draft", 3, "r3", #"{"schulart":"c"}"#),
                Self.line("submit", 4, "r1", #"{"schulart":{"value":"other","other":"Waldorf"},"n":3,"m":["b"]}"#),
                Self.line("void", 5, "r2"),
                Self.line("submit", 6, "r4", #"{"schulart":"c","n":7}"#),
            ], tail: "{\"kind\":\"submit\",\"seq\":7,\"resp")
        #expect(result.responses == 2)
        #expect(scan.drafts == 1)
        #expect(scan.submitted == 2)
        #expect(scan.badLines == [7])
        let schulart = result.questions[0].total
        #expect(schulart.frequencies.map(\.count) == [0, 0, 1, 1])
        #expect(result.questions[1].total.stats?.mean == 5)
        // m is shown where n > 2: both remaining responses; r4 left it unanswered.
        #expect(result.questions[2].total.base == Base(submitted: 2, shown: 2, answered: 1))
        // r1 is the only response with a participant in region "nord".
        #expect(result.breakdown?.groups.first?.responses == 1)
        #expect(result.questions[0].groups.first?.frequencies.map(\.count) == [0, 0, 0, 1])
    }

    @Test func aVoidedResponseComesBackWithALaterSubmit() throws {
        let (result, _) = try Self.evaluate([
            Self.line("submit", 1, "r1", #"{"schulart":"a"}"#),
            Self.line("void", 2, "r1"),
            Self.line("submit", 3, "r1", #"{"schulart":"b"}"#),
        ])
        #expect(result.questions[0].total.frequencies.map(\.count) == [0, 1, 0, 0])
    }

    @Test func theFilterSeesAnswersAndParticipantFields() throws {
        let lines = [
            Self.line("submit", 1, "r1", #"{"schulart":"a","n":4}"#),
            Self.line("submit", 2, "r2", #"{"schulart":"b","n":5}"#),
            Self.line("submit", 3, "r2", #"{"schulart":"b","n":1}"#),
        ]
        let (byAnswer, scan) = try Self.evaluate(lines, filter: "n > 2")
        #expect(byAnswer.responses == 1)
        #expect(scan.filteredOut == 1)
        let (byParticipant, _) = try Self.evaluate(lines, filter: "participant.region == 'nord'")
        #expect(byParticipant.questions[0].total.frequencies.map(\.count) == [1, 0, 0, 0])
    }

    /// Parts counted on several cores combine to the same result as one pass,
    /// also when a later part revises or voids a response of an earlier one.
    @Test(arguments: [2, 3, 7])
    func partsCombineLikeOnePass(workers: Int) throws {
        var generator = SeededGenerator(seed: UInt64(workers))
        var lines: [String] = []
        for seq in 1...300 {
            let response = "r\(Int.random(in: 0..<60, using: &generator))"
            if Int.random(in: 0..<8, using: &generator) == 0 {
                lines.append(Self.line("void", seq, response))
            } else {
                let option = ["a", "b", "c"][Int.random(in: 0..<3, using: &generator)]
                let n = Int.random(in: 0..<9, using: &generator)
                lines.append(Self.line("submit", seq, response, #"{"schulart":"\#(option)","n":\#(n),"m":["a"]}"#))
            }
        }
        let path = NSTemporaryDirectory() + "log-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        let decoder = ResponseDecoder(
            plan: try Self.plan(), filter: try Expression.parse("n != 4"), today: .date(year: 2026, month: 1, day: 1))
        let evaluator = LogEvaluator(decoder: decoder)
        let (single, singleScan) = try evaluator.evaluate(path: path, workers: 1)
        let (parallel, parallelScan) = try evaluator.evaluate(path: path, workers: workers, minimumPartSize: 1)
        #expect(single.total.submitted > 0)
        #expect(parallel == single)
        #expect(parallelScan == singleScan)
        // With 2-bit hashes nearly every response collides with another; the counts must not change.
        let colliding = LogEvaluator(decoder: decoder, participants: [:], keyBits: 2)
        let (collidingSingle, _) = try colliding.evaluate(path: path, workers: 1)
        let (collidingParallel, collidingScan) = try colliding.evaluate(
            path: path, workers: workers, minimumPartSize: 1)
        #expect(collidingSingle == single)
        #expect(collidingParallel == single)
        #expect(collidingScan == singleScan)
    }

    @Test func aMissingLogIsEmpty() throws {
        let decoder = ResponseDecoder(plan: try Self.plan(), today: .date(year: 2026, month: 1, day: 1))
        let (evaluation, scan) = try LogEvaluator(decoder: decoder).evaluate(path: "/nonexistent/log.jsonl")
        #expect(evaluation.total.submitted == 0)
        #expect(scan.lines == 0)
    }
}
