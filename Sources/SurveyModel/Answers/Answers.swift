/// The answers of one response, by question id; an unanswered question has no entry.
public struct Answers: Sendable, Hashable {
    private var byQuestion: [String: Answer]

    /// Creates a set of answers.
    public init(_ answers: [String: Answer] = [:]) {
        byQuestion = answers
    }

    /// The answer to question `id`; setting nil removes it.
    public subscript(id: String) -> Answer? {
        get { byQuestion[id] }
        set { byQuestion[id] = newValue }
    }

    /// The ids of the answered questions, in no particular order.
    public var questionIDs: Dictionary<String, Answer>.Keys { byQuestion.keys }

    /// The number of answered questions.
    public var count: Int { byQuestion.count }

    public var isEmpty: Bool { byQuestion.isEmpty }

    /// These answers with `other`'s answers put over them, as when a posted page updates a draft.
    public func merging(_ other: Answers) -> Answers {
        Answers(byQuestion.merging(other.byQuestion) { _, new in new })
    }

    /// Only the answers whose question id satisfies `isIncluded`.
    public func filter(_ isIncluded: (String) -> Bool) -> Answers {
        Answers(byQuestion.filter { isIncluded($0.key) })
    }
}
