import Foundation
import SurveyStore

/// A store time as the office reads it: minutes, in the survey's time zone.
enum LocalTime {
    /// `2026-11-27 09:14` in `timeZone`; `never` for nil.
    static func minutes(_ time: Timestamp?, in timeZone: TimeZone, never: String) -> String {
        guard let time else { return never }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let date = Date(timeIntervalSince1970: Double(time.millisecondsSince1970) / 1000)
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : String(value)
        }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
