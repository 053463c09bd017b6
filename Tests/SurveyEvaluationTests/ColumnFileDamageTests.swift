import Foundation
import SurveyModel
import TestSupport
import Testing

@testable import SurveyEvaluation

/// `columns.bin` is a cache: truncated, flipped, stale or built for another definition, it is
/// detected and rebuilt, and the numbers stay those of the log.
struct ColumnFileDamageTests {
    struct Case {
        let plan: EvaluationPlan
        let participants: [String: [String: String]]
        let folder: String
        var file: String { folder + "/columns.bin" }
        var decoder: ResponseDecoder { ResponseDecoder(plan: plan, today: ColumnarEvaluationTests.today) }

        /// Evaluates as the command does, returning whether the figures match the reference and what was heard.
        func check(version: String = "v1", participants other: [String: [String: String]]? = nil) throws -> (
            Bool, [String]
        ) {
            var notices: [String] = []
            let outcome = try ColumnarEvaluationTests.both(
                decoder, folder: folder, participants: other ?? participants, version: version, notices: &notices)
            return (outcome.columns == outcome.reference && outcome.scan == outcome.referenceScan, notices)
        }
    }

    /// A log of 3,000 records with its columns built.
    static func built() throws -> Case {
        var generator = SeededGenerator(seed: 7)
        let plan = try RandomLogs.plan(questions: 8, using: &generator)
        let participants = RandomLogs.participants(30, using: &generator)
        let lines = RandomLogs.lines(1500, plan: plan, responses: 300, using: &generator)
        let built = Case(plan: plan, participants: participants, folder: try ColumnarEvaluationTests.folder(lines))
        let (agrees, notices) = try built.check()
        #expect(agrees)
        #expect(notices.isEmpty)
        #expect(FileManager.default.fileExists(atPath: built.file))
        return built
    }

    static func rewrite(_ path: String, _ change: (inout [UInt8]) -> Void) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        change(&bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test(arguments: [10, 50, 99])
    func aTruncatedFileIsRebuilt(keepingPercent percent: Int) throws {
        let built = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: built.folder) }
        try Self.rewrite(built.file) { $0.removeLast($0.count * (100 - percent) / 100) }
        let (agrees, notices) = try built.check()
        #expect(agrees)
        #expect(notices.count == 1)
        // Rebuilt: the next evaluation reads the file without a word.
        #expect(try built.check() == (true, []))
    }

    /// A flipped byte in the header is found on opening, one in a block when the block is read
    /// (at the end: the live flags of the last group).
    @Test(arguments: [30, 2000, 1_000_000])
    func aFlippedByteIsFound(at offset: Int) throws {
        let built = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: built.folder) }
        try Self.rewrite(built.file) { bytes in
            let position = min(offset, bytes.count - 3)
            bytes[position] ^= 0x10
        }
        let (agrees, notices) = try built.check()
        #expect(agrees)
        #expect(notices.count == 1)
        #expect(notices.first?.contains("checksum") == true)
        #expect(try built.check() == (true, []))
    }

    @Test func aLogChangedBehindItsBackIsNotTrusted() throws {
        let built = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: built.folder) }
        // The same length, other bytes: a log replaced by a repair or by hand.
        try Self.rewrite(built.folder + "/log.jsonl") { bytes in
            let position = bytes.count - 100
            if let quote = bytes[position...].firstIndex(of: UInt8(ascii: "r")) { bytes[quote] = UInt8(ascii: "s") }
        }
        var (agrees, notices) = try built.check()
        #expect(agrees)
        #expect(notices.first?.contains("have changed") == true)
        // Cut short: fewer bytes than the file covers.
        try Self.rewrite(built.folder + "/log.jsonl") { $0.removeLast($0.count / 3) }
        (agrees, notices) = try built.check()
        #expect(agrees)
        #expect(notices.first?.contains("shorter") == true)
    }

    @Test func aChangedDefinitionOrParticipantListRebuilds() throws {
        let built = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: built.folder) }
        var (agrees, notices) = try built.check(version: "v2")
        #expect(agrees)
        #expect(notices == ["\(built.file) is rebuilt from the log: the survey definition has changed"])
        var participants = built.participants
        let region = participants["p3"]?["region"]
        participants["p3"]?["region"] = region == "nord" ? "sued" : "nord"
        (agrees, notices) = try built.check(version: "v2", participants: participants)
        #expect(agrees)
        #expect(notices == ["\(built.file) is rebuilt from the log: the participants have changed"])
    }

    @Test func aFileOfAnotherKindIsNotRead() throws {
        let built = try Self.built()
        defer { try? FileManager.default.removeItem(atPath: built.folder) }
        try Data("not columns at all".utf8).write(to: URL(fileURLWithPath: built.file))
        let (agrees, notices) = try built.check()
        #expect(agrees)
        #expect(notices.first?.contains("does not start like") == true)
    }
}
