extension ExpressionValue {
    /// Reads a calendar date written as `YYYY-MM-DD`, the only date format
    /// expressions accept in text, so `'2024-08-01'` can be compared with a
    /// date question.
    ///
    /// - Returns: A `.date`, or `nil` when the text is not exactly a valid
    ///   ISO 8601 calendar date (wrong shape, month 13, 30 February, …).
    public static func isoDate(_ text: String) -> ExpressionValue? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let scalar = scalars[index]
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value) - 48
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return .date(year: year, month: month, day: day)
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
