/// A figure that is a count of respondents and therefore subject to suppression.
protocol CountCell {
    /// The count; nil once suppressed.
    var count: Int? { get set }
    /// Why the count is hidden.
    var withheld: Withheld? { get set }
}

extension Frequency: CountCell {}

extension HistogramBin: CountCell {}

/// A ranking option's cell is how often it was put first.
extension RankedOption: CountCell {
    var count: Int? {
        get { first }
        set { first = newValue }
    }
}
