import StrictJSON
import SurveyStore
import Synchronization
import Testing

/// A response's history comes from the store's index, at a cost that does not grow with the log.
struct ResponseHistoryTests {
    /// Counts the bytes read back through the log's reading descriptor.
    final class CountingReader: PositionalFile {
        let inner: POSIXFile
        let bytesRead: ByteCount

        init(_ inner: POSIXFile, counter: ByteCount) {
            self.inner = inner
            self.bytesRead = counter
        }

        func read(count: Int, at offset: Int) throws(FileError) -> [UInt8] {
            let bytes = try inner.read(count: count, at: offset)
            bytesRead.total.add(bytes.count, ordering: .relaxed)
            return bytes
        }
    }

    final class ByteCount: Sendable {
        let total = Atomic(0)
    }

    @Test func historyListsEveryRecordOfTheResponseInOrderAcrossAReopen() throws {
        let directory = TemporaryDirectory()
        do {
            let log = try ResponseLog(directory: directory.path)
            _ = try log.write(Requests.draft("r1"))
            _ = try log.write(Requests.submit("r2"))
            _ = try log.write(Requests.submit("r1", answers: ["q1": 2]))
            _ = try log.write(Requests.void("r1"))
            #expect(try log.history(of: "r1").map(\.kind) == [.draft, .submit, .void])
            log.close()
        }
        let reopened = try ResponseLog(directory: directory.path)
        _ = try reopened.write(Requests.submit("r1", answers: ["q1": 3]))
        let history = try reopened.history(of: "r1", includeAnswers: true)
        #expect(history.map(\.revision) == [1, 2, 3, 4])
        #expect(history.map(\.kind) == [.draft, .submit, .void, .submit])
        #expect(history.last?.answers == ["q1": 3])
        #expect(try reopened.history(of: "r1").allSatisfy { $0.answers == nil })
        #expect(try reopened.history(of: "r2").map(\.kind) == [.submit])
        #expect(try reopened.history(of: "unknown").isEmpty)
    }

    /// Bytes read for one response's history in a log of `others` other responses.
    private func historyBytes(amongOthers others: Int) throws -> (bytes: Int, logSize: Int) {
        let directory = TemporaryDirectory()
        let writer = try ResponseLog(directory: directory.path)
        _ = writer.appendBatch(
            (0..<others).map { Requests.submit("other-\($0)", answers: ["q1": .number(Double($0))]) })
        _ = try writer.write(Requests.submit("target"))
        _ = writer.appendBatch((0..<others).map { Requests.submit("later-\($0)") })
        _ = try writer.write(Requests.void("target"))
        writer.close()
        let counter = ByteCount()
        var options = ResponseLog.Options()
        options.readerWrapper = { CountingReader($0, counter: counter) }
        let log = try ResponseLog(directory: directory.path, options: options)
        #expect(try log.history(of: "target").map(\.kind) == [.submit, .void])
        return (counter.total.load(ordering: .relaxed), log.committedLength)
    }

    @Test func historyCostDoesNotGrowWithTheLog() throws {
        let small = try historyBytes(amongOthers: 10)
        let large = try historyBytes(amongOthers: 20_000)
        #expect(large.logSize > 1_000 * small.logSize / 2)
        // The same two records are read in both logs (their `seq` has a few more digits in the large
        // one): only their bytes, not the lines around them.
        #expect(large.bytes <= small.bytes + 16)
        #expect(large.bytes < 600)
    }
}
