import Glibc
import SurveyStore
import Synchronization
import Testing

/// ENOSPC, EIO and a failing truncate, injected through the file layer.
struct DiskErrorTests {
    /// Opens a log whose file is a ``FaultyFile`` and returns both.
    static func open(_ directory: TemporaryDirectory) throws -> (ResponseLog, FaultyFile) {
        let captured = Mutex<FaultyFile?>(nil)
        var options = ResponseLog.Options()
        options.fileWrapper = { file in
            let faulty = FaultyFile(file)
            captured.withLock { $0 = faulty }
            return faulty
        }
        let log = try ResponseLog(directory: directory.path, options: options)
        let faulty = try #require(captured.withLock { $0 })
        return (log, faulty)
    }

    @Test(arguments: [(ENOSPC, 0), (ENOSPC, 10), (EIO, 37), (EROFS, 0)])
    func failedWriteIsCutBackAndLaterAppendsWork(code: Int32, partialBytes: Int) throws {
        let directory = TemporaryDirectory()
        let (log, faulty) = try Self.open(directory)
        _ = try log.write(Requests.submit("r1"))
        let before = directory.bytes("log.jsonl")
        faulty.faults.withLock { $0 = FaultyFile.Faults(appendError: code, partialBytes: partialBytes) }
        let results = log.appendBatch([Requests.submit("r2", key: "k2"), Requests.submit("r3")])
        for result in results {
            #expect(throws: StoreError.file(FileError(.write, path: directory.file("log.jsonl"), code: code))) {
                try result.get()
            }
        }
        #expect(directory.bytes("log.jsonl") == before)
        #expect(log.recordCount == 1)
        faulty.faults.withLock { $0 = FaultyFile.Faults() }
        let retried = try log.write(Requests.submit("r2", key: "k2"))
        #expect(!retried.replayed, "a failed key must not count as written")
        #expect(retried.record.sequence == 2)
        #expect(try completeLineCount(directory) == 2)
    }

    @Test func failedFsyncIsCutBack() throws {
        let directory = TemporaryDirectory()
        let (log, faulty) = try Self.open(directory)
        _ = try log.write(Requests.submit("r1"))
        let before = directory.bytes("log.jsonl")
        faulty.faults.withLock { $0.fsyncErrorOnce = EIO }
        #expect(throws: StoreError.file(FileError(.fsync, path: directory.file("log.jsonl"), code: EIO))) {
            try log.write(Requests.submit("r2"))
        }
        #expect(directory.bytes("log.jsonl") == before)
        _ = try log.write(Requests.submit("r2"))
        #expect(log.recordCount == 2)
    }

    @Test func failedUndoMakesTheLogUnusableUntilReopened() throws {
        let directory = TemporaryDirectory()
        let (log, faulty) = try Self.open(directory)
        _ = try log.write(Requests.submit("r1"))
        faulty.faults.withLock { $0 = FaultyFile.Faults(appendError: EIO, partialBytes: 20, truncateError: EIO) }
        let error = try #require(throws: StoreError.self) { try log.write(Requests.submit("r2")) }
        guard case .unusable = error else {
            Issue.record("expected .unusable, got \(error)")
            return
        }
        faulty.faults.withLock { $0 = FaultyFile.Faults() }
        #expect(throws: StoreError.self) { try log.write(Requests.submit("r3")) }
    }

    @Test func diskFullIsRecognisable() {
        #expect(StoreError.file(FileError(.write, path: "x", code: ENOSPC)).isDiskFull)
        #expect(!StoreError.file(FileError(.write, path: "x", code: EIO)).isDiskFull)
    }
}

/// Counts the log's complete lines, checking there is no partial one.
private func completeLineCount(_ directory: TemporaryDirectory) throws -> Int {
    var count = 0
    let tail = try LogReader(path: directory.file("log.jsonl")).forEachLine { _ in count += 1 }
    #expect(tail.bytes.isEmpty)
    return count
}
