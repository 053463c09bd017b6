/// A LimeSurvey ExpressionScript (relevance equation), parsed into a tree.
///
/// Only the part of the language our expressions can mirror is understood in
/// depth; everything else still parses (functions by name, any variable) so the
/// translation can say precisely what it could not carry over.
indirect enum ExpressionScript: Sendable, Equatable {
    case number(String)
    case string(String)
    /// A variable with its suffix removed: `Q1.NAOK` is `Q1` with the suffix `NAOK`.
    case variable(name: String, suffix: String?)
    case call(name: String, arguments: [ExpressionScript])
    case not(ExpressionScript)
    case negate(ExpressionScript)
    case and(ExpressionScript, ExpressionScript)
    case or(ExpressionScript, ExpressionScript)
    case compare(Comparison, ExpressionScript, ExpressionScript)
    case arithmetic(Character, ExpressionScript, ExpressionScript)

    enum Comparison: String, Sendable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// Why an equation could not be read at all.
    enum ParseError: Error, Sendable, Equatable {
        /// Not ExpressionScript at this character.
        case syntax(offset: Int)
        /// Longer or deeper than ``maximumTokens`` or ``maximumDepth``; refused rather than recursed into.
        case tooComplex
    }

    /// The deepest nesting read.
    static let maximumDepth = 64
    /// The most tokens read, which bounds the depth of the tree (`a + b + c …`) as well.
    static let maximumTokens = 400

    static func parse(_ source: String) throws(ParseError) -> ExpressionScript {
        let tokens = try ExpressionScriptLexer.tokens(source)
        guard tokens.count <= maximumTokens else { throw .tooComplex }
        var parser = ExpressionScriptParser(tokens: tokens)
        return try parser.parseAll()
    }
}
