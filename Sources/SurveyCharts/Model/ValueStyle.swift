/// How a chart writes its numbers: as percentages, counts or plain decimals.
public enum ValueStyle: Sendable, Hashable {
    /// Values on a 0–100 scale, written `45,3 %` (German) or `45.3%` (English).
    case percent(decimals: Int)
    /// Whole numbers with thousands grouping, `1.234` or `1,234`.
    case count
    /// Numbers with a fixed count of decimals, `3,75` or `3.75`.
    case decimal(Int)

    /// Percentages with one decimal, the usual style of the reports.
    public static let percent = ValueStyle.percent(decimals: 1)

    /// Writes `value` in this style and language.
    public func format(_ value: Double, in language: ChartLanguage) -> String {
        let format = NumberFormat(language: language)
        switch self {
        case .percent(let decimals): return format.percent(value, decimals: decimals)
        case .count: return format.decimal(value, decimals: 0)
        case .decimal(let decimals): return format.decimal(value, decimals: decimals)
        }
    }

    /// True for percentages, whose axes stop at 100 when the data allow.
    var isPercent: Bool {
        if case .percent = self { return true }
        return false
    }
}
