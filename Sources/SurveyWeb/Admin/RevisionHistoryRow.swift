import Foundation
import SurveyStore

/// One row of a response's revision history on the office's response page.
///
/// A school that saves page by page leaves dozens of drafts; listed one by
/// one they bury the submit and the void. Consecutive drafts therefore share
/// one row ("3 Entwürfe, 12.11.–14.11."), every other record keeps its own.
struct RevisionHistoryRow: Equatable {
    /// What the row stands for.
    enum Kind: Equatable {
        case drafts(count: Int)
        case submit
        case void(reason: String?)
    }

    let kind: Kind
    let firstRevision: Int
    let lastRevision: Int
    let firstTime: Date
    let lastTime: Date

    /// The rows of `records`, in log order, with runs of drafts collapsed.
    static func rows(of records: [ResponseRecord]) -> [RevisionHistoryRow] {
        var rows: [RevisionHistoryRow] = []
        for record in records {
            let time = ReceiptFormat.date(record.time)
            if record.kind == .draft, let last = rows.last, case .drafts(let count) = last.kind {
                rows[rows.count - 1] = RevisionHistoryRow(
                    kind: .drafts(count: count + 1), firstRevision: last.firstRevision,
                    lastRevision: record.revision, firstTime: last.firstTime, lastTime: time)
                continue
            }
            let kind: Kind =
                switch record.kind {
                case .draft: .drafts(count: 1)
                case .submit: .submit
                case .void: .void(reason: record.reason)
                }
            rows.append(
                RevisionHistoryRow(
                    kind: kind, firstRevision: record.revision, lastRevision: record.revision, firstTime: time,
                    lastTime: time))
        }
        return rows
    }

    /// The revision or range of revisions, `4` or `2–4`.
    var revisions: String {
        firstRevision == lastRevision ? String(firstRevision) : "\(firstRevision)–\(lastRevision)"
    }

    /// What happened, in the office's language: „Abgeschickt“, „3 Entwürfe“.
    func kindText(_ ui: UILanguage) -> String {
        switch kind {
        case .drafts(let count): HistoryPhrase.drafts(count).text(ui)
        case .submit: HistoryPhrase.submitted.text(ui)
        case .void: HistoryPhrase.voided.text(ui)
        }
    }

    /// When it happened: one time, or the span of a run of drafts, shortened where both ends share a day.
    func timeText(timeZone: TimeZone, ui: UILanguage) -> String {
        let first = ReceiptFormat.time(firstTime, timeZone: timeZone, ui: ui)
        let last = ReceiptFormat.time(lastTime, timeZone: timeZone, ui: ui)
        // Drafts saved within one minute read as one time.
        guard first != last else { return first }
        let firstDay = ReceiptFormat.date(firstTime, timeZone: timeZone, ui: ui)
        let lastDay = ReceiptFormat.date(lastTime, timeZone: timeZone, ui: ui)
        switch ui {
        case .de:
            // „12.11.2026, 10:15–11:40 Uhr“ or „12.11.–14.11.2026“.
            if firstDay == lastDay { return "\(first.dropLast(4))–\(last.suffix(9))" }
            let sameYear = firstDay.suffix(4) == lastDay.suffix(4)
            return "\(sameYear ? String(firstDay.prefix(6)) : firstDay)–\(lastDay)"
        case .en:
            // "2026-11-12 10:15–11:40" or "2026-11-12 – 2026-11-14".
            if firstDay == lastDay { return "\(first)–\(last.suffix(5))" }
            return "\(firstDay) – \(lastDay)"
        }
    }

    /// Why the response was voided; empty for other rows.
    var reason: String {
        if case .void(let reason) = kind { return reason ?? "" }
        return ""
    }
}
