extension Answer {
    /// The value an expression sees for this answer.
    ///
    /// "Not applicable" is `.missing`, so a condition on it does not hold and it
    /// stays out of sums; a whole matrix is the list of its rated rows (for `count()`).
    public var expressionValue: ExpressionValue {
        switch self {
        case .text(let text): .text(text)
        case .number(let number): .number(number)
        case .single(let choice): .text(choice.value)
        case .multiple(let choice): .list(choice.allValues.map(ExpressionValue.text))
        case .boolean(let value): .bool(value)
        case .scale(.point(let point)): .number(Double(point))
        case .scale(.notApplicable): .missing
        case .matrix(let cells):
            .list(cells.values.compactMap { $0.expressionValue == .missing ? nil : $0.expressionValue })
        case .ranking(let values): .list(values.map(ExpressionValue.text))
        case .date(let date): date.expressionValue
        }
    }
}

extension MatrixCell {
    /// The value an expression sees for this row (`question.row`).
    public var expressionValue: ExpressionValue {
        switch self {
        case .point(let point): .number(Double(point))
        case .option(let value): .text(value)
        case .notApplicable: .missing
        }
    }
}
