import Foundation
import SurveyStore

/// How times and response numbers appear to people.
enum ReceiptFormat {
    /// `27.11.2026, 10:15 Uhr` in German, `2026-11-27 10:15` otherwise, in `timeZone`.
    static func time(_ date: Date, timeZone: TimeZone, ui: UILanguage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : String(value)
        }
        let year = String(parts.year ?? 0)
        switch ui {
        case .de: return "\(two(parts.day)).\(two(parts.month)).\(year), \(two(parts.hour)):\(two(parts.minute)) Uhr"
        case .en: return "\(year)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
        }
    }

    /// The day alone: `27.11.2026` in German, `2026-11-27` otherwise.
    static func date(_ date: Date, timeZone: TimeZone, ui: UILanguage) -> String {
        String(time(date, timeZone: timeZone, ui: ui).prefix(10))
    }

    /// A store timestamp as a `Date`.
    static func date(_ timestamp: Timestamp) -> Date {
        Date(timeIntervalSince1970: Double(timestamp.millisecondsSince1970) / 1000)
    }

    /// The short number a participant can quote: the first eight digits of the response id, grouped.
    static func responseNumber(_ responseID: String) -> String {
        let digits = responseID.uppercased().prefix(8)
        return "\(digits.prefix(4))-\(digits.dropFirst(4))"
    }
}
