/// Intervals on one line already taken by labels or marks, to refuse a
/// label that would overlap another.
struct OccupiedSpans: Sendable {
    private var spans: [(low: Double, high: Double)] = []
    /// The least free space kept between two labels.
    var spacing = 3.0

    /// Whether `low...high` keeps its distance from every taken interval.
    func isFree(_ low: Double, _ high: Double) -> Bool {
        !spans.contains { low < $0.high + spacing && $0.low < high + spacing }
    }

    /// Marks `low...high` as taken, whether or not it was free.
    mutating func take(_ low: Double, _ high: Double) {
        spans.append((low, high))
    }

    /// Takes `low...high` if it is free.
    /// - Returns: Whether the interval was free and is now taken.
    mutating func claim(_ low: Double, _ high: Double) -> Bool {
        guard isFree(low, high) else { return false }
        take(low, high)
        return true
    }
}
