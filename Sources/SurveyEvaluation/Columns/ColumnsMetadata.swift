import StrictJSON
import SurveyStore

/// The header of `columns.bin`: what the columns were built from and how far.
///
/// A file whose definition, participants or day (for conditions that use
/// `today()`) differ from the evaluation's, or whose log no longer starts and
/// continues as it did, is stale and rebuilt; see `docs/columnar-file.md`.
struct ColumnsMetadata: Sendable, Hashable {
    /// The format of the columns inside the blocks; raise it whenever their meaning changes.
    static let formatVersion: UInt32 = 1
    /// Bytes of the log at its start and before ``covered`` whose checksums say it is still the same log.
    static let fingerprintLength = 4096

    /// What must match for the file to be used.
    struct Key: Sendable, Hashable {
        /// SHA-256 hex of the definition file.
        var definition: String
        /// A digest of the participants' fields (they decide conditions and dictionary codes).
        var participants: String
        /// The day `today()` meant when rows were written, when any condition uses it; else empty.
        var today: String
        var blocksPerGroup: Int
    }

    var key: Key
    /// The log offset just after the last line the columns account for.
    var covered: Int
    /// CRC-32C of the log's first bytes and of the bytes before `covered`.
    var logHead: UInt32
    var logLast: UInt32
    var lines: Int
    var drafts: Int
    var badLines: [Int]
    /// Rows per group, in file order.
    var groupSizes: [Int]

    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        JSON.object([
            JSONField(key: "definition", value: .string(key.definition)),
            JSONField(key: "participants", value: .string(key.participants)),
            JSONField(key: "today", value: .string(key.today)),
            JSONField(key: "blocksPerGroup", value: .number(Double(key.blocksPerGroup))),
            JSONField(key: "covered", value: .number(Double(covered))),
            JSONField(key: "logHead", value: .number(Double(logHead))),
            JSONField(key: "logLast", value: .number(Double(logLast))),
            JSONField(key: "lines", value: .number(Double(lines))),
            JSONField(key: "drafts", value: .number(Double(drafts))),
            JSONField(key: "badLines", value: .array(badLines.map { .number(Double($0)) })),
            JSONField(key: "groups", value: .array(groupSizes.map { .number(Double($0)) })),
        ]).write(to: &bytes)
        return bytes
    }

    init(
        key: Key, covered: Int, logHead: UInt32, logLast: UInt32, lines: Int, drafts: Int, badLines: [Int],
        groupSizes: [Int]
    ) {
        self.key = key
        self.covered = covered
        self.logHead = logHead
        self.logLast = logLast
        self.lines = lines
        self.drafts = drafts
        self.badLines = badLines
        self.groupSizes = groupSizes
    }

    /// Reads the metadata written by ``bytes``.
    init(parsing bytes: [UInt8]) throws(ColumnsDamage) {
        guard let root = try? JSONDocument(parsing: bytes).root else { throw ColumnsDamage("the header is not JSON") }
        func text(_ name: String) throws(ColumnsDamage) -> String {
            guard let value = root[name]?.string else { throw ColumnsDamage("the header lacks \(name)") }
            return value
        }
        func number(_ name: String) throws(ColumnsDamage) -> Int {
            guard let value = root[name]?.int, value >= 0 else { throw ColumnsDamage("the header lacks \(name)") }
            return value
        }
        func numbers(_ name: String) throws(ColumnsDamage) -> [Int] {
            guard let values = root[name]?.elements?.map(\.int), !values.contains(nil) else {
                throw ColumnsDamage("the header lacks \(name)")
            }
            return values.compactMap { $0 }
        }
        key = Key(
            definition: try text("definition"), participants: try text("participants"), today: try text("today"),
            blocksPerGroup: try number("blocksPerGroup"))
        covered = try number("covered")
        logHead = UInt32(truncatingIfNeeded: try number("logHead"))
        logLast = UInt32(truncatingIfNeeded: try number("logLast"))
        lines = try number("lines")
        drafts = try number("drafts")
        badLines = try numbers("badLines")
        groupSizes = try numbers("groups")
        guard groupSizes.allSatisfy({ $0 > 0 && $0 <= RowGroup.capacity }) else {
            throw ColumnsDamage("a group of impossible size")
        }
    }

    /// The checksums of the log's first bytes and of those before `covered`.
    static func fingerprint(of log: LogLines, covered: Int) throws(FileError) -> (head: UInt32, last: UInt32) {
        let head = try log.bytes(at: 0, count: min(fingerprintLength, covered))
        let start = max(0, covered - fingerprintLength)
        let last = try log.bytes(at: start, count: covered - start)
        return (CRC32C.checksum(head), CRC32C.checksum(last))
    }
}
