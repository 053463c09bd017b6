/// A node of a parsed expression, with the span of source it came from.
struct ExpressionNode: Sendable {
    indirect enum Kind: Sendable {
        /// A number, text, `true`/`false`, or `null` as `.missing`.
        case literal(ExpressionValue)
        case list([ExpressionNode])
        /// `memberRange` is the part after the dot, where a wrong row or field is reported.
        case reference(ReferencePath, memberRange: SourceRange?)
        case negate(ExpressionNode)
        case not(ExpressionNode)
        case binary(BinaryOperator, ExpressionNode, ExpressionNode, operatorRange: SourceRange)
        case call(ExpressionFunction, [ExpressionNode])
    }

    let kind: Kind
    let range: SourceRange
    /// Height of the tree below and including this node, which bounds the
    /// recursion of checking and evaluation.
    let depth: Int

    init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
        // Computed per kind rather than over a children array, which would
        // cost an allocation for every node.
        let below: Int =
            switch kind {
            case .literal, .reference: 0
            case .list(let elements), .call(_, let elements): elements.reduce(0) { Swift.max($0, $1.depth) }
            case .negate(let operand), .not(let operand): operand.depth
            case .binary(_, let left, let right, _): Swift.max(left.depth, right.depth)
            }
        depth = 1 + below
    }
}

/// The infix operators, by precedence group.
enum BinaryOperator: String, Sendable {
    case or, and
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case `in`, contains
    case plus = "+"
    case minus = "-"
    case times = "*"
    case divide = "/"

    var isOrdering: Bool { [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(self) }
    var isArithmetic: Bool { [.plus, .minus, .times, .divide].contains(self) }
}
