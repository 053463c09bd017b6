import Glibc
import SurveyStore
import Synchronization
import Testing

/// What a response log tells the metrics about its commits, and when it says it cannot be written.
struct CommitReportTests {
    /// Opens a log over a ``FaultyFile`` whose commit reports are collected.
    private static func open(_ directory: TemporaryDirectory) throws -> (ResponseLog, FaultyFile, CollectedReports) {
        let reports = CollectedReports()
        let captured = Mutex<FaultyFile?>(nil)
        var options = ResponseLog.Options()
        options.clock = { Timestamp(millisecondsSince1970: 1_800_000_000_000) }
        options.commitObserver = { report in reports.list.withLock { $0.append(report) } }
        options.fileWrapper = { file in
            let faulty = FaultyFile(file)
            captured.withLock { $0 = faulty }
            return faulty
        }
        let log = try ResponseLog(directory: directory.path, displayName: "responses/x", options: options)
        return (log, try #require(captured.withLock { $0 }), reports)
    }

    @Test func aBatchIsOneReportWithItsRecordsAndFsyncTime() throws {
        let directory = TemporaryDirectory()
        let (log, _, reports) = try Self.open(directory)
        _ = log.appendBatch([Requests.submit("r1"), Requests.submit("r2"), Requests.submit("r3")])
        let report = try #require(reports.list.withLock { $0 }.only)
        #expect(report.log == "responses/x")
        #expect(report.records == 3)
        #expect(report.succeeded)
        #expect((report.fsyncSeconds ?? -1) >= 0)
        #expect(report.time == Timestamp(millisecondsSince1970: 1_800_000_000_000))
    }

    @Test func aFailedWriteIsReportedWithoutFsyncTime() throws {
        let directory = TemporaryDirectory()
        let (log, faulty, reports) = try Self.open(directory)
        faulty.faults.withLock { $0 = FaultyFile.Faults(appendError: ENOSPC) }
        _ = log.appendBatch([Requests.submit("r1")])
        let report = try #require(reports.list.withLock { $0 }.only)
        #expect(!report.succeeded)
        #expect(report.fsyncSeconds == nil)
        #expect(report.records == 1)
    }

    @Test func anOpenLogHasNoWriteProblemAndAClosedOneHas() throws {
        let directory = TemporaryDirectory()
        let (log, _, _) = try Self.open(directory)
        #expect(log.writeProblem == nil)
        log.close()
        #expect(log.writeProblem == .closed)
    }

    @Test func aFailedUndoIsAWriteProblemNamingTheFile() throws {
        let directory = TemporaryDirectory()
        let (log, faulty, _) = try Self.open(directory)
        faulty.faults.withLock { $0 = FaultyFile.Faults(appendError: EIO, partialBytes: 20, truncateError: EIO) }
        _ = log.appendBatch([Requests.submit("r1")])
        let problem = try #require(log.writeProblem)
        guard case .unusable(let error) = problem else {
            Issue.record("expected .unusable, got \(problem)")
            return
        }
        #expect(error.path == directory.file("log.jsonl"))
        #expect(problem.description.contains(directory.file("log.jsonl")))
        #expect(problem.description.contains("restart"))
    }
}

/// The reports a log sent, shared with its writer's thread.
private final class CollectedReports: Sendable {
    let list = Mutex<[CommitReport]>([])
}

extension Array {
    /// The one element, or nil when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
