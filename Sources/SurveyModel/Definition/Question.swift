import StrictJSON

/// One question of a survey, with its compiled logic.
public struct Question: Sendable, Hashable {
    /// The identifier used in expressions and exports (`schulart`).
    public let id: String
    /// The question text; nil only for a note without a heading.
    public let title: LocalizedText?
    /// Additional explanation shown below the title.
    public let help: LocalizedText?
    /// The type with its own settings.
    public let kind: QuestionKind
    /// Whether and when an answer is needed.
    public let requirement: Requirement
    /// Shown only while this is true; always shown when nil.
    public let visibleIf: Expression?
    /// Cross-field rules the answer must satisfy.
    public let rules: [ValidationRule]
    /// Where the question's `id` value stands in the definition.
    public let location: SourceLocation
    /// Whether the answer is personal data (a name, an e-mail address, consent to be contacted):
    /// left out of reports always, and of exports unless they are asked for.
    public let personal: Bool
    /// The question's own `report` flag: false leaves it out of reports, true brings a free-text
    /// question in; nil follows the survey's `report` settings.
    public let reportSetting: Bool?

    /// Creates a question.
    public init(
        id: String, title: LocalizedText?, help: LocalizedText? = nil, kind: QuestionKind,
        requirement: Requirement = .optional, visibleIf: Expression? = nil,
        rules: [ValidationRule] = [], location: SourceLocation, personal: Bool = false, reportSetting: Bool? = nil
    ) {
        self.id = id
        self.title = title
        self.help = help
        self.kind = kind
        self.requirement = requirement
        self.visibleIf = visibleIf
        self.rules = rules
        self.location = location
        self.personal = personal
        self.reportSetting = reportSetting
    }

    /// The options of a choice or ranking question, or the cell options of a matrix; empty otherwise.
    public var options: [Option] {
        switch kind {
        case .single(let settings): settings.options
        case .multiple(let settings): settings.options
        case .ranking(let settings): settings.options
        case .matrix(let settings):
            if case .options(let options) = settings.cells { options } else { [] }
        default: []
        }
    }

    /// The label of the free-text "other" choice, if the question offers one.
    public var otherLabel: LocalizedText? {
        switch kind {
        case .single(let settings): settings.other
        case .multiple(let settings): settings.other
        default: nil
        }
    }

    /// The type an expression sees when it refers to this question; nil for a note.
    public var expressionType: ExpressionType? {
        func values(_ options: [Option], other: LocalizedText?) -> [String] {
            options.map(\.value) + (other == nil ? [] : [Question.otherValue])
        }
        switch kind {
        case .text: return .text
        case .number, .scale: return .number
        case .single(let settings): return .choice(options: values(settings.options, other: settings.other))
        case .multiple(let settings): return .choices(options: values(settings.options, other: settings.other))
        case .boolean: return .bool
        case .ranking(let settings): return .ranking(options: settings.options.map(\.value))
        case .date: return .date
        case .note: return nil
        case .matrix(let settings):
            let cell: ExpressionType =
                switch settings.cells {
                case .scale: .number
                case .options(let options): .choice(options: options.map(\.value))
                }
            return .matrix(rows: settings.rows.map(\.value), cell: cell)
        }
    }

    /// The value a choice answer has when the participant picks the free-text "other" choice.
    ///
    /// Option values of a question that offers "other" must differ from it.
    public static let otherValue = "other"
}
