import Foundation

/// Reads the `opens` and `closes` instants of a survey.
enum ScheduleTime {
    /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` with an optional `Z` or `±HH:MM`.
    ///
    /// Without an offset the time is local to `timeZone`. A date alone means the
    /// start of that day, or with `endOfDay` the start of the next day, so that
    /// `"closes": "2025-03-31"` accepts answers all through March 31.
    static func parse(_ text: String, timeZone: TimeZone, endOfDay: Bool) -> Date? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10, let date = CalendarDate(iso: String(String.UnicodeScalarView(scalars[0..<10])))
        else { return nil }
        var components = DateComponents(year: date.year, month: date.month, day: date.day)
        var zone = timeZone
        if scalars.count == 10 {
            if endOfDay { components.day = date.day + 1 }
        } else {
            var rest = scalars[10...]
            guard rest.popFirst() == "T", let time = clock(&rest) else { return nil }
            (components.hour, components.minute, components.second) = time
            if !rest.isEmpty {
                guard let offset = offset(rest) else { return nil }
                zone = TimeZone(secondsFromGMT: offset) ?? timeZone
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: components)
    }

    /// Reads `HH:MM` or `HH:MM:SS` from the front of `rest`.
    private static func clock(_ rest: inout ArraySlice<Unicode.Scalar>) -> (Int, Int, Int)? {
        func twoDigits() -> Int? {
            guard rest.count >= 2 else { return nil }
            let value = CalendarDate.number(rest.prefix(2))
            rest = rest.dropFirst(2)
            return value
        }
        guard let hour = twoDigits(), rest.popFirst() == ":", let minute = twoDigits(),
            hour < 24, minute < 60
        else { return nil }
        var second = 0
        if rest.first == ":" {
            rest = rest.dropFirst()
            guard let value = twoDigits(), value < 60 else { return nil }
            second = value
        }
        return (hour, minute, second)
    }

    /// Reads `Z` or `±HH:MM` as seconds east of UTC.
    private static func offset(_ rest: ArraySlice<Unicode.Scalar>) -> Int? {
        if rest.count == 1, rest.first == "Z" { return 0 }
        guard rest.count == 6, let sign = rest.first, sign == "+" || sign == "-",
            let hours = CalendarDate.number(rest.dropFirst().prefix(2)),
            rest.dropFirst(3).first == ":",
            let minutes = CalendarDate.number(rest.suffix(2)),
            hours < 15, minutes < 60
        else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}
