/// A file's modification time as ZIP stores it: MS-DOS date and time fields, local time of day,
/// two-second steps, years 1980–2107.
package struct ZipEntryTime: Sendable, Hashable {
    /// Bits 15–9 year since 1980, 8–5 month, 4–0 day.
    package let date: UInt16
    /// Bits 15–11 hour, 10–5 minute, 4–0 seconds divided by two.
    package let time: UInt16

    /// The time given by its parts; years outside 1980–2107 are clamped to the nearest the format has,
    /// and the seconds rounded down to an even number.
    package init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let clamped =
            year < 1980
            ? (year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0)
            : year > 2107
                ? (year: 2107, month: 12, day: 31, hour: 23, minute: 59, second: 58)
                : (year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        date = UInt16(
            (clamped.year - 1980) << 9 | min(max(clamped.month, 1), 12) << 5 | min(max(clamped.day, 1), 31))
        time = UInt16(
            min(max(clamped.hour, 0), 23) << 11 | min(max(clamped.minute, 0), 59) << 5
                | min(max(clamped.second, 0), 59) / 2)
    }

    /// 1980-01-01 00:00, the earliest time the format has, for entries whose time does not matter.
    package static let earliest = ZipEntryTime(year: 1980, month: 1, day: 1, hour: 0, minute: 0, second: 0)
}
