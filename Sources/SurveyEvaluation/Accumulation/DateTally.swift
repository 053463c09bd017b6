/// Counts of a date question by day, which gives both the range and the months.
public struct DateTally: Sendable, Hashable {
    /// Answers per day, keyed `year * 10000 + month * 100 + day` so keys sort as dates.
    public internal(set) var days: [Int: Int] = [:]

    init() {}

    mutating func add(year: Int, month: Int, day: Int, weight: Int) {
        let key = year * 10000 + month * 100 + day
        let updated = days[key, default: 0] + weight
        guard updated >= 0 else { return } // more taken back than added: see ValueCounts.add
        days[key] = updated == 0 ? nil : updated
    }

    /// The earliest and latest day, as keys.
    public var range: ClosedRange<Int>? {
        guard let low = days.keys.min(), let high = days.keys.max() else { return nil }
        return low...high
    }

    /// Answers per month, keyed `year * 100 + month`, in order.
    public var months: [(month: Int, count: Int)] {
        var byMonth: [Int: Int] = [:]
        for (day, count) in days { byMonth[day / 100, default: 0] += count }
        return byMonth.sorted { $0.key < $1.key }.map { (month: $0.key, count: $0.value) }
    }
}
