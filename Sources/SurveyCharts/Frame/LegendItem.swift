/// One entry of a legend: a colour key and its label.
struct LegendItem: Sendable {
    var label: String
    var colour: Colour
    /// A marker shape for dot charts, or `nil` for a filled square.
    var shape: MarkerShape?
    /// Whether the key is hatched, the mark of hidden values.
    var hatched = false
}
