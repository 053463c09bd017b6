import Suggestions

/// Builds the syntax tree of an expression by recursive descent.
///
/// Precedence, loosest first: `or`/`||`, `and`/`&&`, `not`/`!`, comparisons
/// (`== != < <= > >= in contains`, not chainable), `+ -`, `* /`, unary `-`.
/// Nesting is limited so that neither the parser nor the later walks over the
/// tree can exhaust the stack, whatever the input.
struct ExpressionParser {
    /// The deepest nesting accepted, counting parentheses, operators, calls and lists.
    static let nestingLimit = 64

    private let tokens: [ExpressionToken]
    private let source: SourceText
    private var position = 0
    private var nesting = 0
    /// Every reference, collected as parsed, which is source order.
    private(set) var references: [ExpressionReference] = []

    init(tokens: [ExpressionToken], source: SourceText) {
        precondition(tokens.last?.kind == .end, "the lexer ends every token list with .end")
        self.tokens = tokens
        self.source = source
    }

    /// Parses the whole token list as one expression.
    mutating func parse() throws(ExpressionError) -> ExpressionNode {
        if current.kind == .end { throw ExpressionError(.emptyExpression, at: current.range) }
        let node = try parseOr()
        guard current.kind == .end else { throw unexpected(expected: "an operator or the end of the expression") }
        return node
    }

    // MARK: Precedence levels

    private mutating func parseOr() throws(ExpressionError) -> ExpressionNode {
        var left = try parseAnd()
        while let op = take(.keyword(.or), .symbol(.doublePipe)) {
            left = try binary(.or, left, try parseAnd(), op)
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionError) -> ExpressionNode {
        var left = try parseNot()
        while let op = take(.keyword(.and), .symbol(.doubleAmpersand)) {
            left = try binary(.and, left, try parseNot(), op)
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionError) -> ExpressionNode {
        guard let op = take(.keyword(.not), .symbol(.bang)) else { return try parseComparison() }
        let operand = try nested(at: op) { (parser) throws(ExpressionError) in try parser.parseNot() }
        return try node(.not(operand), range: op.range.joined(with: operand.range))
    }

    private mutating func parseComparison() throws(ExpressionError) -> ExpressionNode {
        let left = try parseAdditive()
        guard let (op, token) = comparisonOperator() else { return left }
        position += 1
        let result = try binary(op, left, try parseAdditive(), token)
        if comparisonOperator() != nil { throw ExpressionError(.chainedComparison, at: current.range) }
        return result
    }

    private mutating func parseAdditive() throws(ExpressionError) -> ExpressionNode {
        var left = try parseMultiplicative()
        while true {
            if let op = take(.symbol(.plus)) {
                left = try binary(.plus, left, try parseMultiplicative(), op)
            } else if let op = take(.symbol(.minus)) {
                left = try binary(.minus, left, try parseMultiplicative(), op)
            } else {
                return left
            }
        }
    }

    private mutating func parseMultiplicative() throws(ExpressionError) -> ExpressionNode {
        var left = try parseUnary()
        while true {
            if let op = take(.symbol(.times)) {
                left = try binary(.times, left, try parseUnary(), op)
            } else if let op = take(.symbol(.divide)) {
                left = try binary(.divide, left, try parseUnary(), op)
            } else {
                return left
            }
        }
    }

    private mutating func parseUnary() throws(ExpressionError) -> ExpressionNode {
        guard let op = take(.symbol(.minus)) else { return try parsePrimary() }
        let operand = try nested(at: op) { (parser) throws(ExpressionError) in try parser.parseUnary() }
        return try node(.negate(operand), range: op.range.joined(with: operand.range))
    }

    private mutating func parsePrimary() throws(ExpressionError) -> ExpressionNode {
        let token = current
        switch token.kind {
        case .number(let value):
            position += 1
            return try node(.literal(.number(value)), range: token.range)
        case .text(let value):
            position += 1
            return try node(.literal(.text(value)), range: token.range)
        case .keyword(.true), .keyword(.false):
            position += 1
            return try node(.literal(.bool(token.kind == .keyword(.true))), range: token.range)
        case .keyword(.null):
            position += 1
            return try node(.literal(.missing), range: token.range)
        case .symbol(.openParenthesis):
            position += 1
            let inner = try nested(at: token) { (parser) throws(ExpressionError) in try parser.parseOr() }
            try expect(.closeParenthesis, closing: token, expected: "')'")
            return inner
        case .symbol(.openBracket):
            position += 1
            let elements = try nested(at: token) { (parser) throws(ExpressionError) in
                try parser.parseSequence(closing: .closeBracket, opening: token)
            }
            return try node(.list(elements), range: token.range.joined(with: tokens[position - 1].range))
        case .identifier(let name):
            position += 1
            if current.kind == .symbol(.openParenthesis) { return try parseCall(name, nameToken: token) }
            return try parseReference(name, nameToken: token)
        case .keyword, .symbol, .end:
            throw unexpected(expected: "a value, a question or '('")
        }
    }

    // MARK: Calls and references

    private mutating func parseCall(_ name: String, nameToken: ExpressionToken) throws(ExpressionError)
        -> ExpressionNode
    {
        guard let function = ExpressionFunction(rawValue: name) else {
            let suggestion = closestMatch(to: name, among: ExpressionFunction.allCases.map(\.rawValue))
            throw ExpressionError(.unknownFunction(name, suggestion: suggestion), at: nameToken.range)
        }
        let open = current
        position += 1
        let arguments = try nested(at: open) { (parser) throws(ExpressionError) in
            try parser.parseSequence(closing: .closeParenthesis, opening: open)
        }
        let range = nameToken.range.joined(with: tokens[position - 1].range)
        guard function.arity.contains(arguments.count) else {
            throw ExpressionError(
                .wrongArgumentCount(function: name, expected: function.arityPhrase, found: arguments.count),
                at: range)
        }
        if function == .answered, let argument = arguments.first {
            guard case .reference = argument.kind else {
                throw ExpressionError(.argumentNotReference(function: name), at: argument.range)
            }
        }
        return try node(.call(function, arguments), range: range)
    }

    private mutating func parseReference(_ name: String, nameToken: ExpressionToken) throws(ExpressionError)
        -> ExpressionNode
    {
        var path = ReferencePath.question(name)
        var range = nameToken.range
        var memberRange: SourceRange?
        if take(.symbol(.dot)) != nil {
            let member = current
            let memberName: String
            switch member.kind {
            // Rows may be numbered, as on a scale: `zufriedenheit.1`.
            case .identifier(let text): memberName = text
            case .keyword: memberName = source[member.range]
            case .number
            where source.scalars[member.range.offset..<member.range.end].allSatisfy({ ("0"..."9").contains($0) }):
                memberName = source[member.range]
            default: throw unexpected(expected: "a row or field name after '.'")
            }
            position += 1
            path = name == "participant" ? .participant(memberName) : .matrixRow(question: name, row: memberName)
            range = range.joined(with: member.range)
            memberRange = member.range
        }
        references.append(ExpressionReference(path: path, offset: range.offset, length: range.length))
        return try node(.reference(path, memberRange: memberRange), range: range)
    }

    /// Comma-separated expressions up to `closing`, which it consumes.
    private mutating func parseSequence(
        closing: ExpressionToken.Symbol, opening: ExpressionToken
    ) throws(ExpressionError) -> [ExpressionNode] {
        var elements: [ExpressionNode] = []
        if take(.symbol(closing)) != nil { return elements }
        while true {
            elements.append(try parseOr())
            if take(.symbol(.comma)) != nil { continue }
            try expect(closing, closing: opening, expected: "',' or '\(closing.rawValue)'")
            return elements
        }
    }

    // MARK: Helpers

    private var current: ExpressionToken {
        // The final `.end` token is never consumed, so the index stays valid.
        tokens[Swift.min(position, tokens.count - 1)]
    }

    /// Consumes the current token if it is of one of the given kinds (two
    /// parameters rather than a variadic list, which would allocate per call).
    private mutating func take(_ kind: ExpressionToken.Kind, _ alternative: ExpressionToken.Kind? = nil)
        -> ExpressionToken?
    {
        let token = current
        guard token.kind == kind || token.kind == alternative else { return nil }
        position += 1
        return token
    }

    private func comparisonOperator() -> (BinaryOperator, ExpressionToken)? {
        let op: BinaryOperator? =
            switch current.kind {
            case .symbol(.equal): .equal
            case .symbol(.notEqual): .notEqual
            case .symbol(.less): .less
            case .symbol(.lessOrEqual): .lessOrEqual
            case .symbol(.greater): .greater
            case .symbol(.greaterOrEqual): .greaterOrEqual
            case .keyword(.in): .in
            case .keyword(.contains): .contains
            default: nil
            }
        return op.map { ($0, current) }
    }

    /// Consumes `symbol`, or reports what was found instead; a missing closer
    /// at the end is reported at the bracket it should close.
    private mutating func expect(
        _ symbol: ExpressionToken.Symbol, closing opening: ExpressionToken, expected: String
    ) throws(ExpressionError) {
        guard take(.symbol(symbol)) == nil else { return }
        guard current.kind == .end else { throw unexpected(expected: expected) }
        throw ExpressionError(.unclosed(source[opening.range], closer: symbol.rawValue), at: opening.range)
    }

    private func unexpected(expected: String) -> ExpressionError {
        ExpressionError(.unexpectedToken(found: describe(current), expected: expected), at: current.range)
    }

    /// How an error message names a token; text literals bring their own quotes.
    private func describe(_ token: ExpressionToken) -> String {
        switch token.kind {
        case .end: "the end of the expression"
        case .text: source[token.range]
        case .number, .identifier, .keyword, .symbol: "'\(source[token.range])'"
        }
    }

    /// Runs `body` one nesting level deeper, refusing to go past the limit.
    private mutating func nested<T>(
        at token: ExpressionToken, _ body: (inout ExpressionParser) throws(ExpressionError) -> T
    ) throws(ExpressionError) -> T {
        guard nesting < Self.nestingLimit else {
            throw ExpressionError(.nestingTooDeep(limit: Self.nestingLimit), at: token.range)
        }
        nesting += 1
        defer { nesting -= 1 }
        return try body(&self)
    }

    private mutating func binary(
        _ op: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, _ token: ExpressionToken
    ) throws(ExpressionError) -> ExpressionNode {
        try node(.binary(op, left, right, operatorRange: token.range), range: left.range.joined(with: right.range))
    }

    /// Makes a node, refusing trees deeper than the limit (long operator
    /// chains grow the tree without nesting the parser).
    private func node(_ kind: ExpressionNode.Kind, range: SourceRange) throws(ExpressionError) -> ExpressionNode {
        let node = ExpressionNode(kind, range: range)
        guard node.depth <= Self.nestingLimit else {
            throw ExpressionError(.nestingTooDeep(limit: Self.nestingLimit), at: range)
        }
        return node
    }
}
