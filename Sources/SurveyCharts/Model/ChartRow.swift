/// A labelled row of values, one per series or scale point, the input of
/// the charts that compare several numbers per category.
public struct ChartRow: Sendable, Hashable {
    /// The text that names the category.
    public var label: String
    /// The values in the order of the chart's series or categories.
    public var values: [ChartValue]
    /// The whole the values are parts of in stacked and diverging charts:
    /// the row's base count, or 100 when the values are percentages.
    ///
    /// `nil` takes the sum of the values, which is unknown once a value is
    /// hidden; such a row's values are then read as percentages.
    public var total: Double?

    /// Creates a row from its label, values and, for 100 % charts, their whole.
    public init(_ label: String, _ values: [ChartValue], total: Double? = nil) {
        self.label = label
        self.values = values
        self.total = total
    }

    /// The reason when every value of the row is hidden, as when its whole
    /// group is withheld; only such a row is drawn as a single dash.
    var withheldReason: SuppressionReason? {
        let reasons = values.compactMap(\.suppressionReason)
        guard !values.isEmpty, reasons.count == values.count else { return nil }
        return reasons.first
    }
}
