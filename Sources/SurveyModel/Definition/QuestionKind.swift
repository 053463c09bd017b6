/// A question's type together with the settings only that type has.
public enum QuestionKind: Sendable, Hashable {
    /// Free text, one line or several.
    case text(TextSettings)
    /// A number, whole or decimal.
    case number(NumberSettings)
    /// One choice among options (radio buttons or a dropdown).
    case single(SingleChoiceSettings)
    /// Any number of choices among options.
    case multiple(MultipleChoiceSettings)
    /// Yes or no.
    case boolean(BooleanSettings)
    /// One point on a numeric scale, e.g. 1 to 5.
    case scale(ScaleSettings)
    /// Several rows answered on one shared scale or option list.
    case matrix(MatrixSettings)
    /// Options put in order of preference.
    case ranking(RankingSettings)
    /// A calendar date.
    case date(DateSettings)
    /// Display-only text without an answer.
    case note(LocalizedText?)

    /// The name of the type as written in a definition (`"single"`).
    public var typeName: QuestionType {
        switch self {
        case .text: .text
        case .number: .number
        case .single: .single
        case .multiple: .multiple
        case .boolean: .boolean
        case .scale: .scale
        case .matrix: .matrix
        case .ranking: .ranking
        case .date: .date
        case .note: .note
        }
    }

    /// Whether the question takes an answer (everything but a note).
    public var isAnswerable: Bool {
        if case .note = self { return false }
        return true
    }
}

/// The `type` values a question may have.
public enum QuestionType: String, Sendable, Hashable, CaseIterable {
    case text, number, single, multiple, boolean, scale, matrix, ranking, date, note
}

/// Settings of a `text` question.
public struct TextSettings: Sendable, Hashable {
    /// A text area instead of a single line.
    public var multiline = false
    /// The most characters (Unicode scalars) an answer may have.
    public var maxLength: Int?
    /// A regular expression (`NSRegularExpression` syntax) the whole answer must match.
    public var pattern: String?
    /// The message shown when the pattern does not match.
    public var patternMessage: LocalizedText?
    /// A predefined format the answer must have.
    public var format: TextFormat?

    /// Creates settings; every field has the default of the definition format.
    public init(
        multiline: Bool = false, maxLength: Int? = nil, pattern: String? = nil,
        patternMessage: LocalizedText? = nil, format: TextFormat? = nil
    ) {
        self.multiline = multiline
        self.maxLength = maxLength
        self.pattern = pattern
        self.patternMessage = patternMessage
        self.format = format
    }
}

/// Predefined text formats.
public enum TextFormat: String, Sendable, Hashable, CaseIterable {
    case email
}

/// Settings of a `number` question.
public struct NumberSettings: Sendable, Hashable {
    /// Only whole numbers are accepted.
    public var integer = false
    /// The smallest accepted value.
    public var min: Double?
    /// The largest accepted value.
    public var max: Double?
    /// A unit shown beside the field ("Mbit/s").
    public var unit: LocalizedText?

    /// Creates settings; every field has the default of the definition format.
    public init(integer: Bool = false, min: Double? = nil, max: Double? = nil, unit: LocalizedText? = nil) {
        self.integer = integer
        self.min = min
        self.max = max
        self.unit = unit
    }
}

/// How a single-choice question is shown.
public enum ChoiceDisplay: String, Sendable, Hashable, CaseIterable {
    case radio, dropdown
}

/// Settings of a `single` question.
public struct SingleChoiceSettings: Sendable, Hashable {
    public var options: [Option]
    public var display: ChoiceDisplay = .radio
    /// The label of a free-text "other" choice, if the question offers one.
    public var other: LocalizedText?

    /// Creates settings.
    public init(options: [Option], display: ChoiceDisplay = .radio, other: LocalizedText? = nil) {
        self.options = options
        self.display = display
        self.other = other
    }
}

/// Settings of a `multiple` question.
public struct MultipleChoiceSettings: Sendable, Hashable {
    public var options: [Option]
    /// The fewest choices an answer needs (only checked when something is chosen or the question is required).
    public var minSelected: Int?
    /// The most choices an answer may have.
    public var maxSelected: Int?
    /// The label of a free-text "other" choice, if the question offers one.
    public var other: LocalizedText?

    /// Creates settings.
    public init(options: [Option], minSelected: Int? = nil, maxSelected: Int? = nil, other: LocalizedText? = nil) {
        self.options = options
        self.minSelected = minSelected
        self.maxSelected = maxSelected
        self.other = other
    }
}

/// Settings of a `boolean` question.
public struct BooleanSettings: Sendable, Hashable {
    /// The label for "yes"; the form's own wording when nil.
    public var trueLabel: LocalizedText?
    /// The label for "no"; the form's own wording when nil.
    public var falseLabel: LocalizedText?

    /// Creates settings.
    public init(trueLabel: LocalizedText? = nil, falseLabel: LocalizedText? = nil) {
        self.trueLabel = trueLabel
        self.falseLabel = falseLabel
    }
}

/// A numeric scale such as 1 ("very dissatisfied") to 5 ("very satisfied").
public struct ScaleSettings: Sendable, Hashable {
    public var from: Int
    public var to: Int
    /// Labels of some or all points, by point.
    public var labels: [Int: LocalizedText]
    /// The label of a "not applicable" answer, kept but left out of means and medians.
    public var notApplicable: LocalizedText?

    /// Creates a scale.
    public init(from: Int, to: Int, labels: [Int: LocalizedText] = [:], notApplicable: LocalizedText? = nil) {
        self.from = from
        self.to = to
        self.labels = labels
        self.notApplicable = notApplicable
    }

    /// The points of the scale in order.
    public var points: ClosedRange<Int> { from...Swift.max(from, to) }
}

/// What each row of a matrix is answered with.
public enum MatrixCells: Sendable, Hashable {
    case scale(ScaleSettings)
    case options([Option])
}

/// Settings of a `matrix` question.
public struct MatrixSettings: Sendable, Hashable {
    /// The rows; each row's `value` is used in expressions as `question.row`.
    public var rows: [Option]
    public var cells: MatrixCells

    /// Creates settings.
    public init(rows: [Option], cells: MatrixCells) {
        self.rows = rows
        self.cells = cells
    }
}

/// Settings of a `ranking` question.
public struct RankingSettings: Sendable, Hashable {
    public var options: [Option]
    /// How many options are ranked; all of them when nil.
    public var rankCount: Int?

    /// Creates settings.
    public init(options: [Option], rankCount: Int? = nil) {
        self.options = options
        self.rankCount = rankCount
    }

    /// The number of ranks an answer has.
    public var effectiveRankCount: Int { rankCount ?? options.count }
}

/// Settings of a `date` question.
public struct DateSettings: Sendable, Hashable {
    public var min: CalendarDate?
    public var max: CalendarDate?

    /// Creates settings.
    public init(min: CalendarDate? = nil, max: CalendarDate? = nil) {
        self.min = min
        self.max = max
    }
}
