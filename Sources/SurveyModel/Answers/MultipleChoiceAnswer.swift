/// The choices made in a `multiple` question.
public struct MultipleChoiceAnswer: Sendable, Hashable {
    /// The chosen option values in the order of the question's options; never ``Question/otherValue``.
    public var values: [String]
    /// What the participant wrote for the free-text "other" choice; nil when it is not chosen.
    public var other: String?

    /// Creates a set of choices.
    public init(values: [String], other: String? = nil) {
        self.values = values
        self.other = other
    }

    /// The values expressions and exports see: the options, then ``Question/otherValue`` if chosen.
    public var allValues: [String] {
        other == nil ? values : values + [Question.otherValue]
    }

    /// How many choices were made, "other" included.
    public var count: Int { values.count + (other == nil ? 0 : 1) }
}
