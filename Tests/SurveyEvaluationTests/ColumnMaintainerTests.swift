import Dispatch
import Foundation
import StrictJSON
import SurveyModel
import SurveyStore
import Synchronization
import TestSupport
import Testing

@testable import SurveyEvaluation

/// While the server runs, `columns.bin` follows the log off the write path: caught up after a number of
/// records, after a quiet spell and at closing, appended to in place, compacted when rows are retired,
/// and always giving the reference's figures.
struct ColumnMaintainerTests {
    /// The timers the maintainer armed (the test fires them) and the notices it gave.
    final class Heard: Sendable {
        let timers = Mutex<[@Sendable () -> Void]>([])
        let notices = Mutex<[String]>([])
    }

    /// A survey's folder with an open log, a maintainer on a queue the test can wait for, and the plan.
    final class Fixture: Sendable {
        let folder: String
        let log: ResponseLog
        let plan: EvaluationPlan
        let participants: [String: [String: String]]
        let worker = DispatchQueue(label: "test.columns.maintainer")
        let heard = Heard()
        let maintainer: ColumnMaintainer

        init(records: Int, seed: UInt64 = 11) throws {
            var generator = SeededGenerator(seed: seed)
            plan = try RandomLogs.plan(questions: 6, using: &generator)
            participants = RandomLogs.participants(20, using: &generator)
            folder = NSTemporaryDirectory() + "maintainer-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            log = try ResponseLog(directory: folder)
            let (plan, participants) = (plan, participants)
            let subject = ColumnMaintainer.Subject(
                plan: plan, participantFields: ["region", "art"], participants: { participants },
                today: { ColumnarEvaluationTests.today })
            let heard = heard
            maintainer = ColumnMaintainer(
                log: log, store: Self.store(folder), survey: subject,
                cadence: ColumnMaintainer.Cadence(records: records, idleSeconds: 60),
                notice: { message in heard.notices.withLock { $0.append(message) } },
                timer: { _, fire in heard.timers.withLock { $0.append(fire) } }, worker: worker)
        }

        deinit {
            try? FileManager.default.removeItem(atPath: folder)
        }

        static func store(_ folder: String) -> ColumnStore {
            ColumnStore(
                logPath: folder + "/log.jsonl", columnsPath: folder + "/columns.bin", definitionVersion: "v1",
                workers: 2)
        }

        var file: String { folder + "/columns.bin" }

        /// Submits random answers for `count` records about responses `r0`…, voiding now and then.
        func submit(_ count: Int, responses: Int, using generator: inout SeededGenerator) throws {
            for _ in 0..<count {
                let response = "r\(Int.random(in: 0..<responses, using: &generator))"
                let participant = "p\(Int.random(in: 0..<20, using: &generator))"
                let content: AppendRequest.Content
                if Int.random(in: 0..<10, using: &generator) == 0, log.view.submitted[response] != nil {
                    content = .void(reason: "doppelt")
                } else {
                    let text = RandomLogs.answers(plan, &generator)
                    guard let document = try? JSONDocument(parsing: Array(text.utf8)) else { continue }
                    content = .submit(answers: JSON(document.root))
                }
                let request = AppendRequest(
                    content, responseID: response, definitionVersion: "v1", participantID: participant)
                _ = try log.appendBatch([request])[0].get()
            }
        }

        /// What the file says it covers, and its rows per group.
        func metadata() throws -> ColumnsMetadata {
            let reader = try DerivedFile.Reader(path: file, version: ColumnsMetadata.formatVersion)
            return try ColumnsMetadata(parsing: reader.metadata)
        }

        /// Whether the columns give the reference's figures, with every decoder, reading the file as it is.
        func agreesWithReference() throws -> Bool {
            for decoder in try ColumnarEvaluationTests.decoders(plan) {
                let (reference, referenceScan) = try LogEvaluator(decoder: decoder, participants: participants)
                    .evaluate(path: log.path, workers: 2, minimumPartSize: 1)
                var heard: [String] = []
                let (columns, scan) = try Self.store(folder).evaluate(
                    decoder, participantFields: ["region", "art"], participants: participants,
                    notice: { heard.append($0) })
                guard heard.isEmpty, ColumnarEvaluationTests.json(columns) == ColumnarEvaluationTests.json(reference),
                    scan == referenceScan
                else { return false }
            }
            return true
        }

        func inode() throws -> UInt64 {
            try #require(FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? UInt64)
        }
    }

    @Test func theFileFollowsTheLogInBatchesAndInPlace() throws {
        let fixture = try Fixture(records: 25)
        var generator = SeededGenerator(seed: 3)
        try fixture.submit(200, responses: 400, using: &generator)
        fixture.maintainer.start()
        fixture.maintainer.waitUntilStarted()
        #expect(try fixture.metadata().covered == fixture.log.committedLength)
        let inode = try fixture.inode()
        try fixture.submit(60, responses: 400, using: &generator)
        fixture.log.waitForSubscribers()
        fixture.worker.sync {}
        // 60 records with a batch of 25: two catch-ups happened without anyone asking, the rest waits.
        let covered = try fixture.metadata().covered
        #expect(covered > 0 && covered < fixture.log.committedLength)
        #expect(try fixture.inode() == inode)
        fixture.maintainer.close()
        #expect(try fixture.metadata().covered == fixture.log.committedLength)
        #expect(try fixture.inode() == inode)
        #expect(try fixture.agreesWithReference())
        #expect(fixture.heard.notices.withLock { $0 }.isEmpty)
    }

    @Test func aQuietSpellCatchesTheFileUp() throws {
        let fixture = try Fixture(records: 1000)
        fixture.maintainer.start()
        fixture.maintainer.waitUntilStarted()
        var generator = SeededGenerator(seed: 5)
        try fixture.submit(8, responses: 20, using: &generator)
        fixture.log.waitForSubscribers()
        // One timer for all eight records; a record after it was armed sends it round once more.
        let first = try #require(fixture.heard.timers.withLock { $0.count == 1 ? $0[0] : nil })
        first()
        #expect(fixture.heard.timers.withLock { $0.count } == 2)
        #expect(try fixture.metadata().covered == 0)
        fixture.heard.timers.withLock { $0[1] }()
        fixture.worker.sync {}
        #expect(try fixture.metadata().covered == fixture.log.committedLength)
        #expect(try fixture.agreesWithReference())
    }

    @Test func retiredRowsAreCompactedAway() throws {
        let fixture = try Fixture(records: 40)
        fixture.maintainer.start()
        fixture.maintainer.waitUntilStarted()
        var generator = SeededGenerator(seed: 9)
        // Ten responses revised over and over: most rows are soon retired.
        try fixture.submit(400, responses: 10, using: &generator)
        fixture.maintainer.close()
        let metadata = try fixture.metadata()
        let rows = metadata.groupSizes.reduce(0, +)
        #expect(rows <= fixture.log.view.submitted.count + 40)
        #expect(rows * 4 < 400)
        #expect(try fixture.agreesWithReference())
    }

    @Test func smallGroupsOfManyCatchUpsArePackedInPlace() throws {
        let fixture = try Fixture(records: 5)
        fixture.maintainer.start()
        fixture.maintainer.waitUntilStarted()
        let inode = try fixture.inode()
        var generator = SeededGenerator(seed: 13)
        // Twenty catch-ups of new responses: each adds a small group, the ninth and later are packed.
        try fixture.submit(100, responses: 100_000, using: &generator)
        fixture.maintainer.close()
        let groups = try fixture.metadata().groupSizes
        #expect(groups.count <= ColumnStore.partialGroupLimit + 1 && ColumnStore.partialGroupLimit < 19)
        #expect(groups.reduce(0, +) == fixture.log.view.submitted.count)
        #expect(try fixture.inode() == inode)
        #expect(try fixture.agreesWithReference())
    }

    /// The bytes of the file before and after an append in place; every state a crash can leave between
    /// them (appended bytes cut anywhere, the new slot written in part) gives the reference's figures.
    @Test func aFileCutAtAnyWriteStepGivesTheReferenceFigures() throws {
        var generator = SeededGenerator(seed: 21)
        let plan = try RandomLogs.plan(questions: 6, using: &generator)
        let participants = RandomLogs.participants(20, using: &generator)
        let folder = try ColumnarEvaluationTests.folder(
            RandomLogs.lines(300, plan: plan, responses: 200, using: &generator))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = Fixture.store(folder)
        func catchUp() throws {
            try store.catchUp(
                plan: plan, today: ColumnarEvaluationTests.today, participantFields: ["region", "art"],
                participants: participants, upTo: nil, notice: { Issue.record("unexpected notice: \($0)") })
        }
        try catchUp()
        let file = folder + "/columns.bin"
        let before = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        try ColumnarEvaluationTests.append(
            RandomLogs.lines(40, plan: plan, responses: 200, firstSequence: 301, using: &generator), to: folder)
        try catchUp()
        let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        // Only the slot not in use changed; everything else was appended.
        let slot = 40..<72
        #expect(after.count > before.count)
        #expect(Array(after[0..<slot.lowerBound]) == Array(before[0..<slot.lowerBound]))
        #expect(Array(after[slot.upperBound..<before.count]) == Array(before[slot.upperBound..<before.count]))
        var states: [[UInt8]] = []
        let appended = after.count - before.count
        for cut in Set(stride(from: 0, through: appended, by: max(1, appended / 40)) + [1, appended - 1, appended]) {
            states.append(before + after[before.count..<before.count + cut])
        }
        for written in 0...slot.count {
            var state = after
            state.replaceSubrange(
                slot.lowerBound + written..<slot.upperBound, with: before[slot.lowerBound + written..<slot.upperBound])
            states.append(state)
        }
        let decoder = ResponseDecoder(plan: plan, today: ColumnarEvaluationTests.today)
        for state in states {
            try Data(state).write(to: URL(fileURLWithPath: file))
            var notices: [String] = []
            let outcome = try ColumnarEvaluationTests.both(
                decoder, folder: folder, participants: participants, notices: &notices)
            #expect(outcome.columns == outcome.reference)
            #expect(outcome.scan == outcome.referenceScan)
            // Never a rebuild: a crash leaves the old file or the new one, both intact.
            #expect(notices.isEmpty)
        }
    }
}
