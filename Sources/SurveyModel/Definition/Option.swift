/// One answer choice of a choice, ranking or matrix question, or one row of a matrix.
public struct Option: Sendable, Hashable {
    /// The stored value, used in expressions and exports (`"gs"`).
    public let value: String
    /// What the participant reads.
    public let label: LocalizedText
    /// Whether choosing it clears every other choice ("none of these"); multiple choice only.
    public let exclusive: Bool

    /// Creates an option.
    public init(value: String, label: LocalizedText, exclusive: Bool = false) {
        self.value = value
        self.label = label
        self.exclusive = exclusive
    }
}
