/// A labelled row of values, one per series or scale point, the input of
/// the charts that compare several numbers per category.
public struct ChartRow: Sendable, Hashable {
    /// The text that names the category.
    public var label: String
    /// The values in the order of the chart's series or categories.
    public var values: [ChartValue]

    /// Creates a row from its label and values.
    public init(_ label: String, _ values: [ChartValue]) {
        self.label = label
        self.values = values
    }

    /// Whether the caller suppressed any of the row's values.
    var isSuppressed: Bool { values.contains(.suppressed) }

    /// The row's values as percentages of their total, or `nil` if one is
    /// suppressed, missing or negative, or the total is zero: a share of an
    /// incomplete row would be wrong, so such a row is drawn as a dash.
    func completeShares(count: Int) -> [Double]? {
        guard values.count == count else { return nil }
        var numbers: [Double] = []
        for value in values {
            guard let number = value.plottable, number >= 0 else { return nil }
            numbers.append(number)
        }
        let total = numbers.reduce(0, +)
        guard total > 0 else { return nil }
        return numbers.map { $0 / total * 100 }
    }
}
