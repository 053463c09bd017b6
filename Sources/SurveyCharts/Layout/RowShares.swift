/// How one row of a 100 % chart (stacked or diverging) is divided.
///
/// Visible values keep their true share of the row's total. The hidden
/// values together take what is left, 100 % minus the visible shares, a
/// figure anyone can work out from the table. Hidden values next to each
/// other are merged into one segment; separate runs of hidden values share
/// the rest in equal parts, so their widths are not their values and the
/// description says so.
struct RowShares: Sendable, Equatable {
    /// A piece of the bar: one visible value, or a run of adjacent hidden ones.
    struct Segment: Sendable, Equatable {
        /// The positions of the values the segment stands for.
        var cells: Range<Int>
        /// Its width in percent of the row.
        var share: Double
        /// The reasons of its hidden values, in order; empty when visible.
        var reasons: [SuppressionReason]

        var isHidden: Bool { !reasons.isEmpty }
    }

    /// The width of each value in percent: the true share of a visible one,
    /// its equal part of its run for a hidden one.
    let widths: [Double]
    /// The segments from the first value to the last.
    let segments: [Segment]
    /// What the hidden values take together, in percent.
    let hiddenShare: Double

    /// Whether the value at `index` is hidden.
    func isHidden(_ index: Int) -> Bool {
        segments.contains { $0.isHidden && $0.cells.contains(index) }
    }

    /// How many separate runs of hidden values share ``hiddenShare``.
    var hiddenRuns: Int { segments.filter(\.isHidden).count }

    /// Divides `row`, or returns `nil` when it cannot be drawn: a value is
    /// missing or negative, every value is hidden, or the total is not positive.
    ///
    /// - Parameters:
    ///   - count: The number of values the chart expects.
    ///   - breaks: Positions that start a new part of the bar drawn apart
    ///     (such as "not applicable"), so hidden values on both sides of
    ///     one are not merged.
    init?(_ row: ChartRow, count: Int, breaks: Set<Int> = []) {
        guard count > 0, row.values.count == count else { return nil }
        var numbers: [Double?] = []
        for value in row.values {
            switch value {
            case .suppressed: numbers.append(nil)
            case .number(let number):
                guard number.isFinite, number >= 0 else { return nil }
                numbers.append(number)
            }
        }
        let visible = numbers.compactMap { $0 }
        guard !visible.isEmpty else { return nil }
        let hasHidden = visible.count < numbers.count
        let total = row.total ?? (hasHidden ? 100 : visible.reduce(0, +))
        guard total.isFinite, total > 0 else { return nil }

        var segments: [Segment] = []
        for index in numbers.indices {
            if let number = numbers[index] {
                segments.append(Segment(cells: index..<index + 1, share: number / total * 100, reasons: []))
                continue
            }
            let reason = row.values[index].suppressionReason ?? .fewAnswers
            if let last = segments.last, last.isHidden, last.cells.upperBound == index, !breaks.contains(index) {
                segments[segments.count - 1].cells = last.cells.lowerBound..<index + 1
                if !last.reasons.contains(reason) { segments[segments.count - 1].reasons.append(reason) }
            } else {
                segments.append(Segment(cells: index..<index + 1, share: 0, reasons: [reason]))
            }
        }
        let hiddenShare = max(0, 100 - segments.filter { !$0.isHidden }.map(\.share).reduce(0, +))
        let runs = segments.filter(\.isHidden).count
        var widths = Array(repeating: 0.0, count: count)
        for index in segments.indices {
            if segments[index].isHidden { segments[index].share = hiddenShare / Double(runs) }
            let cells = segments[index].cells
            for cell in cells { widths[cell] = segments[index].share / Double(cells.count) }
        }
        self.widths = widths
        self.segments = segments
        self.hiddenShare = hasHidden ? hiddenShare : 0
    }
}
