/// Supplies the answers an expression is evaluated against.
public protocol ExpressionContext {
    /// The current value at `path`, or `.missing` when unanswered.
    func value(of path: ReferencePath) -> ExpressionValue
    /// The date `today()` returns, as a `.date`; passed in so evaluation stays
    /// deterministic and testable.
    var today: ExpressionValue { get }
}
