/// How finely a date question's answers are counted: by month, quarter,
/// year, decade or century.
public enum DateBinWidth: String, Sendable, Hashable, CaseIterable {
    case month, quarter, year, decade, century

    /// The most bins a date chart gets; more would not be readable on a page.
    public static let maximumBins = 24

    /// The bin of a day keyed `year * 10000 + month * 100 + day`, as a key
    /// that counts up by one from bin to bin.
    func bin(ofDay day: Int) -> Int {
        let year = day / 10000
        let month = day / 100 % 100
        switch self {
        case .month: return year * 12 + (month - 1)
        case .quarter: return year * 4 + (month - 1) / 3
        case .year: return year
        case .decade: return year / 10
        case .century: return year / 100
        }
    }

    /// The label of bin `key`: `2024-03`, `2024-Q1`, `2024`, `2020–2029` or
    /// `1900–1999`, the same in every language.
    func label(of key: Int) -> String {
        switch self {
        case .month:
            let month = key % 12 + 1
            return "\(key / 12)-" + (month < 10 ? "0\(month)" : String(month))
        case .quarter: return "\(key / 4)-Q\(key % 4 + 1)"
        case .year: return String(key)
        case .decade: return "\(key * 10)–\(key * 10 + 9)"
        case .century: return "\(key * 100)–\(key * 100 + 99)"
        }
    }
}

/// The bins of a date question: their width and the span from the first
/// answer's bin to the last one's, empty bins included so the time axis is
/// even. Groups of a breakdown use the total's layout so their rows line up.
public struct DateBinLayout: Sendable, Hashable {
    public let width: DateBinWidth
    /// The key of the first bin.
    let first: Int
    /// The number of bins.
    let count: Int

    /// The layout for the answers in `tally`, nil when there are none.
    ///
    /// The width is the finest of month, quarter, year and decade that gives
    /// at most ``DateBinWidth/maximumBins`` bins and no more bins than
    /// answers, so that a few answers spread over years do not make a chart
    /// of empty months; centuries are taken when nothing finer fits.
    public init?(_ tally: DateTally) {
        guard let range = tally.range else { return nil }
        let answers = tally.days.values.reduce(0, +)
        width =
            DateBinWidth.allCases.first { width in
                let count = width.bin(ofDay: range.upperBound) - width.bin(ofDay: range.lowerBound) + 1
                return count <= DateBinWidth.maximumBins && count <= max(1, answers)
            } ?? .century
        first = width.bin(ofDay: range.lowerBound)
        // Malformed day keys (month 13, year 10⁹) must neither index outside
        // the bins nor ask for an absurd number of them.
        count = max(1, min(width.bin(ofDay: range.upperBound) - first + 1, 1000))
    }

    /// The answers of `tally` per bin, with labels; answers outside the
    /// span (of a group, never in practice) count in the nearest end bin.
    public func bins(_ tally: DateTally) -> [(label: String, count: Int)] {
        var counts = Array(repeating: 0, count: count)
        for (day, answers) in tally.days {
            counts[max(0, min(count - 1, width.bin(ofDay: day) - first))] += answers
        }
        return counts.indices.map { (label: width.label(of: first + $0), count: counts[$0]) }
    }
}
