/// One token of an equation.
enum ExpressionScriptToken: Sendable, Equatable {
    case number(String)
    case string(String)
    case name(String)
    case symbol(String)
}
