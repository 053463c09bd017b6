/// One lexical unit of an expression.
struct ExpressionToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case number(Double)
        case text(String)
        case identifier(String)
        case keyword(Keyword)
        case symbol(Symbol)
        case end
    }

    /// Words with a meaning of their own; matched regardless of case, so
    /// `AND` works as well as `and`.
    enum Keyword: String, Sendable {
        case and, or, not, `in`, contains, `true`, `false`, null
    }

    enum Symbol: String, Sendable {
        case equal = "=="
        case notEqual = "!="
        case lessOrEqual = "<="
        case greaterOrEqual = ">="
        case less = "<"
        case greater = ">"
        case plus = "+"
        case minus = "-"
        case times = "*"
        case divide = "/"
        case bang = "!"
        case doubleAmpersand = "&&"
        case doublePipe = "||"
        case openParenthesis = "("
        case closeParenthesis = ")"
        case openBracket = "["
        case closeBracket = "]"
        case comma = ","
        case dot = "."
    }

    let kind: Kind
    let range: SourceRange
}
