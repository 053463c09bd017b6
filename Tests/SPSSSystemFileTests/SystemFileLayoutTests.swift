import Foundation
import SPSSSystemFile
import Testing

/// Record by record, the writer lays out a file as PSPP does: the same dictionary and data as
/// `Fixtures/reference.sav`, which PSPP 1.6.2 wrote from `Fixtures/reference.sps`.
struct SystemFileLayoutTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The dictionary and cases of `reference.sps`.
    static func ours() throws -> [UInt8] {
        let variables = [
            SystemFileVariable(
                name: "zahl", label: "Eine Zahl",
                content: .number(
                    .fixed(width: 9, decimals: 2), missingValues: [-1],
                    valueLabels: [.init(value: -1, label: "keine Angabe"), .init(value: 1, label: "eins")]),
                measure: .ordinal),
            SystemFileVariable(
                name: "code", label: "Ein Code „gut“",
                content: .text(width: 3, valueLabels: [.init(value: "ab", label: "A und B")]), measure: .nominal),
            SystemFileVariable(
                name: "text", content: .text(width: 20, valueLabels: [.init(value: "Grüße", label: "Gruß")]),
                measure: .nominal),
            SystemFileVariable(name: "datum", content: .number(.date), measure: .scale),
            SystemFileVariable(name: "lang", label: "Lang", content: .text(width: 600), measure: .nominal),
        ]
        let rows: [[SystemFileCell]] = [
            [
                .number(1.5), .text("ab"), .text("Grüße"), .number(SPSSTime.seconds(daysSince1970: 20_784)),
                .text("Größe ✓ 😀"),
            ],
            [.number(-1), .text("xy"), .text(""), .number(SPSSTime.seconds(daysSince1970: 0)), .text("")],
        ]
        let created = SystemFileWriter.Created(year: 2026, month: 12, day: 5, hour: 4, minute: 28, second: 0)
        return try SystemFileWriter(variables: variables, created: created, compressed: false).write(rows: rows).bytes
    }

    @Test func recordsMatchPSPPs() throws {
        let reference = try Records(Array(Data(contentsOf: Self.fixtures.appendingPathComponent("reference.sav"))))
        let ours = try Records(try Self.ours())
        // The header's fields after the product name: layout code, case size, compression, weight, cases, bias.
        #expect(ours.header[64..<92] == reference.header[64..<92])
        expectSame(ours.variables, reference.variables, "variable record")
        expectSame(ours.valueLabels, reference.valueLabels, "value label record")
        // Subtype 3 names the writing program's version and 18 holds PSPP's roles; the rest must agree.
        for subtype: Int32 in [4, 11, 13, 14, 20, 21] {
            #expect(ours.extensions[subtype] == reference.extensions[subtype], "subtype \(subtype)")
        }
        #expect(ours.data == reference.data)
    }

    /// Names the first record and byte that differ.
    func expectSame(
        _ ours: [[UInt8]], _ reference: [[UInt8]], _ what: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(ours.count == reference.count, "number of each \(what)", sourceLocation: sourceLocation)
        for (index, (mine, theirs)) in zip(ours, reference).enumerated() where mine != theirs {
            let byte = zip(mine, theirs).enumerated().first { $1.0 != $1.1 }?.offset ?? min(mine.count, theirs.count)
            let message =
                "\(what) \(index + 1) differs at byte \(byte): ours \(Array(mine.dropFirst(byte).prefix(12))), "
                + "PSPP's \(Array(theirs.dropFirst(byte).prefix(12)))"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// A file split into its records.
    struct Records {
        var header: [UInt8] = []
        /// Variable records; the names of very long strings' later segments (which each writer
        /// chooses) blanked.
        var variables: [[UInt8]] = []
        var valueLabels: [[UInt8]] = []
        var extensions: [Int32: [UInt8]] = [:]
        var data: [UInt8] = []

        struct Malformed: Error {}

        init(_ bytes: [UInt8]) throws {
            var offset = 176
            func int32(at position: Int) throws -> Int {
                guard position + 4 <= bytes.count else { throw Malformed() }
                return Int(
                    Int32(
                        littleEndian: bytes[position..<position + 4].withUnsafeBytes {
                            $0.loadUnaligned(as: Int32.self)
                        }))
            }
            func take(_ count: Int) throws -> [UInt8] {
                guard count >= 0, offset + count <= bytes.count else { throw Malformed() }
                defer { offset += count }
                return Array(bytes[offset..<offset + count])
            }
            header = Array(bytes.prefix(176))
            var segmentsLeft = 0
            while true {
                switch try int32(at: offset) {
                case 2:
                    let type = try int32(at: offset + 4)
                    let hasLabel = try int32(at: offset + 8)
                    let missing = try int32(at: offset + 12)
                    var record = try take(32)
                    if type > 0 && segmentsLeft > 0 {
                        record.replaceSubrange(24..<32, with: [UInt8](repeating: 0, count: 8))
                    }
                    if hasLabel == 1 {
                        let length = try int32(at: offset)
                        record += try take(4 + (length + 3) / 4 * 4)
                    }
                    record += try take(8 * abs(missing))
                    variables.append(record)
                    if type == 255 && segmentsLeft == 0 {
                        segmentsLeft = 2
                    } else if type > 0 && segmentsLeft > 0 {
                        segmentsLeft -= 1
                    }
                case 3:
                    let count = try int32(at: offset + 4)
                    var record = try take(8)
                    for _ in 0..<count {
                        let length = Int(bytes[offset + 8])
                        record += try take((9 + length + 7) / 8 * 8)
                    }
                    valueLabels.append(record)
                case 4:
                    valueLabels.append(try take(8 + 4 * (try int32(at: offset + 4))))
                case 7:
                    let subtype = Int32(try int32(at: offset + 4))
                    let size = try int32(at: offset + 8) * (try int32(at: offset + 12))
                    extensions[subtype] = try take(16 + size)
                case 999:
                    offset += 8
                    data = Array(bytes[offset...])
                    return
                default:
                    throw Malformed()
                }
            }
        }
    }
}
