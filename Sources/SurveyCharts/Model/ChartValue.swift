/// One plotted number, or a number the caller has suppressed and why.
///
/// Small-cell suppression is decided outside this module; a suppressed value
/// is never drawn at its size (it has none here), so a chart cannot reveal
/// what a table hides.
public enum ChartValue: Sendable, Hashable {
    case number(Double)
    case suppressed(SuppressionReason)

    /// A value the caller did not give, drawn as a plain dash.
    static let missing = ChartValue.number(.nan)

    /// The number to draw, or `nil` when it is suppressed or not finite.
    var plottable: Double? {
        switch self {
        case .number(let value): value.isFinite ? value : nil
        case .suppressed: nil
        }
    }

    /// Why the value is hidden, or `nil` for a number.
    public var suppressionReason: SuppressionReason? {
        if case .suppressed(let reason) = self { return reason }
        return nil
    }
}

extension ChartValue: ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral {
    /// Creates a number from a literal.
    public init(floatLiteral value: Double) {
        self = .number(value)
    }

    /// Creates a number from a literal.
    public init(integerLiteral value: Int) {
        self = .number(Double(value))
    }
}
