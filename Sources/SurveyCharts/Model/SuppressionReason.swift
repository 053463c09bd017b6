/// Why the caller hid a value, so that the chart can mark and explain each
/// reason on its own.
///
/// The chart library defines its own reasons rather than using those of the
/// evaluation, which it does not know; the caller maps one onto the other.
public enum SuppressionReason: Sendable, Hashable, CaseIterable {
    /// Fewer answers than the minimum group size.
    case fewAnswers
    /// Hidden only so that other hidden values cannot be worked out from totals.
    case protectsOthers
    /// Nearly all answers were the same, so showing them would disclose everybody's answer.
    case sameAnswer

    /// The footnote mark written after the dash: superscript digits, the
    /// usual footnote marks of German reports, one per reason.
    var mark: String {
        switch self {
        case .fewAnswers: "¹"
        case .protectsOthers: "²"
        case .sameAnswer: "³"
        }
    }
}
