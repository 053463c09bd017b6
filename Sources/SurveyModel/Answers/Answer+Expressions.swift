/// How expressions see answers.
extension Answer {
    /// The value an expression reads for this answer.
    ///
    /// "Not applicable" has no value, so it counts as unanswered in conditions,
    /// just as it is left out of means.
    public var expressionValue: ExpressionValue {
        if isEmpty { return .missing }
        switch self {
        case .text(let text): return .text(text)
        case .number(let number): return .number(number)
        case .choice(let value, _): return .text(value)
        case .choices(let values, _): return .list(values.map(ExpressionValue.text))
        case .bool(let flag): return .bool(flag)
        case .scale(.point(let point)): return .number(Double(point))
        case .scale(.notApplicable): return .missing
        case .matrix(let cells):
            let values = cells.keys.sorted().compactMap { cells[$0]?.expressionValue }
            return .list(values.filter { $0 != .missing })
        case .ranking(let values): return .list(values.map(ExpressionValue.text))
        case .date(let date): return date.expressionValue
        }
    }

    /// The value of one row of a matrix answer.
    public func expressionValue(row: String) -> ExpressionValue {
        guard case .matrix(let cells) = self, let cell = cells[row] else { return .missing }
        return cell.expressionValue
    }
}

extension MatrixCell {
    /// The value an expression reads for this cell.
    var expressionValue: ExpressionValue {
        switch self {
        case .point(let point): .number(Double(point))
        case .notApplicable: .missing
        case .option(let value): .text(value)
        }
    }
}
