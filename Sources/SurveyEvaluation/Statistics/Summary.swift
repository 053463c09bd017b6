/// Descriptive statistics of a set of numbers.
///
/// The standard deviation is the sample standard deviation (divisor n − 1);
/// median and quartiles use ``Quantile/linear(_:_:)``. Every figure but `n`
/// is nil when it is undefined (no values; `sd` also for a single value).
public struct Summary: Sendable, Hashable {
    public var n: Int
    public var mean: Double?
    public var median: Double?
    public var sd: Double?
    public var min: Double?
    public var max: Double?
    public var q1: Double?
    public var q3: Double?

    /// Creates a summary from given figures.
    public init(
        n: Int, mean: Double? = nil, median: Double? = nil, sd: Double? = nil, min: Double? = nil,
        max: Double? = nil, q1: Double? = nil, q3: Double? = nil
    ) {
        self.n = n
        self.mean = mean
        self.median = median
        self.sd = sd
        self.min = min
        self.max = max
        self.q1 = q1
        self.q3 = q3
    }

    /// Summarises values given as ascending distinct values with counts.
    public init(sorted: [(value: Double, count: Int)]) {
        let n = sorted.reduce(0) { $0 + $1.count }
        self.init(n: n)
        guard n > 0 else { return }
        // Two passes over the distinct values: the mean first, then squared
        // deviations from it, which stays accurate where Σx² − n·x̄² cancels.
        let mean = sorted.reduce(0.0) { $0 + $1.value * Double($1.count) } / Double(n)
        self.mean = mean
        if n > 1 {
            let squares = sorted.reduce(0.0) { sum, entry in
                let deviation = entry.value - mean
                return sum + deviation * deviation * Double(entry.count)
            }
            sd = (squares / Double(n - 1)).squareRoot()
        }
        min = sorted.first?.value
        max = sorted.last?.value
        median = Quantile.linear(sorted, 0.5)
        q1 = Quantile.linear(sorted, 0.25)
        q3 = Quantile.linear(sorted, 0.75)
    }

    /// Summarises a multiset of values.
    public init(_ values: ValueCounts) {
        self.init(sorted: values.sorted)
    }
}
