import Dispatch
import Foundation
import StrictJSON
import SurveyStore
import Synchronization
import Testing

/// Record kinds, revisions, voids, idempotency and the current view.
struct ResponseLogTests {
    @Test func recordKindsRevisionsAndView() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        let first = try log.write(Requests.draft("r1"))
        let second = try log.write(Requests.submit("r1", answers: ["q1": 2]))
        let third = try log.write(Requests.submit("r1", answers: ["q1": 3]))
        _ = try log.write(Requests.submit("r2"))
        _ = try log.write(Requests.void("r2"))
        _ = try log.write(Requests.draft("r3"))
        #expect([first, second, third].map(\.record.revision) == [1, 2, 3])
        #expect([first, second, third].map(\.record.sequence) == [1, 2, 3])
        let view = log.view
        #expect(view.submitted.keys.sorted() == ["r1"])
        // The view keeps no answers of submits; they are read back from the log.
        #expect(view.submitted["r1"]?.answers == nil)
        #expect(try log.submittedAnswers(of: "r1") == ["q1": 3])
        #expect(try log.submittedAnswers(of: "r2") == nil)
        #expect(try log.submittedRecords().map(\.answers) == [["q1": 3]])
        #expect(view.drafts.keys.sorted() == ["r3"])
        #expect(view.voided["r2"]?.reason == "Doppelt erfasst")
        #expect(log.recordCount == 6)
    }

    @Test func reopeningRebuildsTheSameState() throws {
        let directory = TemporaryDirectory()
        let before: ResponseView
        do {
            let log = try ResponseLog(directory: directory.path)
            _ = try log.write(Requests.submit("r1", key: "k1", participant: "s1"))
            _ = try log.write(Requests.submit("r1", answers: ["q1": "ä \"x\"\n"]))
            _ = try log.write(Requests.void("r1"))
            _ = try log.write(Requests.submit("r1"))
            before = log.view
            log.close()
        }
        let log = try ResponseLog(directory: directory.path)
        #expect(log.view.submitted == before.submitted)
        #expect(log.view.submitted["r1"]?.revision == 4)
        #expect(log.view.responseByParticipant == ["s1": "r1"])
        let replay = try log.write(Requests.submit("r1", key: "k1", participant: "s1"))
        #expect(replay.replayed)
        #expect(replay.record.revision == 1)
        #expect(try log.write(Requests.submit("r9")).record.sequence == 5)
    }

    @Test func everyLineIsAStandaloneJSONObject() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        _ = try log.write(Requests.submit("r1", key: "k-1", participant: "s1", answers: ["q1": 1, "q2": ["a", "b"]]))
        _ = try log.write(Requests.void("r1"))
        let lines = String(decoding: directory.bytes("log.jsonl"), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        let submit = try JSONDocument(parsing: String(lines[0])).root
        #expect(submit["kind"]?.string == "submit")
        #expect(submit["seq"]?.int == 1)
        #expect(submit["participant"]?.string == "s1")
        #expect(submit["key"]?.string == "k-1")
        #expect(submit["definition"]?.string == Requests.version)
        #expect(submit["answers"]?["q2"]?.count == 2)
        #expect(Timestamp(iso: submit["time"]?.string ?? "") != nil)
        let void = try JSONDocument(parsing: String(lines[1])).root
        #expect(void["kind"]?.string == "void")
        #expect(void["revision"]?.int == 2)
        #expect(void["answers"] == nil)
    }

    @Test func sameKeyTwiceWritesOnce() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        // Both in one batch: the second waits for the first instead of writing.
        let results = log.appendBatch([Requests.submit("r1", key: "form-1"), Requests.submit("r1", key: "form-1")])
        let first = try results[0].get()
        let second = try results[1].get()
        #expect(!first.replayed)
        #expect(second.replayed)
        #expect(second.record == first.record)
        let third = try log.write(Requests.submit("r1", key: "form-1", answers: ["q1": 99]))
        // A repeat gets the first record's bookkeeping back; its answers stay in the log.
        #expect(third.replayed && third.record.sequence == first.record.sequence && third.record.answers == nil)
        #expect(log.recordCount == 1)
    }

    @Test(arguments: [
        (Requests.submit("bad id"), StoreError.invalidIdentifier(field: "response", value: "bad id")),
        (Requests.submit("r1", key: ""), StoreError.invalidIdentifier(field: "key", value: "")),
        (Requests.void("nobody"), StoreError.unknownResponse("nobody")),
        (Requests.void("r1", reason: "  "), StoreError.missingReason),
        (Requests.submit("r1", answers: [1, 2]), StoreError.answersNotAnObject),
    ])
    func rejectsBadRequests(request: AppendRequest, error: StoreError) throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        #expect(throws: error) { try log.write(request) }
        #expect(log.recordCount == 0)
        #expect(directory.bytes("log.jsonl").isEmpty)
    }

    @Test func concurrentWritersShareFsyncsAndLoseNothing() async throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        let writers = 64
        let perWriter = 20
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    for index in 0..<perWriter {
                        _ = try await log.append(Requests.submit("w\(writer)-\(index)", key: "k\(writer)-\(index)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(log.recordCount == writers * perWriter)
        #expect(log.view.submitted.count == writers * perWriter)
        let sequences = String(decoding: directory.bytes("log.jsonl"), as: UTF8.self).split(separator: "\n").count
        #expect(sequences == writers * perWriter)
    }

    @Test func subscribersSeeEveryLaterChangeOnce() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        let first = try log.write(Requests.submit("r1")).record
        let seen = Mutex<[ViewChange]>([])
        let (length, subscription) = log.subscribe { change in seen.withLock { $0.append(change) } }
        #expect(length == directory.bytes("log.jsonl").count)
        let resubmit = try log.write(Requests.submit("r1", answers: ["q1": 5])).record
        let void = try log.write(Requests.void("r1")).record
        log.waitForSubscribers()
        log.unsubscribe(subscription)
        _ = try log.write(Requests.submit("r2"))
        let changes = seen.withLock { $0 }
        #expect(changes.count == 2)
        guard changes.count == 2 else { return }
        #expect(changes[0] == .submitted(resubmit, replacing: first))
        #expect(changes[1] == .voided(void, removed: resubmit))
    }

    @Test func aBlockedSubscriberDoesNotHoldUpAppends() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path)
        let gate = DispatchSemaphore(value: 0)
        let seen = Mutex<[String]>([])
        let (_, subscription) = log.subscribe { change in
            if case .submitted(let record, _) = change {
                if record.responseID == "r1" { gate.wait() }
                seen.withLock { $0.append(record.responseID) }
            }
        }
        // The subscriber sits on the first change; each append still needs the writer, and gets it.
        for index in 1...5 { _ = try log.write(Requests.submit("r\(index)")) }
        #expect(seen.withLock { $0 }.isEmpty)
        gate.signal()
        log.waitForSubscribers()
        #expect(seen.withLock { $0 } == ["r1", "r2", "r3", "r4", "r5"])
        log.unsubscribe(subscription)
    }

    @Test func secondOpenIsRefusedWithTheHoldersProcessID() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path, displayName: "responses/demo")
        #expect(throws: StoreError.inUse(directory: "responses/demo", processID: getpid())) {
            try ResponseLog(directory: directory.path, displayName: "responses/demo")
        }
        #expect(
            StoreError.inUse(directory: "responses/demo", processID: 42).description.hasPrefix(
                "responses/demo is in use by process 42"))
        withExtendedLifetime(log) {}
    }

    @Test func closeWritesWhatWasAcceptedAndFreesTheLockAtOnce() throws {
        let directory = TemporaryDirectory()
        for round in 1...200 {
            let log = try ResponseLog(directory: directory.path)
            _ = try log.write(Requests.submit("r\(round)"))
            log.append(Requests.submit("late\(round)")) { _ in }
            log.close()
            #expect(log.recordCount == 2 * round)
            #expect(throws: StoreError.closed(directory: directory.path)) { try log.write(Requests.submit("x")) }
        }
        #expect(try ResponseLog(directory: directory.path).recordCount == 400)
    }

    @Test(arguments: [0, 1, 999, 1_700_000_000_123, -1, 951_782_400_000])
    func timestampRoundTrip(milliseconds: Int64) throws {
        let time = Timestamp(millisecondsSince1970: milliseconds)
        #expect(Timestamp(iso: time.description) == time)
    }

    @Test(arguments: [
        ("1970-01-01T00:00:00.000Z", Int64(0)), ("2000-02-29T00:00:00.000Z", 951_782_400_000),
        ("2026-11-27T05:43:12.123Z", 1_795_758_192_123),
    ])
    func timestampKnownValues(text: String, milliseconds: Int64) {
        #expect(Timestamp(millisecondsSince1970: milliseconds).description == text)
    }

    @Test(arguments: [
        "", "2026-02-30T00:00:00.000Z", "2026-11-27T05:43:12Z", "2026-11-27 05:43:12.123Z", "2026-13-01T00:00:00.000Z",
    ])
    func timestampRejects(text: String) {
        #expect(Timestamp(iso: text) == nil)
    }
}

/// The definition version is the SHA-256 of the file's bytes.
struct DefinitionVersionTests {
    @Test func hashesTheBytes() {
        #expect(
            DefinitionVersion.of(Array("abc".utf8))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(DefinitionVersion.of([]) != DefinitionVersion.of([0x20]))
    }
}
