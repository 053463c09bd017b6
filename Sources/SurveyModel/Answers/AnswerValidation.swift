/// The outcome of checking a set of answers against a survey.
public struct AnswerValidation: Sendable {
    /// The answers to visible questions; answers to hidden or unknown questions and to notes are dropped.
    public let answers: [String: Answer]
    /// The ids of the questions that are visible with these answers, in form order.
    public let visibleQuestions: [String]
    /// The ids whose answers were dropped, sorted by id.
    public let droppedAnswers: [String]
    /// Every problem, in form order.
    public let issues: [AnswerIssue]

    /// Whether the answers can be accepted as a submission.
    public var isValid: Bool { issues.isEmpty }

    /// The problems of one question.
    public func issues(for questionID: String) -> [AnswerIssue] {
        issues.filter { $0.questionID == questionID }
    }
}
