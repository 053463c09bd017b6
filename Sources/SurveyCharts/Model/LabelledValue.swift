/// A category label and its value, the input of single-series charts.
public struct LabelledValue: Sendable, Hashable {
    /// The text that names the category.
    public var label: String
    /// The value of the category.
    public var value: ChartValue

    /// Creates a labelled value.
    public init(_ label: String, _ value: ChartValue) {
        self.label = label
        self.value = value
    }
}
