/// Quantiles by linear interpolation between order statistics.
///
/// This is Hyndman and Fan's definition 7, the default of R's `quantile`,
/// of pandas and of NumPy, and Excel's `QUARTIL.INKL`. Medians agree with
/// every common package; quartiles of small samples can differ from SPSS,
/// whose default is definition 6 (see `docs/statistics.md`).
public enum Quantile {
    /// The `p` quantile (0…1) of values given as ascending distinct values with counts.
    ///
    /// Position `h = (n − 1)·p` (0-based); the result interpolates between the
    /// values at ⌊h⌋ and ⌊h⌋ + 1. Nil when there are no values.
    public static func linear(_ sorted: [(value: Double, count: Int)], _ p: Double) -> Double? {
        let n = sorted.reduce(0) { $0 + $1.count }
        guard n > 0 else { return nil }
        let h = Double(n - 1) * min(max(p, 0), 1)
        let lowerRank = Int(h.rounded(.down))
        let fraction = h - Double(lowerRank)
        let lower = value(atRank: lowerRank, in: sorted)
        guard fraction > 0 else { return lower }
        let upper = value(atRank: min(lowerRank + 1, n - 1), in: sorted)
        return lower + fraction * (upper - lower)
    }

    /// The `p` quantile of plain values in ascending order.
    public static func linear(sortedValues: [Double], _ p: Double) -> Double? {
        linear(sortedValues.map { (value: $0, count: 1) }, p)
    }

    /// The value at 0-based `rank` of the expanded sequence; `rank` is in range.
    private static func value(atRank rank: Int, in sorted: [(value: Double, count: Int)]) -> Double {
        var seen = 0
        for entry in sorted {
            seen += entry.count
            if rank < seen { return entry.value }
        }
        return sorted.last?.value ?? 0
    }
}
