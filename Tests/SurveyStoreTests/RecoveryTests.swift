import StrictJSON
import SurveyStore
import Testing

/// Torn tails after a crash, damage in the middle, check and repair.
struct RecoveryTests {
    /// Writes two good records and returns the log's bytes.
    static func twoGoodRecords(in directory: TemporaryDirectory) throws -> [UInt8] {
        let log = try ResponseLog(directory: directory.path)
        _ = try log.write(Requests.submit("r1", key: "k1"))
        _ = try log.write(Requests.submit("r2"))
        log.close()
        return directory.bytes("log.jsonl")
    }

    static let tornTails: [(name: String, tail: [UInt8])] = [
        ("half a record", Array(#"{"kind":"submit","seq":3,"resp"#.utf8)),
        ("complete JSON without newline", Array(#"{"kind":"submit"}"#.utf8)),
        ("zeros from a lost block", [UInt8](repeating: 0, count: 4096)),
        ("zeros ending in a newline", [UInt8](repeating: 0, count: 100) + [10]),
        ("invalid JSON line with newline", Array("{\"kind\":\"sub\n".utf8)),
        ("valid JSON but not a record", Array("{\"a\":1}\n".utf8)),
        ("bad line then partial line", Array("garbage\n{\"kind".utf8)),
        ("a single byte", [0x7B]),
    ]

    @Test(arguments: tornTails)
    func tornTailIsSetAsideAndLaterAppendsWork(name: String, tail: [UInt8]) throws {
        let directory = TemporaryDirectory()
        let good = try Self.twoGoodRecords(in: directory)
        directory.write("log.jsonl", good + tail)
        let log = try ResponseLog(directory: directory.path)
        let recovery = try #require(log.recovery, "\(name)")
        #expect(recovery.byteCount == tail.count)
        #expect(recovery.line == 3)
        let sideFiles = directory.files(startingWith: "log.jsonl.torn-")
        #expect(sideFiles.count == 1)
        #expect(directory.bytes(sideFiles.first ?? "") == tail)
        #expect(directory.bytes("log.jsonl") == good)
        #expect(log.recordCount == 2)
        #expect(try log.write(Requests.submit("r1", key: "k1")).replayed)
        #expect(try log.write(Requests.submit("r3")).record.sequence == 3)
    }

    @Test func cleanLogNeedsNoRecovery() throws {
        let directory = TemporaryDirectory()
        _ = try Self.twoGoodRecords(in: directory)
        let log = try ResponseLog(directory: directory.path)
        #expect(log.recovery == nil)
        #expect(directory.files(startingWith: "log.jsonl.").isEmpty)
    }

    @Test func damageInTheMiddleStopsTheOpenWithFileAndLine() throws {
        let directory = TemporaryDirectory()
        let good = try Self.twoGoodRecords(in: directory)
        let lines = good.split(separator: 10, omittingEmptySubsequences: false)
        let damaged = Array(lines[0]) + [10] + Array("{\"kind\": oops}\n".utf8) + Array(lines[1]) + [10]
        directory.write("log.jsonl", damaged)
        #expect(throws: StoreError.self) { try ResponseLog(directory: directory.path) }
        do {
            _ = try ResponseLog(directory: directory.path)
        } catch {
            guard case .damagedLine(let file, let line, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file == directory.file("log.jsonl"))
            #expect(line == 2)
            #expect(error.description.contains("log.jsonl:2: damaged record"))
        }
        #expect(directory.bytes("log.jsonl") == damaged, "a failed open must not touch the log")
    }

    @Test func checkReportsEveryBadLineAndRepairQuarantinesThem() throws {
        let directory = TemporaryDirectory()
        let good = try Self.twoGoodRecords(in: directory)
        let lines = good.split(separator: 10).map(Array.init)
        let bad1 = Array("not json".utf8)
        let bad2 = Array("{\"kind\":\"submit\"}".utf8)
        let content = bad1 + [10] + lines[0] + [10] + bad2 + [10] + lines[1] + [10] + Array("{\"torn".utf8)
        directory.write("log.jsonl", content)

        let report = try LogMaintenance.check(directory: directory.path)
        #expect(report.damagedLines.map(\.line) == [1, 3])
        #expect(report.recordCount == 2)
        #expect(report.tornTailBytes == 6)
        #expect(!report.isClean)
        #expect(directory.bytes("log.jsonl") == content, "check never writes")

        let (repairReport, quarantine) = try LogMaintenance.repair(directory: directory.path)
        #expect(repairReport == report)
        let quarantineFile = try #require(quarantine)
        #expect(
            directory.bytes(String(quarantineFile.split(separator: "/").last ?? "")) == bad1 + [10] + bad2 + [10]
                + Array("{\"torn".utf8))
        #expect(directory.bytes("log.jsonl") == lines[0] + [10] + lines[1] + [10])
        #expect(try LogMaintenance.check(directory: directory.path).isClean)
        let log = try ResponseLog(directory: directory.path)
        #expect(log.recordCount == 2)
        #expect(log.recovery == nil)
    }

    @Test func repairOfACleanLogWritesNothing() throws {
        let directory = TemporaryDirectory()
        let good = try Self.twoGoodRecords(in: directory)
        let (report, quarantine) = try LogMaintenance.repair(directory: directory.path)
        #expect(report.isClean && quarantine == nil)
        #expect(directory.bytes("log.jsonl") == good)
    }

    @Test func checkRespectsTheLock() throws {
        let directory = TemporaryDirectory()
        let log = try ResponseLog(directory: directory.path, displayName: "responses/x")
        #expect(throws: StoreError.self) {
            try LogMaintenance.check(directory: directory.path, displayName: "responses/x")
        }
        withExtendedLifetime(log) {}
    }
}
