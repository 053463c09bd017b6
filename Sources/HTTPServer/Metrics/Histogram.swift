/// A cumulative histogram as Prometheus counts it: how many observations fell
/// at or below each upper bound, their number and their sum.
///
/// A value type without locking; whoever shares one guards it (see `ServerMetrics`).
public struct Histogram: Sendable, Equatable {
    /// The upper bounds, ascending; `+Inf` is implied after the last.
    public let bounds: [Double]
    /// Observations at or below each bound (not yet cumulative: one count per bucket).
    private var bucketCounts: [Int]
    /// Every observation, including those above the last bound.
    public private(set) var count = 0
    /// The sum of every observation.
    public private(set) var sum = 0.0

    /// Creates an empty histogram; `bounds` are sorted and duplicates dropped, so no input makes it inconsistent.
    public init(bounds: [Double]) {
        self.bounds = Array(Set(bounds.filter(\.isFinite))).sorted()
        bucketCounts = Array(repeating: 0, count: self.bounds.count)
    }

    /// Counts one observation; NaN is ignored so that the sum stays a number.
    public mutating func observe(_ value: Double) {
        guard !value.isNaN else { return }
        count += 1
        sum += value
        if let index = bounds.firstIndex(where: { value <= $0 }) { bucketCounts[index] += 1 }
    }

    /// Observations at or below each bound, cumulative as the exposition format wants them.
    public var cumulativeCounts: [Int] {
        var running = 0
        return bucketCounts.map { count in
            running += count
            return running
        }
    }

    /// Bounds for durations in seconds, from a millisecond to ten seconds.
    public static let secondsBounds = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
}
