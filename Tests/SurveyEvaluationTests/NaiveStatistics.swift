/// Textbook formulas on a plain array, the reference the accumulators are checked against.
enum NaiveStatistics {
    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    static func sd(_ values: [Double]) -> Double? {
        guard values.count > 1, let mean = mean(values) else { return nil }
        let squares = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +)
        return (squares / Double(values.count - 1)).squareRoot()
    }

    /// R type 7: 1-based position 1 + (n − 1)·p.
    static func quantile(_ values: [Double], _ p: Double) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let position = 1 + Double(sorted.count - 1) * p
        let below = Int(position.rounded(.down))
        let fraction = position - Double(below)
        let low = sorted[below - 1]
        let high = sorted[min(below, sorted.count - 1)]
        return low + fraction * (high - low)
    }
}
