import Foundation
import Testing

@testable import SurveyStore

/// Reading the audit log from its end a page at a time gives the lines newest first, whatever the chunk size.
@Suite struct AuditLogPagesTests {
    static func entry(_ index: Int, action: AuditAction = .download) -> AuditEntry {
        AuditEntry(
            time: Timestamp(millisecondsSince1970: 1_795_000_000_000 + Int64(index) * 1000), accountID: "u-1",
            actor: "a@kreis.de", address: "192.0.2.7", action: action, object: "o-\(index)")
    }

    @Test(arguments: [1, 7, 64, 64 * 1024])
    func pagesCoverTheLogNewestFirst(chunkSize: Int) throws {
        let folder = TemporaryDirectory()
        let log = AuditLog(folder: folder.path)
        for index in 0..<25 { try log.append(Self.entry(index)) }
        var seen: [String] = []
        var before: Int?
        repeat {
            let page = try log.page(AuditFilter(), before: before, limit: 10, chunkSize: chunkSize)
            seen += page.entries.compactMap(\.object)
            before = page.older
        } while before != nil
        #expect(seen == (0..<25).reversed().map { "o-\($0)" })
    }

    @Test func readingStopsAtTheFilterStartAndSkipsBrokenLines() throws {
        let folder = TemporaryDirectory()
        let log = AuditLog(folder: folder.path)
        for index in 0..<10 { try log.append(Self.entry(index, action: index.isMultiple(of: 3) ? .signIn : .download)) }
        // A torn last line after a crash.
        let file = try POSIXFile.openForAppending(log.path)
        try file.append(Array(#"{"time":"2026-"#.utf8))
        let signIns = try log.page(AuditFilter(action: .signIn), limit: 10)
        #expect(signIns.entries.compactMap(\.object) == ["o-9", "o-6", "o-3", "o-0"])
        let recent = try log.page(AuditFilter(since: Self.entry(7).time), limit: 10)
        #expect(recent.entries.compactMap(\.object) == ["o-9", "o-8", "o-7"])
        #expect(recent.older == nil)
        let window = try log.page(AuditFilter(since: Self.entry(2).time, until: Self.entry(4).time), limit: 10)
        #expect(window.entries.compactMap(\.object) == ["o-3", "o-2"])
    }

    @Test(arguments: [-5, 3, 1_000_000])
    func anyOffsetIsReadWithoutTrouble(before: Int) throws {
        let folder = TemporaryDirectory()
        let log = AuditLog(folder: folder.path)
        for index in 0..<3 { try log.append(Self.entry(index)) }
        let page = try log.page(AuditFilter(), before: before, limit: 10)
        #expect(page.entries.count == (before > 100 ? 3 : 0))
    }

    @Test func aMissingLogIsEmpty() throws {
        let page = try AuditLog(folder: TemporaryDirectory().path + "/none").page(AuditFilter())
        #expect(page == AuditLog.Page(entries: [], older: nil))
    }
}
