/// The answer of one row of a `matrix` question.
public enum MatrixCell: Sendable, Hashable {
    /// A point of the matrix's shared scale.
    case point(Int)
    /// One of the matrix's cell options, by value.
    case option(String)
    /// The scale's "not applicable" answer.
    case notApplicable
}
