/// Whether a question must be answered.
public enum Requirement: Sendable, Hashable {
    /// The question may be left empty.
    case optional
    /// The question must be answered whenever it is visible.
    case always
    /// The question must be answered while the expression is true.
    case when(Expression)
}
