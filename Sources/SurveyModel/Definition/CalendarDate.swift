/// A day in the proleptic Gregorian calendar, without time or time zone.
///
/// Answers of date questions and their `min`/`max` bounds are calendar dates,
/// written in ISO 8601 form (`2024-08-01`).
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date if the day exists (`2023-02-29` does not).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
            let year = CalendarDate.number(scalars[0..<4]),
            let month = CalendarDate.number(scalars[5..<7]),
            let day = CalendarDate.number(scalars[8..<10])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The value the expression language uses for this date.
    public var expressionValue: ExpressionValue { .date(year: year, month: month, day: day) }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Reads a run of ASCII digits; nil if any other character appears.
    package static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var result = 0
        for scalar in scalars {
            guard ("0"..."9").contains(scalar) else { return nil }
            result = result * 10 + Int(scalar.value - 48)
        }
        return scalars.isEmpty ? nil : result
    }
}
