/// A complete evaluation, suppressed and ready for JSON, text or the report.
public struct EvaluationResult: Sendable, Hashable {
    public var surveyID: String
    public var title: String
    /// Submitted responses that passed the filter.
    public var responses: Int
    /// The filter expression applied, if any.
    public var filter: String?
    /// The threshold suppression used (1: none).
    public var minGroupSize: Int
    public var breakdown: BreakdownResult?
    /// The questions over all responses; with a breakdown each also carries its groups.
    public var questions: [QuestionEntry]
    /// Whether any figure was suppressed (outputs then print the footnote).
    public var hasSuppressions: Bool

    public init(
        surveyID: String, title: String, responses: Int, filter: String?, minGroupSize: Int,
        breakdown: BreakdownResult?, questions: [QuestionEntry], hasSuppressions: Bool
    ) {
        self.surveyID = surveyID
        self.title = title
        self.responses = responses
        self.filter = filter
        self.minGroupSize = minGroupSize
        self.breakdown = breakdown
        self.questions = questions
        self.hasSuppressions = hasSuppressions
    }
}

/// One question over all responses and, with a breakdown, per group (in the breakdown's order).
public struct QuestionEntry: Sendable, Hashable {
    public var total: QuestionResult
    public var groups: [QuestionResult]

    public init(total: QuestionResult, groups: [QuestionResult]) {
        self.total = total
        self.groups = groups
    }
}

/// The groups of a breakdown with their sizes.
public struct BreakdownResult: Sendable, Hashable {
    public var id: String
    public var label: String
    public var groups: [GroupInfo]

    public init(id: String, label: String, groups: [GroupInfo]) {
        self.id = id
        self.label = label
        self.groups = groups
    }
}

/// One breakdown group.
public struct GroupInfo: Sendable, Hashable {
    public var value: String
    public var label: String
    /// Submitted responses in the group; nil when suppressed.
    public var responses: Int?
    public var suppressed: Bool

    public init(value: String, label: String, responses: Int?, suppressed: Bool) {
        self.value = value
        self.label = label
        self.responses = responses
        self.suppressed = suppressed
    }
}
