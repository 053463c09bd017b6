/// Serial numbers of the 1900 date system, which Excel uses unless a workbook says otherwise:
/// days since 1899-12-31, with the day 1900-02-29 that never was (serial 60), kept for Lotus 1-2-3.
///
/// So from 1900-03-01 on, serial = days since 1899-12-30; January and February 1900 are one less.
/// Earlier dates have no serial number.
package enum SpreadsheetDate {
    /// 1970-01-01, the first day of the Unix epoch.
    private static let serialOf1970 = 25569
    /// Days from 1970-01-01 back to 1900-03-01 and 1900-01-01.
    private static let march1900 = -25508
    private static let january1900 = -25567

    /// The serial number of a day; nil before 1900-01-01.
    package static func serial(daysSince1970 days: Int) -> Double? {
        guard days >= january1900 else { return nil }
        return Double(days + serialOf1970 - (days < march1900 ? 1 : 0))
    }

    /// The serial number of an instant (the day plus the fraction of it gone); nil before 1900-01-01.
    package static func serial(millisecondsSince1970 milliseconds: Int64) -> Double? {
        let millisecondsPerDay: Int64 = 86_400_000
        var days = milliseconds / millisecondsPerDay
        var rest = milliseconds % millisecondsPerDay
        if rest < 0 {
            days -= 1
            rest += millisecondsPerDay
        }
        return serial(daysSince1970: Int(days)).map { $0 + Double(rest) / Double(millisecondsPerDay) }
    }
}
