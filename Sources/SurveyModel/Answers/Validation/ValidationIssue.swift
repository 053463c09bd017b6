/// One problem found by validation, attached to the question it concerns.
public struct ValidationIssue: Sendable, Hashable {
    /// The question whose field shows the message.
    public let questionID: String
    public let error: AnswerError

    /// Creates an issue.
    public init(questionID: String, error: AnswerError) {
        self.questionID = questionID
        self.error = error
    }

    /// The message for the participant, in German (`de`) or English.
    public func message(in language: String) -> String { error.message(in: language) }
}
