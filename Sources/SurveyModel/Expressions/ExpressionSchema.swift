/// What an expression may refer to: the questions and participant fields of
/// one survey with their types.
public struct ExpressionSchema: Sendable {
    /// Types by question id.
    public var questions: [String: ExpressionType]
    /// Types by participant field id, referenced as `participant.<id>`.
    public var participantFields: [String: ExpressionType]

    public init(questions: [String: ExpressionType], participantFields: [String: ExpressionType]) {
        self.questions = questions
        self.participantFields = participantFields
    }
}
