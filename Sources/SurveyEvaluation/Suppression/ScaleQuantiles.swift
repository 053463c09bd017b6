/// Whether a scale's quantile can be shown next to hidden cells.
///
/// A quantile interpolates between two order statistics (``Quantile``, type 7),
/// and where each of them lies is an inequality on the cumulative counts. When
/// every hidden cell lies below both order statistics, or above both, the
/// inequalities hold the hidden cells only as their sum, which the base gives
/// anyway; the quantile then tells nothing about how the sum splits. A
/// quantile on a hidden point would show that cell is not empty, and one with
/// hidden cells on both sides would tell how many lie below it.
struct ScaleQuantiles {
    /// One point of the scale with its true count and whether it is hidden.
    struct Point {
        var value: Int
        var count: Int
        var hidden: Bool
    }

    /// The points in scale order ("not applicable" left out).
    let points: [Point]

    /// Whether the quantile at `p` leaves the hidden cells hidden.
    func isSafe(_ p: Double) -> Bool {
        let n = points.reduce(0) { $0 + $1.count }
        guard n > 0 else { return false }
        let position = Double(n - 1) * p
        let lowerRank = Int(position.rounded(.down))
        let upperRank = position == position.rounded(.down) ? lowerRank : min(n - 1, lowerRank + 1)
        let lower = value(atRank: lowerRank)
        let upper = value(atRank: upperRank)
        let hidden = points.filter(\.hidden).map(\.value)
        return hidden.allSatisfy { $0 < lower } || hidden.allSatisfy { $0 > upper }
    }

    /// The value of the answer at `rank` (from 0) in ascending order.
    private func value(atRank rank: Int) -> Int {
        var seen = 0
        for point in points {
            seen += point.count
            if rank < seen { return point.value }
        }
        return points.last?.value ?? 0
    }
}
