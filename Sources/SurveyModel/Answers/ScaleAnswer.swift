/// The answer of a `scale` question.
public enum ScaleAnswer: Sendable, Hashable {
    /// A point of the scale, such as 4 on a scale from 1 to 5.
    case point(Int)
    /// The "not applicable" answer: given, but left out of means and medians.
    case notApplicable
}
