import StrictJSON

/// One page of the form, a group of questions shown together.
public struct Page: Sendable, Hashable {
    public let id: String
    public let title: LocalizedText
    public let description: LocalizedText?
    /// Shown only while this is true; always shown when nil. Questions of a hidden page count as hidden.
    public let visibleIf: Expression?
    public let questions: [Question]
    /// Where the page's `id` value stands in the definition.
    public let location: SourceLocation

    /// Creates a page.
    public init(
        id: String, title: LocalizedText, description: LocalizedText? = nil, visibleIf: Expression? = nil,
        questions: [Question], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.visibleIf = visibleIf
        self.questions = questions
        self.location = location
    }
}
