import Foundation
import SurveyStore
import Testing

@testable import SurveyWeb

/// A response's history reads in the office's language, with runs of drafts in one row.
@Suite struct RevisionHistoryTests {
    private static let berlin = TimeZone(identifier: "Europe/Berlin") ?? .gmt

    /// A record of `kind` at 09:00 UTC (10:00 in Berlin) on November `day`, 2026, plus `minutes`.
    private func record(_ kind: ResponseRecord.Kind, _ revision: Int, day: Int, minutes: Int = 0) -> ResponseRecord {
        let start = Int64(1_794_474_000_000) // 2026-11-12T09:00:00Z
        let time = start + Int64((day - 12) * 86_400_000 + minutes * 60_000)
        return ResponseRecord(
            kind: kind, sequence: revision, responseID: "r", revision: revision,
            time: Timestamp(millisecondsSince1970: time), definitionVersion: "v",
            reason: kind == .void ? "doppelt" : nil)
    }

    @Test func runsOfDraftsShareOneRowAndOtherRecordsKeepTheirOwn() {
        let rows = RevisionHistoryRow.rows(of: [
            record(.draft, 1, day: 12), record(.draft, 2, day: 13), record(.draft, 3, day: 14),
            record(.submit, 4, day: 14, minutes: 5), record(.draft, 5, day: 15),
            record(.submit, 6, day: 15, minutes: 1),
            record(.void, 7, day: 16),
        ])
        #expect(
            rows.map { $0.kindText(.de) } == [
                "3 Entwürfe", "Abgeschickt", "Entwurf", "Abgeschickt", "Ungültig gemacht",
            ])
        #expect(rows.map { $0.kindText(.en) } == ["3 drafts", "Submitted", "Draft", "Submitted", "Voided"])
        #expect(rows.map(\.revisions) == ["1–3", "4", "5", "6", "7"])
        #expect(rows[0].timeText(timeZone: Self.berlin, ui: .de) == "12.11.–14.11.2026")
        #expect(rows[0].timeText(timeZone: Self.berlin, ui: .en) == "2026-11-12 – 2026-11-14")
        #expect(rows[1].timeText(timeZone: Self.berlin, ui: .de) == "14.11.2026, 10:05 Uhr")
        #expect(rows[4].reason == "doppelt")
        #expect(rows[1].reason == "")
    }

    @Test func draftsOfOneDayShowTheSpanOfTimes() {
        let rows = RevisionHistoryRow.rows(of: [record(.draft, 1, day: 12), record(.draft, 2, day: 12, minutes: 100)])
        #expect(rows.count == 1)
        #expect(rows[0].timeText(timeZone: Self.berlin, ui: .de) == "12.11.2026, 10:00–11:40 Uhr")
        #expect(rows[0].timeText(timeZone: Self.berlin, ui: .en) == "2026-11-12 10:00–11:40")
    }

    @Test func draftsWithinOneMinuteShowOneTime() {
        let rows = RevisionHistoryRow.rows(of: [record(.draft, 1, day: 12), record(.draft, 2, day: 12)])
        #expect(rows[0].timeText(timeZone: Self.berlin, ui: .de) == "12.11.2026, 10:00 Uhr")
    }

    @Test func noRecordsNoRows() {
        #expect(RevisionHistoryRow.rows(of: []).isEmpty)
    }
}
