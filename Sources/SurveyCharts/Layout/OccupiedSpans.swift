/// Intervals on one line already taken by labels, to refuse one that would
/// overlap another.
struct OccupiedSpans: Sendable {
    private var spans: [(low: Double, high: Double)] = []
    /// The least free space kept between two labels.
    var spacing = 3.0

    /// Takes the interval `low...high` if it overlaps no taken one.
    /// - Returns: Whether the interval was free and is now taken.
    mutating func claim(_ low: Double, _ high: Double) -> Bool {
        for span in spans where low < span.high + spacing && span.low < high + spacing {
            return false
        }
        spans.append((low, high))
        return true
    }
}
