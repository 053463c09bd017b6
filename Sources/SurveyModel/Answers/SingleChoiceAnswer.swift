/// The choice made in a `single` question.
public enum SingleChoiceAnswer: Sendable, Hashable {
    /// One of the question's options, by value.
    case option(String)
    /// The free-text "other" choice, with what the participant wrote.
    case other(String)

    /// The value expressions and exports see: the option value, or ``Question/otherValue``.
    public var value: String {
        switch self {
        case .option(let value): value
        case .other: Question.otherValue
        }
    }
}
