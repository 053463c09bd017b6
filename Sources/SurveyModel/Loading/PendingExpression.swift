import StrictJSON

/// An expression read from a definition, kept until the whole survey is known.
struct PendingExpression {
    /// What the expression decides.
    enum Role {
        case visibleIf, requiredIf, rule
    }

    /// Where the expression belongs.
    enum Owner {
        case question(id: String, position: Int)
        case page(index: Int)
    }

    let expression: Expression
    /// The JSON string the expression was written in, for mapping positions back to the file.
    let value: JSONValue
    let role: Role
    let owner: Owner
    /// Names the expression in messages, e.g. `visibleIf of question "bandbreite"`.
    let what: DiagnosticMessage
}
