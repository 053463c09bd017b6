import StrictJSON

/// What kind of object a value in a definition is, as far as the canonical layout cares: the order
/// of its keys, whether it always takes several lines, and the shapes of its members.
///
/// The shape follows from where a value sits (the elements of `pages` are pages, the `options` of a
/// question are options), so the layout needs no loaded ``Survey`` and also handles files that do
/// not load yet.
enum DefinitionShape {
    case survey, participantField, page
    case question(QuestionType?)
    case option, row, other, notApplicable
    case booleanLabels, scale, rule, report, reportSection
    case mail, mailTemplate
    /// Language maps, scale labels, unknown keys: members stay in their given order.
    case free

    /// The keys in canonical order, from ``DefinitionKeys``; nil keeps the given order.
    var keyOrder: [String]? {
        switch self {
        case .survey: DefinitionKeys.survey
        case .participantField: DefinitionKeys.participantField
        case .page: DefinitionKeys.page
        case .question(let type): Self.questionOrder(type.map(DefinitionKeys.question) ?? DefinitionKeys.anyQuestion)
        case .option: DefinitionKeys.option
        case .row: DefinitionKeys.row
        case .other: DefinitionKeys.other
        case .notApplicable: DefinitionKeys.notApplicable
        case .booleanLabels: DefinitionKeys.booleanLabels
        case .scale: DefinitionKeys.scale
        case .rule: DefinitionKeys.rule
        case .report: DefinitionKeys.report
        case .reportSection: DefinitionKeys.reportSection
        case .mail: DefinitionKeys.mail
        case .mailTemplate: DefinitionKeys.mailTemplate
        case .free: nil
        }
    }

    /// A question's keys with its checks and settings for the evaluation last: what the question
    /// asks (type, texts, options, limits) reads first, then what is checked and reported about it.
    private static func questionOrder(_ keys: [String]) -> [String] {
        let last = ["validate", "personal", "report"]
        return keys.filter { !last.contains($0) } + last.filter(keys.contains)
    }

    /// Whether an object of this shape takes one line per member even when it would fit on one,
    /// so that the survey's structure (pages, questions, fields, report sections, letters) reads the same in every file.
    var alwaysBroken: Bool {
        switch self {
        case .survey, .participantField, .page, .question, .report, .reportSection, .mail, .mailTemplate: true
        default: false
        }
    }

    /// The shape of member `key` of an object of this shape; for an array, the shape of its elements.
    func member(_ key: String) -> DefinitionShape {
        switch (self, key) {
        case (.survey, "participantFields"): .participantField
        case (.survey, "pages"): .page
        case (.survey, "report"): .report
        case (.survey, "mail"): .mail
        case (.mail, _): .mailTemplate
        case (.page, "questions"): .question(nil)
        case (.question, "options"), (.participantField, "options"): .option
        case (.question, "rows"): .row
        case (.question, "other"): .other
        case (.question, "notApplicable"): .notApplicable
        case (.question(.boolean?), "labels"): .booleanLabels
        case (.question, "scale"): .scale
        case (.question, "validate"): .rule
        case (.report, "sections"): .reportSection
        default: .free
        }
    }

    /// This shape refined by the object's own members: a question's keys depend on its type.
    func refined(by fields: [JSONField]) -> DefinitionShape {
        guard case .question = self else { return self }
        let type = fields.first { $0.key == "type" }?.value.string.flatMap(QuestionType.init(rawValue:))
        return .question(type)
    }

    /// `fields` in canonical order: known keys in the order of ``keyOrder``, then the others as given.
    func ordered(_ fields: [JSONField]) -> [JSONField] {
        guard let order = keyOrder else { return fields }
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return fields.enumerated()
            .sorted {
                (rank[$0.element.key] ?? order.count, $0.offset) < (rank[$1.element.key] ?? order.count, $1.offset)
            }
            .map(\.element)
    }
}
