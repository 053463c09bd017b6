import Foundation
import StrictJSON
import SurveyModel
import SurveyStore
import TestSupport
import Testing

@testable import SurveyEvaluation

/// The columns (built cold from the log, read warm from `columns.bin`, caught up after appends)
/// give the evaluation ``LogEvaluator`` gives, figure for figure, on random surveys and logs.
struct ColumnarEvaluationTests {
    static let today = ExpressionValue.date(year: 2026, month: 6, day: 1)

    /// A folder with a log of `lines`, removed by the caller.
    static func folder(_ lines: [String], tail: String = "") throws -> String {
        let folder = NSTemporaryDirectory() + "columns-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data((lines.map { $0 + "\n" }.joined() + tail).utf8).write(to: URL(fileURLWithPath: folder + "/log.jsonl"))
        return folder
    }

    static func append(_ lines: [String], to folder: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/log.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
        try handle.close()
    }

    /// The reference and the columnar evaluation of the folder's log, as JSON text, with their scans.
    static func both(
        _ decoder: ResponseDecoder, folder: String, participants: [String: [String: String]], version: String = "v1",
        workers: Int = 2, notices: inout [String]
    ) throws -> (reference: String, columns: String, referenceScan: LogEvaluator.Scan, scan: LogEvaluator.Scan) {
        let log = folder + "/log.jsonl"
        let (reference, referenceScan) = try LogEvaluator(decoder: decoder, participants: participants)
            .evaluate(path: log, workers: workers, minimumPartSize: 1)
        let store = ColumnStore(
            logPath: log, columnsPath: folder + "/columns.bin", definitionVersion: version, workers: workers)
        var heard: [String] = []
        let (columns, scan) = try store.evaluate(
            decoder, participantFields: ["region", "art"], participants: participants, notice: { heard.append($0) })
        notices += heard
        return (json(reference), json(columns), referenceScan, scan)
    }

    static func json(_ evaluation: Evaluation) -> String {
        var bytes: [UInt8] = []
        evaluation.result(filter: nil, includeTexts: true).json.write(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decoders for the plan: no filter, a filter on the first question or a participant field, breakdowns.
    static func decoders(_ plan: EvaluationPlan) throws -> [ResponseDecoder] {
        var decoders = [ResponseDecoder(plan: plan, today: today)]
        decoders.append(
            ResponseDecoder(plan: plan, filter: try Expression.parse("participant.region != 'nord'"), today: today))
        var byRegion = plan
        byRegion.breakdown = Breakdown(
            id: "region", label: "Region", groups: RandomLogs.regions.map { Category(value: $0, label: $0) })
        decoders.append(ResponseDecoder(plan: byRegion, groupSource: .participant("region"), today: today))
        if let index = plan.questions.firstIndex(where: {
            if case .single = $0.kind { true } else if case .boolean = $0.kind { true } else { false }
        }) {
            var byQuestion = plan
            let groups: [Category]
            switch plan.questions[index].kind {
            case .single(let options, let other):
                groups = options + (other == nil ? [] : [Category(value: "other", label: "Andere")])
            default: groups = [Category(value: "true", label: "ja"), Category(value: "false", label: "nein")]
            }
            byQuestion.breakdown = Breakdown(id: plan.questions[index].id, label: "B", groups: groups)
            decoders.append(
                ResponseDecoder(
                    plan: byQuestion, filter: try Expression.parse("\(plan.questions[0].id) != 'o0'"),
                    groupSource: .question(index), today: today))
        }
        return decoders
    }

    @Test(arguments: 1...12)
    func randomLogsGiveTheReferenceFigures(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let plan = try RandomLogs.plan(questions: Int.random(in: 1...14, using: &generator), using: &generator)
        let participants = RandomLogs.participants(40, using: &generator)
        let lines = RandomLogs.lines(400, plan: plan, responses: 60, using: &generator)
        let folder = try Self.folder(lines, tail: seed % 3 == 0 ? "{\"kind\":\"sub" : "")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var notices: [String] = []
        for decoder in try Self.decoders(plan) {
            // Cold the first time, warm from the file after.
            for _ in 0..<2 {
                let outcome = try Self.both(decoder, folder: folder, participants: participants, notices: &notices)
                #expect(outcome.columns == outcome.reference)
                #expect(outcome.scan == outcome.referenceScan)
            }
        }
        #expect(notices.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder + "/columns.bin"))
        // Records appended behind the file's back are caught up.
        if seed % 3 != 0 {
            try Self.append(
                RandomLogs.lines(150, plan: plan, responses: 80, firstSequence: 401, using: &generator), to: folder)
            for decoder in try Self.decoders(plan) {
                let outcome = try Self.both(decoder, folder: folder, participants: participants, notices: &notices)
                #expect(outcome.columns == outcome.reference)
                #expect(outcome.scan == outcome.referenceScan)
            }
            #expect(notices.isEmpty)
        }
    }

    /// Row groups fill and a response revised in a later group retires its row in an earlier one.
    @Test func responsesSpanningSeveralGroups() throws {
        var generator = SeededGenerator(seed: 99)
        let plan = try RandomLogs.plan(questions: 3, using: &generator)
        let count = RowGroup.capacity + 5000
        var lines: [String] = []
        lines.reserveCapacity(count)
        for sequence in 1...count {
            let response = "r\(sequence % (RowGroup.capacity - 7))"
            lines.append(
                "{\"kind\":\"submit\",\"seq\":\(sequence),\"response\":\"\(response)\",\"answers\":\(RandomLogs.answers(plan, &generator))}"
            )
        }
        let folder = try Self.folder(lines)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var notices: [String] = []
        let outcome = try Self.both(
            ResponseDecoder(plan: plan, today: Self.today), folder: folder, participants: [:], notices: &notices)
        #expect(outcome.columns == outcome.reference)
        #expect(outcome.scan == outcome.referenceScan)
    }
}
