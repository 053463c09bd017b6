import SurveyModel

/// What the evaluation needs to know about one question: its type and categories, labels resolved.
///
/// A plan is built once per evaluation from the survey definition in the
/// report's language; the accumulators then work with category positions,
/// never with strings, so adding a response does not hash option values.
public struct QuestionPlan: Sendable, Hashable {
    /// The question id, as in the definition and exports.
    public var id: String
    /// The question text.
    public var title: String
    public var kind: Kind
    /// The conditions under which the question is shown (its page's `visibleIf`, then its own); all must hold.
    public var visibleIf: [Expression]
    /// What the definition allows as an answer, so that tables end where answers must end.
    public var limits: AnswerLimits

    /// The type of a question with the settings the evaluation uses.
    public enum Kind: Sendable, Hashable {
        /// One choice; `other` is the label of the free-text choice if offered.
        case single(options: [Category], other: String?)
        /// Any number of choices.
        case multiple(options: [Category], other: String?)
        /// Yes or no, with the two labels.
        case boolean(yes: String, no: String)
        case scale(ScalePlan)
        case number(integer: Bool, unit: String?)
        /// Rows answered on one shared scale or option list.
        case matrix(rows: [Category], cells: MatrixCellsPlan)
        /// Options put in order; `rankCount` ranks are given.
        case ranking(options: [Category], rankCount: Int)
        case text
        case date
    }

    public init(
        id: String, title: String, kind: Kind, visibleIf: [Expression] = [], limits: AnswerLimits = AnswerLimits()
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.visibleIf = visibleIf
        self.limits = limits
    }

    /// The `type` name written in outputs.
    public var typeName: String {
        switch kind {
        case .single: "single"
        case .multiple: "multiple"
        case .boolean: "boolean"
        case .scale: "scale"
        case .number: "number"
        case .matrix: "matrix"
        case .ranking: "ranking"
        case .text: "text"
        case .date: "date"
        }
    }
}

/// The bounds the definition sets on an answer.
public struct AnswerLimits: Sendable, Hashable {
    /// Number questions: the largest accepted value; histogram bins end there.
    public var maximum: Double?
    /// Multiple choice: the most options an answer may have; the distribution
    /// of the number of choices ends there.
    public var maximumChoices: Int?

    public init(maximum: Double? = nil, maximumChoices: Int? = nil) {
        self.maximum = maximum
        self.maximumChoices = maximumChoices
    }
}

/// A numeric scale such as 1 to 5.
public struct ScalePlan: Sendable, Hashable {
    public var from: Int
    public var to: Int
    /// Labels of some or all points.
    public var labels: [Int: String]
    /// The label of "not applicable", if the scale offers it.
    public var notApplicable: String?

    public init(from: Int, to: Int, labels: [Int: String] = [:], notApplicable: String? = nil) {
        self.from = from
        self.to = max(from, to)
        self.labels = labels
        self.notApplicable = notApplicable
    }

    /// Number of points on the scale.
    public var pointCount: Int { to - from + 1 }

    /// The points as categories, labelled where the definition labels them.
    public var categories: [Category] {
        (from...to).map { point in
            Category(value: String(point), label: labels[point].map { "\(point) – \($0)" } ?? String(point))
        }
    }
}

/// What each row of a matrix is answered with.
public enum MatrixCellsPlan: Sendable, Hashable {
    case scale(ScalePlan)
    case options([Category])
}
