import Foundation
import Testing

@testable import SurveyStore

/// The store's folder of published reports: written whole or not at all, read back, withdrawn, links revoked.
@Suite struct PublishedReportsTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("published-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func report(id: String, audience: PublishedReport.Audience = .committee) -> PublishedReport {
        PublishedReport(
            id: id, surveyID: "digital", title: "Schulträgerausschuss, Sitzung vom 13.11.2026", filter: "art == 'gs'",
            breakdown: nil, language: "de", dataCutoff: Timestamp(millisecondsSince1970: 1_795_000_000_000),
            records: 42, responses: 17, minGroupSize: 5, audience: audience, publishedBy: "konto-1",
            publisherName: "Anna Meier", published: Timestamp(millisecondsSince1970: 1_795_000_001_000))
    }

    @Test func aReportIsReadBackAsWrittenAndWithdrawnInPlace() throws {
        let survey = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: survey) }
        let store = PublishedReports(surveyFolder: survey)
        let written = Self.report(id: "00aa", audience: .members(["konto-7"]))
        try store.publish(written, html: Array("<p>Bericht</p>".utf8), evaluation: Array("{}".utf8))
        #expect(store.report("00aa") == written)
        #expect(try store.file(PublishedReports.reportFile, of: "00aa") == Array("<p>Bericht</p>".utf8))
        #expect(written.isReadable(by: "konto-7"))
        #expect(!written.isReadable(by: "konto-8"))

        let withdrawn = try #require(
            try store.withdraw("00aa", by: "konto-2", now: Timestamp(millisecondsSince1970: 5)))
        #expect(withdrawn.state == .withdrawn)
        #expect(store.report("00aa") == withdrawn)
        #expect(!withdrawn.isReadable(by: "konto-7"))
        #expect(try store.file(PublishedReports.reportFile, of: "00aa") == Array("<p>Bericht</p>".utf8))
    }

    @Test func aHalfWrittenReportAndStrangeNamesAreNotListed() throws {
        let survey = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: survey) }
        let store = PublishedReports(surveyFolder: survey)
        try store.publish(Self.report(id: "01"), html: [], evaluation: [])
        // What a crash before the rename leaves behind.
        try PrivateFiles.createFolder(store.folder + "/.02.partial")
        try PrivateFiles.createFolder(store.folder + "/../published/Not-Hex")
        #expect(store.all().map(\.id) == ["01"])
        #expect(store.report("../01") == nil)
        #expect(!PublishedReports.isValidID("../01"))
    }

    @Test func revokedLinksAreListedAndAnUnreadableListRevokesAll() throws {
        let survey = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: survey) }
        let store = PublishedReports(surveyFolder: survey)
        try store.publish(Self.report(id: "0b"), html: [], evaluation: [])
        #expect(store.revokedLinks(of: "0b") == [])
        let link = ShareLinkRecord(
            id: "1234", expires: Timestamp(millisecondsSince1970: 9), created: Timestamp(millisecondsSince1970: 1),
            createdBy: "konto-1")
        try store.addShareLink(link, to: "0b")
        #expect(store.shareLinks(of: "0b") == [link])
        try store.revokeShareLink("1234", of: "0b", by: "konto-1", now: Timestamp(millisecondsSince1970: 3))
        #expect(store.revokedLinks(of: "0b") == ["1234"])
        // A list that is there but cannot be read (here: a folder in its place) opens nothing.
        try store.publish(Self.report(id: "0c"), html: [], evaluation: [])
        try PrivateFiles.createFolder(store.folder + "/0c/revoked-links.jsonl")
        #expect(store.revokedLinks(of: "0c") == nil)
    }
}
