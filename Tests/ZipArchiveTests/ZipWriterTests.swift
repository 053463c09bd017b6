import Foundation
import TestSupport
import Testing

@testable import ZipArchive

/// Archives that Info-ZIP's `unzip` and Python's `zipfile` read back entry by entry.
struct ZipWriterTests {
    /// Every case as an entry, plus a name with umlauts in a folder.
    static func archive() throws -> [UInt8] {
        var writer = ZipWriter()
        let time = ZipEntryTime(year: 2026, month: 12, day: 5, hour: 4, minute: 5, second: 6)
        for (name, bytes) in ZipFixtures.cases { try writer.add(name: name, contents: bytes, modified: time) }
        try writer.add(name: "Ordner/Größe ü.txt", contents: Array("äöü".utf8), modified: time)
        return try writer.finished()
    }

    @Test(.requires(.unzip)) func unzipTestsTheArchive() throws {
        try ZipFixtures.withFolder { folder in
            try Data(Self.archive()).write(to: URL(fileURLWithPath: folder + "/test.zip"))
            let outcome = try #require(try ExternalTool.unzip.run(["-t", folder + "/test.zip"]))
            #expect(outcome.status == 0, "\(outcome.output)")
            #expect(outcome.output.contains("No errors detected"), "\(outcome.output)")
            #expect(outcome.output.contains("Größe ü.txt"), "\(outcome.output)")
        }
    }

    /// `zipfile` finds every entry with its contents, CRC, UTF-8 flag, time, and the method we chose:
    /// stored for empty and random entries, deflated for text.
    @Test(.requires(.python)) func pythonReadsEveryEntry() throws {
        try ZipFixtures.withFolder { folder in
            try Data(Self.archive()).write(to: URL(fileURLWithPath: folder + "/test.zip"))
            for (index, (_, bytes)) in ZipFixtures.cases.enumerated() {
                try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/\(index).raw"))
            }
            let script = """
                import sys, zipfile
                folder = sys.argv[1]
                with zipfile.ZipFile(folder + "/test.zip") as archive:
                    assert archive.testzip() is None
                    infos = archive.infolist()
                    for index, info in enumerate(infos[:-1]):
                        same = archive.read(info) == open(f"{folder}/{index}.raw", "rb").read()
                        method = "deflated" if info.compress_type == zipfile.ZIP_DEFLATED else "stored"
                        print(info.filename, same, method, info.flag_bits & 0x800, info.date_time)
                    print(infos[-1].filename, archive.read(infos[-1]).decode("utf-8"))
                """
            let outcome = try #require(try ExternalTool.python.run(["-c", script, folder]))
            #expect(outcome.status == 0, "\(outcome.output)")
            let lines = outcome.output.split(separator: "\n").map(String.init)
            let time = "2048 (2026, 12, 5, 4, 5, 6)"
            #expect(
                lines == [
                    "empty True stored \(time)", "one byte True stored \(time)", "two bytes True stored \(time)",
                    "short text True deflated \(time)", "text 200 KiB True deflated \(time)",
                    "random 100 KiB True stored \(time)", "zeros 300 KiB True deflated \(time)",
                    "period 3 True deflated \(time)", "window edge True deflated \(time)",
                    "mixed True deflated \(time)", "Ordner/Größe ü.txt äöü",
                ], "\(outcome.output)")
        }
    }

    @Test func namesMustBeNonEmptyAndUnique() throws {
        var writer = ZipWriter()
        try writer.add(name: "a", contents: [])
        #expect(throws: ZipArchiveError.invalidName("a")) { try writer.add(name: "a", contents: [1]) }
        #expect(throws: ZipArchiveError.invalidName("")) { try writer.add(name: "", contents: [1]) }
        #expect(writer.count == 1)
    }

    /// 65,535 in the entry count marks a ZIP64 archive, so the writer stops at 65,534.
    @Test func entryCountIsLimited() throws {
        var writer = ZipWriter()
        for index in 0..<65_534 { try writer.add(name: String(index), contents: []) }
        #expect(throws: ZipArchiveError.tooManyEntries) { try writer.add(name: "one more", contents: []) }
        let archive = try writer.finished()
        #expect(archive.suffix(22).prefix(12).suffix(4) == [0xFE, 0xFF, 0xFE, 0xFF])
    }

    @Test func dosTimeFields() {
        let time = ZipEntryTime(year: 2026, month: 12, day: 5, hour: 4, minute: 5, second: 7)
        #expect(time.date == UInt16(46 << 9 | 12 << 5 | 5))
        #expect(time.time == UInt16(4 << 11 | 5 << 5 | 3))
        #expect(ZipEntryTime(year: 1970, month: 6, day: 1, hour: 1, minute: 1, second: 1) == .earliest)
    }
}
