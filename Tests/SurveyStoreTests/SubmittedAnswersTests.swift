import Foundation
import StrictJSON
import Synchronization
import Testing

@testable import SurveyStore

/// Submitted answers live in the log only: the view keeps bookkeeping, and reading them back costs the
/// submits asked for.
struct SubmittedAnswersTests {
    @Test func answersAreReadBackAfterAReopenWithoutTheViewHoldingThem() throws {
        let directory = TemporaryDirectory()
        do {
            let log = try ResponseLog(directory: directory.path)
            _ = try log.write(Requests.submit("r1", answers: ["q1": 1]))
            _ = try log.write(Requests.submit("r2", answers: ["q1": 2]))
            _ = try log.write(Requests.submit("r1", answers: ["q1": 3]))
            _ = try log.write(Requests.void("r2"))
            log.close()
        }
        let counter = ResponseHistoryTests.ByteCount()
        var options = ResponseLog.Options()
        options.readerWrapper = { ResponseHistoryTests.CountingReader($0, counter: counter) }
        let log = try ResponseLog(directory: directory.path, options: options)
        defer { log.close() }
        #expect(log.view.submitted.values.allSatisfy { $0.answers == nil })
        #expect(try log.submittedAnswers(of: "r1") == ["q1": 3])
        #expect(try log.submittedAnswers(of: "r2") == nil)
        let (view, submitted) = try log.snapshot()
        #expect(view.submitted.keys.sorted() == ["r1"])
        #expect(submitted.map(\.answers) == [["q1": 3]])
    }

    /// A check that needs only submits made with another definition reads no line when there are none.
    @Test func forEachSubmittedReadsOnlyTheSubmitsAskedFor() throws {
        let directory = TemporaryDirectory()
        let counter = ResponseHistoryTests.ByteCount()
        var options = ResponseLog.Options()
        options.readerWrapper = { ResponseHistoryTests.CountingReader($0, counter: counter) }
        let log = try ResponseLog(directory: directory.path, options: options)
        defer { log.close() }
        for index in 0..<20 { _ = try log.write(Requests.submit("r\(index)")) }
        var seen = 0
        try log.forEachSubmitted(where: { $0.definitionVersion != Requests.version }) { _ in seen += 1 }
        #expect(seen == 0)
        #expect(counter.total.load(ordering: .relaxed) == 0)
        try log.forEachSubmitted { _ in seen += 1 }
        #expect(seen == 20)
        #expect(counter.total.load(ordering: .relaxed) > 0)
    }

    /// A subscriber gets the replaced submit's answers, read back on the delivery queue.
    @Test func subscribersGetTheAnswersOfTheSubmitTheyTakeBack() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        defer { log.close() }
        _ = try log.write(Requests.submit("r1", answers: ["q1": 1]))
        let changes = Changes()
        _ = log.subscribe { change in changes.list.withLock { $0.append(change) } }
        _ = try log.write(Requests.submit("r1", answers: ["q1": 2]))
        _ = try log.write(Requests.void("r1"))
        log.waitForSubscribers()
        let delivered = changes.list.withLock { $0 }
        guard delivered.count == 2, case .submitted(let new, let replaced?) = delivered[0],
            case .voided(_, let removed?) = delivered[1]
        else {
            Issue.record("unexpected changes: \(delivered)")
            return
        }
        #expect(new.answers == ["q1": 2])
        #expect(replaced.answers == ["q1": 1])
        #expect(removed.answers == ["q1": 2])
    }

    final class Changes: Sendable {
        let list = Mutex<[ViewChange]>([])
    }

    /// An export's pass over a log file: latest submits in log order, voids left out, bad lines listed,
    /// answers read back only when asked for.
    @Test func currentSubmitsOfALogFile() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        _ = try log.write(Requests.submit("r1", answers: ["q1": 1]))
        _ = try log.write(Requests.submit("r2", answers: ["q1": 2]))
        _ = try log.write(Requests.draft("r3"))
        _ = try log.write(Requests.submit("r1", answers: ["q1": 3]))
        _ = try log.write(Requests.submit("r4", answers: ["q1": 4]))
        _ = try log.write(Requests.void("r4"))
        log.close()
        let path = SurveyFolder(directory.path).log
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("kein Datensatz\n{\"kind\":".utf8))
        try handle.close()
        let submits = try CurrentSubmits(logPath: path)
        #expect(submits.count == 2)
        // A bad last complete line counts with the unfinished one as a torn tail, as when a log is opened.
        #expect(submits.badLines == [7])
        var answers: [JSON?] = []
        try submits.readEach { answers.append($0.answers) }
        #expect(answers == [["q1": 2], ["q1": 3]])
        #expect(try CurrentSubmits(logPath: directory.path + "/fehlt.jsonl").count == 0)
    }
}
