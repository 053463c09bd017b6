/// Where a value label goes relative to the mark it belongs to.
///
/// Labels are measured first: one that fits inside its bar segment goes
/// there, one that fits in the free room beside the mark goes outside, and
/// any other is dropped, because the numbers are also in the chart's
/// description and in the data table that follows every chart.
enum LabelFit: Sendable, Equatable {
    case inside
    case outside
    case dropped

    /// Decides where a label of `width` pixels goes.
    ///
    /// - Parameters:
    ///   - inside: The room inside the mark, or `nil` if labels never go in.
    ///   - outside: The free room beside the mark, or `nil` if none.
    static func place(width: Double, inside: Double?, outside: Double?) -> LabelFit {
        let padding = 4.0
        if let inside, width + 2 * padding <= inside { return .inside }
        if let outside, width + padding <= outside { return .outside }
        return .dropped
    }
}
