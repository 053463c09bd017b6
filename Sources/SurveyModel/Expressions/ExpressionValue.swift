/// A value an expression works with: an answer, a literal or a result.
public enum ExpressionValue: Sendable, Hashable {
    /// An unanswered question, an unset participant field, `null`, or the
    /// result of an operation that has no defined value (division by zero).
    case missing
    case number(Double)
    case text(String)
    case bool(Bool)
    case date(year: Int, month: Int, day: Int)
    /// Selected options of a multiple choice, a ranking in rank order, a list literal.
    case list([ExpressionValue])
}
