/// One plotted number, or a number the caller has suppressed.
///
/// Small-cell suppression is decided outside this module; a suppressed value
/// is drawn as a dash with a footnote marker and never as a bar, so a chart
/// cannot reveal what a table hides.
public enum ChartValue: Sendable, Hashable {
    case number(Double)
    case suppressed

    /// A value the caller did not give, drawn as a plain dash.
    static let missing = ChartValue.number(.nan)

    /// The number to draw, or `nil` when it is suppressed or not finite.
    var plottable: Double? {
        switch self {
        case .number(let value): value.isFinite ? value : nil
        case .suppressed: nil
        }
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
