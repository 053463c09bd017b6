import StrictJSON

/// A cross-field rule of a question: the answer is accepted only while `expression` holds.
public struct ValidationRule: Sendable, Hashable {
    /// The condition that must be true.
    public let expression: Expression
    /// The message shown when it is false.
    public let message: LocalizedText
    /// Where the rule's expression stands in the definition.
    public let location: SourceLocation

    /// Creates a rule.
    public init(expression: Expression, message: LocalizedText, location: SourceLocation) {
        self.expression = expression
        self.message = message
        self.location = location
    }
}
