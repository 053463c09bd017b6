/// Computes the value of a parsed expression against a set of answers.
///
/// Total by construction: every operation on values it cannot handle, such as
/// an unanswered question, division by zero or a result too large for a
/// double, yields `.missing` (or `false` for a comparison) instead of trapping.
struct ExpressionEvaluator<Context: ExpressionContext> {
    let context: Context

    func evaluate(_ node: ExpressionNode) -> ExpressionValue {
        switch node.kind {
        case .literal(let value):
            return value
        case .list(let elements):
            return .list(elements.map(evaluate))
        case .reference(let path, _):
            return context.value(of: path)
        case .negate(let operand):
            guard case .number(let value) = evaluate(operand) else { return .missing }
            return .number(-value)
        case .not(let operand):
            guard case .bool(let value) = evaluate(operand) else { return .missing }
            return .bool(!value)
        case .binary(let op, let left, let right, _):
            return binary(op, left, right)
        case .call(let function, let arguments):
            return call(function, arguments)
        }
    }

    // MARK: Operators

    private func binary(_ op: BinaryOperator, _ leftNode: ExpressionNode, _ rightNode: ExpressionNode)
        -> ExpressionValue
    {
        switch op {
        case .and:
            return logical(leftNode, rightNode, decidedBy: false)
        case .or:
            return logical(leftNode, rightNode, decidedBy: true)
        case .plus, .minus, .times, .divide:
            return arithmetic(op, evaluate(leftNode), evaluate(rightNode))
        case .equal:
            return .bool(ExpressionValue.equal(evaluate(leftNode), evaluate(rightNode)) ?? false)
        case .notEqual:
            return .bool(ExpressionValue.equal(evaluate(leftNode), evaluate(rightNode)).map(!) ?? false)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard let order = ExpressionValue.order(evaluate(leftNode), evaluate(rightNode)) else {
                return .bool(false)
            }
            let holds: Bool =
                switch op {
                case .less: order < 0
                case .lessOrEqual: order <= 0
                case .greater: order > 0
                default: order >= 0
                }
            return .bool(holds)
        case .in:
            return .bool(ExpressionValue.contains(evaluate(rightNode), evaluate(leftNode)))
        case .contains:
            return .bool(ExpressionValue.contains(evaluate(leftNode), evaluate(rightNode)))
        }
    }

    /// `and` (decided by false) or `or` (decided by true): the right side is
    /// looked at only when the left does not decide, and a side that decides
    /// wins even when the other is missing, so `false and x` is false and
    /// `true or x` true for an unanswered x.
    private func logical(_ leftNode: ExpressionNode, _ rightNode: ExpressionNode, decidedBy decisive: Bool)
        -> ExpressionValue
    {
        let left = evaluate(leftNode)
        if left == .bool(decisive) { return left }
        let right = evaluate(rightNode)
        if right == .bool(decisive) { return right }
        return left == .bool(!decisive) && right == .bool(!decisive) ? .bool(!decisive) : .missing
    }

    private func arithmetic(_ op: BinaryOperator, _ left: ExpressionValue, _ right: ExpressionValue) -> ExpressionValue
    {
        guard case .number(let a) = left, case .number(let b) = right else { return .missing }
        let result: Double =
            switch op {
            case .plus: a + b
            case .minus: a - b
            case .times: a * b
            default: b == 0 ? .nan : a / b
            }
        return ExpressionValue.finite(result)
    }

    // MARK: Functions

    private func call(_ function: ExpressionFunction, _ argumentNodes: [ExpressionNode]) -> ExpressionValue {
        let arguments = argumentNodes.map(evaluate)
        switch function {
        case .answered:
            return .bool(arguments.allSatisfy { $0.isAnswered })
        case .count:
            guard case .list(let values)? = arguments.first else { return .missing }
            return .number(Double(values.count))
        case .sum, .min, .max:
            return ExpressionValue.aggregate(function, arguments)
        case .round:
            return ExpressionValue.round(arguments)
        case .abs:
            guard case .number(let value)? = arguments.first else { return .missing }
            return .number(Swift.abs(value))
        case .len:
            guard case .text(let text)? = arguments.first else { return .missing }
            return .number(Double(text.count))
        case .today:
            return context.today
        case .year:
            switch arguments.first {
            case .date(let year, _, _)?: return .number(Double(year))
            case .text(let text)?:
                guard case .date(let year, _, _)? = ExpressionValue.isoDate(text) else { return .missing }
                return .number(Double(year))
            default: return .missing
            }
        }
    }
}
