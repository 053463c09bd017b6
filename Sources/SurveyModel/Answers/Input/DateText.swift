/// Reads and writes dates as people type them: `2024-03-01` (what an HTML date field sends) or `1.3.2024`.
enum DateText {
    /// The date in `text`, or nil if it is neither form or not a real day.
    static func parse(_ text: String) -> CalendarDate? {
        let trimmed = text.trimmingSpaces
        if let date = CalendarDate(iso: trimmed) { return date }
        let parts = trimmed.unicodeScalars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 4,
            let day = CalendarDate.number(ArraySlice(parts[0])),
            let month = CalendarDate.number(ArraySlice(parts[1])),
            let year = CalendarDate.number(ArraySlice(parts[2]))
        else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// The date as a message shows it: `01.03.2024` in German, `2024-03-01` otherwise.
    static func display(_ date: CalendarDate, language: String) -> String {
        guard NumberText.isGerman(language) else { return date.description }
        let iso = date.description
        return "\(iso.suffix(2)).\(iso.dropFirst(5).prefix(2)).\(iso.prefix(4))"
    }
}
