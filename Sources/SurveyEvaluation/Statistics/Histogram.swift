/// Equal-width bins for a histogram of a number question.
///
/// Widths are "nice" (1, 2 or 5 times a power of ten, and 2.5 for decimals)
/// and bin edges are multiples of the width, so the labels read `0–9`,
/// `10–19` rather than `3.17–8.42`. Integer data never gets a width below 1,
/// and when it spans few enough values every integer gets its own bin.
/// Given the question's maximum, the bins end there: the last bin includes
/// it, so a 0–100 question ends with `80–100`, never with a bin `100–119`.
public struct Histogram: Sendable, Hashable {
    /// One bin: values `v` with `lower ≤ v < upper`, or `≤ upper` when it includes its upper edge.
    public struct Bin: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        public var count: Int
        /// Set on a last bin that ends at the question's maximum and holds it.
        public var includesUpper: Bool

        public init(lower: Double, upper: Double, count: Int, includesUpper: Bool = false) {
            self.lower = lower
            self.upper = upper
            self.count = count
            self.includesUpper = includesUpper
        }
    }

    /// The bins in ascending order, contiguous, empty ones included.
    public var bins: [Bin]
    /// The width of every bin.
    public var width: Double

    /// The most bins a histogram gets; more would not fit a printed page.
    public static let maximumBins = 20

    /// Bins `values`; no bins when there are no values.
    ///
    /// - Parameters:
    ///   - values: The data.
    ///   - integer: The data are whole numbers (bins then cover whole numbers).
    ///   - maximum: The largest value the question accepts, where the bins end.
    ///   - targetBins: About how many bins to aim for; Sturges' rule when nil.
    public init(_ values: ValueCounts, integer: Bool, maximum: Double? = nil, targetBins: Int? = nil) {
        self.init(
            sorted: values.sorted, total: values.total, integer: integer, maximum: maximum, targetBins: targetBins)
    }

    /// Bins values already in ascending order (``ValueCounts/sorted``), so that a caller that also
    /// summarises them sorts them once.
    /// - Parameter total: The number of values, counting repeats.
    public init(
        sorted: [(value: Double, count: Int)], total: Int, integer: Bool, maximum: Double? = nil, targetBins: Int? = nil
    ) {
        guard let low = sorted.first?.value, let high = sorted.last?.value, low.isFinite, high.isFinite else {
            self.init(bins: [], width: 1)
            return
        }
        let target = min(max(targetBins ?? Histogram.sturges(total), 1), Histogram.maximumBins)
        let width = Histogram.niceWidth(span: high - low, target: target, integer: integer)
        let start = (low / width).rounded(.down) * width
        let binCount = Histogram.binIndex(of: high, start: start, width: width, count: Histogram.maximumBins + 1) + 1
        var bins = (0..<binCount).map { index in
            Bin(lower: start + Double(index) * width, upper: start + Double(index + 1) * width, count: 0)
        }
        if let maximum { bins = Histogram.ending(bins, at: maximum, unitWide: integer && width == 1) }
        for entry in sorted {
            let index = Histogram.binIndex(of: entry.value, start: start, width: width, count: bins.count)
            bins[index].count += entry.count
        }
        self.init(bins: bins, width: width)
    }

    /// `bins` without those that start at or beyond `maximum`, the last one
    /// ending at `maximum` and including it. Integer bins one unit wide are
    /// kept: each already stands for a single value, so none runs beyond.
    private static func ending(_ bins: [Bin], at maximum: Double, unitWide: Bool) -> [Bin] {
        guard maximum.isFinite, !unitWide else { return bins }
        var kept = bins.filter { $0.lower < maximum }
        guard let last = kept.indices.last, kept[last].upper >= maximum else { return bins }
        kept[last].upper = maximum
        kept[last].includesUpper = true
        return kept
    }

    /// Bins `values` into the same bins as `layout`, so groups of a breakdown line up with the total.
    ///
    /// Values outside the layout's range go into its first or last bin. Binning needs no order, so the
    /// values are not sorted.
    public init(_ values: ValueCounts, layout: Histogram) {
        var bins = layout.bins.map { Bin(lower: $0.lower, upper: $0.upper, count: 0, includesUpper: $0.includesUpper) }
        if let start = bins.first?.lower {
            for (value, count) in values.counts {
                bins[Histogram.binIndex(of: value, start: start, width: layout.width, count: bins.count)].count += count
            }
        }
        self.init(bins: bins, width: layout.width)
    }

    private init(bins: [Bin], width: Double) {
        self.bins = bins
        self.width = width
    }

    /// The bin of `value`, clamped to `0..<count` whatever the arithmetic gives.
    private static func binIndex(of value: Double, start: Double, width: Double, count: Int) -> Int {
        let position = ((value - start) / width).rounded(.down)
        guard position.isFinite, position > 0 else { return 0 }
        return position >= Double(count - 1) ? count - 1 : Int(position)
    }

    /// Sturges' rule, ⌈log₂ n⌉ + 1 bins.
    static func sturges(_ n: Int) -> Int {
        var bits = 0
        while bits < 62, (1 << bits) < n { bits += 1 }
        return bits + 1
    }

    /// The smallest nice width that covers `span` in at most `target` bins.
    static func niceWidth(span: Double, target: Int, integer: Bool) -> Double {
        let raw = span / Double(target)
        // Spans too small for a power of ten to describe get one unit-wide bin.
        guard span > 0, raw >= 1e-12, raw.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        let steps = integer ? [1.0, 2, 5, 10] : [1.0, 2, 2.5, 5, 10]
        for step in steps where step * magnitude >= raw {
            let width = step * magnitude
            if !integer || width >= 1 { return integer ? width.rounded(.up) : width }
        }
        return integer ? max(1, (magnitude * 10).rounded(.up)) : magnitude * 10
    }
}
