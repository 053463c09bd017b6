/// Counts of a date question by day, which gives both the range and the bins (`DateBins.swift`).
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

}
