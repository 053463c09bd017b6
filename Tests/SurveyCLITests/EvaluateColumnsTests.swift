import Foundation
import Testing

@testable import SurveyCLI

/// `survey evaluate` keeps the survey's columns in `columns.bin` and gives what reading the log gives:
/// built on first use, read after, caught up when the log grows, rebuilt when damaged.
@Suite struct EvaluateColumnsTests {
    static let definition = "\(repository)/surveys/digitale-bildung.json"

    /// The evaluation from the survey's folder (columns) and from its log named with --log (no columns).
    private func both(_ root: String, _ options: [String] = []) -> (columns: Run, log: Run) {
        let columns = Run(["evaluate", Self.definition, "--format", "json", "--responses", root] + options)
        let log = Run(
            ["evaluate", Self.definition, "--format", "json", "--log", root + "/digitale-bildung/log.jsonl"] + options)
        return (columns, log)
    }

    @Test func theColumnsFileIsBuiltReadCaughtUpAndRepaired() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("columns-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = root + "/digitale-bildung/columns.bin"
        #expect(Run("generate", Self.definition, "-n", "300", "--seed", "5", "--responses", root).code == .success)
        var (columns, log) = both(root)
        #expect(columns.code == .success)
        #expect(columns.error == "")
        #expect(columns.out == log.out)
        #expect(FileManager.default.fileExists(atPath: file))
        // Read from the file, with a breakdown and a filter decided only now.
        (columns, log) = both(root, ["--by", "schulart", "--filter", "schueler > 300"])
        #expect(columns.out == log.out)
        #expect(columns.error == "")
        // The same seed again writes revisions of the same responses, and 40 more: caught up.
        #expect(Run("generate", Self.definition, "-n", "340", "--seed", "5", "--responses", root).code == .success)
        (columns, log) = both(root)
        #expect(columns.out == log.out)
        #expect(columns.error == "")
        // A flipped byte in the last block: found, said, rebuilt.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
        let last = Self.lastBlock(bytes)
        bytes[last.end - 2] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        (columns, log) = both(root)
        #expect(columns.out == log.out)
        #expect(
            columns.error
                == "survey evaluate: note: \(file) is rebuilt from the log: block \(last.index)'s checksum does not match\n"
        )
        #expect(both(root).columns.error == "")
    }

    /// The number and end of the last block, from the index the newer of the two header slots points to
    /// (slots at offsets 8 and 40: generation, index offset, …; the index: version, metadata length,
    /// block count, reserved, metadata, then 24 bytes per block: offset, length, …).
    private static func lastBlock(_ bytes: [UInt8]) -> (index: Int, end: Int) {
        func integer(_ offset: Int, _ size: Int) -> Int {
            (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
        }
        let slot = integer(40, 8) > integer(8, 8) ? 40 : 8
        let index = integer(slot + 8, 8)
        let metadataLength = integer(index + 4, 4)
        let count = integer(index + 8, 4)
        let entry = index + 16 + metadataLength + (count - 1) * 24
        return (count - 1, integer(entry, 8) + integer(entry + 8, 8))
    }
}
