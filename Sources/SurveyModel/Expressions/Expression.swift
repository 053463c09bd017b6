/// A parsed condition or calculation from a survey definition (`visibleIf`,
/// `requiredIf`, `validate`), ready to be checked against the survey and
/// evaluated against answers.
///
/// Two expressions are equal when their sources are, since the source fully
/// determines the parse.
public struct Expression: Sendable, Hashable {
    /// The text as written in the definition.
    public let source: String
    /// Every reference in source order, for the survey's order and cycle checks.
    public let references: [ExpressionReference]
    let root: ExpressionNode
    /// The source as scalars, kept for the excerpts in checking's messages.
    let text: SourceText

    private init(source: String, text: SourceText, root: ExpressionNode, references: [ExpressionReference]) {
        self.source = source
        self.text = text
        self.root = root
        self.references = references
    }

    /// Parses an expression.
    ///
    /// - Throws: The first syntax error, with the offset of the Unicode scalar
    ///   where it starts. References are not resolved here; see `check`.
    public static func parse(_ source: String) throws(ExpressionError) -> Expression {
        let text = SourceText(source)
        var lexer = ExpressionLexer(text)
        var parser = ExpressionParser(tokens: try lexer.tokens(), source: text)
        let root = try parser.parse()
        return Expression(source: source, text: text, root: root, references: parser.references)
    }

    /// Checks references, operand and argument types, option values and date
    /// literals against a survey, and that the whole has the `expecting` type.
    ///
    /// - Returns: Every problem found, in no guaranteed order; empty when the
    ///   expression is sound.
    public func check(against schema: ExpressionSchema, expecting: ExpressionType) -> [ExpressionError] {
        var checker = ExpressionChecker(schema: schema, source: text)
        checker.check(root, expecting: expecting)
        return checker.errors
    }

    /// Computes the expression's value; unanswered questions and undefined
    /// results give `.missing`, never a trap.
    public func evaluate(in context: some ExpressionContext) -> ExpressionValue {
        ExpressionEvaluator(context: context).evaluate(root)
    }

    /// Whether the expression evaluates to `true`; a missing or non-boolean
    /// result counts as not true, so a condition on an unanswered question
    /// does not hold.
    public func isTrue(in context: some ExpressionContext) -> Bool {
        evaluate(in: context) == .bool(true)
    }

    /// Whether `id` is a keyword of the language (`and`, `in`, `null`, … in
    /// any case), which a question or participant field cannot be named,
    /// since expressions could not refer to it.
    public static func isReservedWord(_ id: String) -> Bool {
        ExpressionToken.Keyword(rawValue: id.lowercased()) != nil
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool {
        lhs.source == rhs.source
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
    }
}
