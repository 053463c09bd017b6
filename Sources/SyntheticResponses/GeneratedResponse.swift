import SurveyModel

/// One synthetic response: who gave it and what they answered.
public struct GeneratedResponse: Sendable, Hashable {
    /// The participant's field values by field id; empty for a public survey.
    public let participant: [String: String]
    /// The answers, only to questions that are visible with them.
    public let answers: Answers
}
