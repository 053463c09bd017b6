/// A category label and its value, the input of single-series charts.
public struct LabelledValue: Sendable, Hashable {
    public var label: String
    public var value: ChartValue

    public init(_ label: String, _ value: ChartValue) {
        self.label = label
        self.value = value
    }
}
