/// One value a question can take (an option, a scale point, a matrix row), with its label.
public struct Category: Sendable, Hashable {
    /// The stored value (`"gs"`, `"3"`).
    public var value: String
    /// What readers see, in the report's language.
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}
