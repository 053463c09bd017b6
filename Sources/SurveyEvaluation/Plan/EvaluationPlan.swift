/// Everything fixed for one evaluation: the questions, the breakdown and the privacy threshold.
public struct EvaluationPlan: Sendable, Hashable {
    /// The survey id.
    public var surveyID: String
    /// The survey title in the report's language.
    public var title: String
    /// The questions in form order; observations come in the same order.
    public var questions: [QuestionPlan]
    /// The groups of the breakdown (`--by`), if any.
    public var breakdown: Breakdown?
    /// Groups and frequency cells below this many responses are suppressed; 1 turns suppression off.
    public var minGroupSize: Int

    /// The default of `report.minGroupSize`.
    public static let defaultMinGroupSize = 5

    public init(
        surveyID: String, title: String, questions: [QuestionPlan], breakdown: Breakdown? = nil,
        minGroupSize: Int = EvaluationPlan.defaultMinGroupSize
    ) {
        self.surveyID = surveyID
        self.title = title
        self.questions = questions
        self.breakdown = breakdown
        self.minGroupSize = max(1, minGroupSize)
    }
}

/// A split of the responses into groups, by a question or a participant field.
public struct Breakdown: Sendable, Hashable {
    /// The question or participant field id (`schulart`).
    public var id: String
    /// Its label, for headings.
    public var label: String
    /// The groups in the definition's order.
    public var groups: [Category]

    public init(id: String, label: String, groups: [Category]) {
        self.id = id
        self.label = label
        self.groups = groups
    }
}
