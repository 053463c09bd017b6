import StrictJSON
import SurveyModel

extension EvaluationPlan {
    /// The plan for evaluating `survey` in `language`.
    ///
    /// - Parameters:
    ///   - survey: The loaded definition.
    ///   - language: The report's language; texts without it fall back to the survey's default.
    ///   - by: The breakdown: a question id (single choice or boolean), a participant field id, or
    ///     `participant.<field>` when a question has the same id.
    /// - Throws: ``EvaluationSetupError`` when the breakdown or the threshold is unusable.
    public init(survey: Survey, language: String, by: String? = nil) throws(EvaluationSetupError) {
        let questions = survey.pages.flatMap { page in
            page.questions.compactMap { QuestionPlan(question: $0, page: page, language: language) }
        }
        self.init(
            surveyID: survey.id, title: survey.title.text(in: language), questions: questions,
            breakdown: try by.map { id throws(EvaluationSetupError) in
                try Self.breakdown(id, survey: survey, language: language).breakdown
            },
            minGroupSize: try Self.minGroupSize(survey.report))
    }

    /// Where the groups of breakdown `id` come from in `survey`, with the plan's positions.
    public static func groupSource(_ id: String, survey: Survey, plan: EvaluationPlan) throws(EvaluationSetupError)
        -> ResponseDecoder.GroupSource
    {
        switch try breakdown(id, survey: survey, language: survey.defaultLanguage).source {
        case .participant(let field): return .participant(field)
        case .question(let questionID):
            guard let index = plan.questions.firstIndex(where: { $0.id == questionID }) else {
                throw .unknownBreakdown(id, available: [])
            }
            return .question(index)
        }
    }

    private enum Source {
        case question(String)
        case participant(String)
    }

    private static func breakdown(_ id: String, survey: Survey, language: String) throws(EvaluationSetupError)
        -> (breakdown: Breakdown, source: Source)
    {
        let prefix = "participant."
        let fieldID = id.hasPrefix(prefix) ? String(id.dropFirst(prefix.count)) : id
        if !id.hasPrefix(prefix), let question = survey.question(id) {
            let title = question.title?.text(in: language) ?? id
            switch question.kind {
            case .single(let settings):
                var groups = settings.options.map { Category(value: $0.value, label: $0.label.text(in: language)) }
                if let other = settings.other {
                    groups.append(Category(value: Question.otherValue, label: other.text(in: language)))
                }
                return (Breakdown(id: id, label: title, groups: groups), .question(id))
            case .boolean(let settings):
                let labels = BooleanLabels(settings, language: language)
                return (
                    Breakdown(
                        id: id, label: title,
                        groups: [
                            Category(value: "true", label: labels.yes), Category(value: "false", label: labels.no),
                        ]),
                    .question(id)
                )
            default:
                throw .unsuitableBreakdown(id, type: question.kind.typeName.rawValue)
            }
        }
        guard let field = survey.participantField(fieldID) else {
            let available =
                survey.questions.filter {
                    if case .single = $0.kind { true } else if case .boolean = $0.kind { true } else { false }
                }
                .map(\.id) + survey.participantFields.map { "participant.\($0.id)" }
            throw .unknownBreakdown(id, available: available)
        }
        guard !field.options.isEmpty else { throw .unsuitableBreakdown(id, type: "text") }
        let groups = field.options.map { Category(value: $0.value, label: $0.label.text(in: language)) }
        return (Breakdown(id: id, label: field.label.text(in: language), groups: groups), .participant(field.id))
    }

    /// `report.minGroupSize`, the default when absent.
    private static func minGroupSize(_ report: JSON) throws(EvaluationSetupError) -> Int {
        guard let value = report["minGroupSize"] else { return defaultMinGroupSize }
        guard let number = value.int, number >= 1 else { throw .invalidMinGroupSize }
        return number
    }
}

/// Why an evaluation cannot be set up as asked.
public enum EvaluationSetupError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `--by` names neither a question nor a participant field.
    case unknownBreakdown(String, available: [String])
    /// `--by` names a question that does not split responses into groups.
    case unsuitableBreakdown(String, type: String)
    /// `report.minGroupSize` is not a whole number of at least 1.
    case invalidMinGroupSize
    /// The filter does not parse or does not type-check.
    case invalidFilter(String)
    /// The response log could not be read to count a live evaluation; the text says which file and why.
    case unreadableLog(String)

    public var description: String {
        switch self {
        case .unknownBreakdown(let id, let available):
            "there is no question or participant field \"\(id)\" to break down by"
                + (available.isEmpty ? "" : "; choose one of: \(available.joined(separator: ", "))")
        case .unsuitableBreakdown(let id, let type):
            "\"\(id)\" is a \(type) question; a breakdown needs a single-choice or yes/no question or a participant field with options"
        case .invalidMinGroupSize:
            "report.minGroupSize must be a whole number of at least 1 (1 turns suppression off)"
        case .invalidFilter(let message):
            "the filter is not valid: \(message)"
        case .unreadableLog(let message):
            "the responses cannot be counted: \(message)"
        }
    }
}
