/// How plausible values of a number question are spread.
public enum NumberHint: Sendable, Hashable {
    /// Skewed like school sizes: half the values below `median`, `spread` the standard deviation of the logarithm.
    case logNormal(median: Double, spread: Double)
    /// Proportional to an earlier answer, as teachers are to pupils: on average `factor` times question `base`.
    case ratio(of: String, factor: Double, spread: Double)
    /// Evenly spread whole numbers, such as years.
    case uniform(ClosedRange<Int>)
}
