/// The keys each kind of object in a definition accepts.
///
/// The loader rejects every other key, and a test keeps
/// `docs/survey.schema.json` in step with these tables.
package enum DefinitionKeys {
    /// `$schema` lets editors find `docs/survey.schema.json`; the loader ignores its value.
    package static let survey = [
        "$schema", "id", "title", "description", "privacy", "languages", "access", "anonymous",
        "publicQuestionnaire", "opens", "closes", "timeZone", "participantFields", "pages", "report", "mail",
    ]
    package static let participantField = ["id", "label", "options"]
    package static let page = ["id", "title", "description", "visibleIf", "questions"]
    package static let option = ["value", "label", "exclusive"]
    package static let row = ["value", "label"]
    package static let other = ["label"]
    package static let notApplicable = ["label"]
    package static let booleanLabels = ["true", "false"]
    package static let scale = ["from", "to", "labels"]
    package static let rule = ["expr", "message"]
    /// Evaluation and report settings, read by the evaluation and the report.
    package static let report = ["minGroupSize", "intro", "exclude", "include", "sections"]
    package static let reportSection = ["title", "questions"]
    /// The letters of invitations and reminders.
    package static let mail = MailTemplateKind.allCases.map(\.rawValue)
    package static let mailTemplate = ["subject", "text", "html"]

    /// Keys every answerable question accepts.
    package static let questionCommon = [
        "id", "type", "title", "help", "required", "requiredIf", "visibleIf", "validate", "personal", "report",
    ]

    /// Keys only a question of `type` accepts.
    package static func questionSpecific(_ type: QuestionType) -> [String] {
        switch type {
        case .text: ["multiline", "maxLength", "pattern", "patternMessage", "format"]
        case .number: ["integer", "min", "max", "unit"]
        case .single: ["options", "display", "other"]
        case .multiple: ["options", "minSelected", "maxSelected", "other"]
        case .boolean: ["labels"]
        case .scale: ["scale", "notApplicable"]
        case .matrix: ["rows", "scale", "options", "notApplicable"]
        case .ranking: ["options", "rankCount"]
        case .date: ["min", "max"]
        case .note: ["text"]
        }
    }

    /// Every key a question of `type` accepts.
    package static func question(_ type: QuestionType) -> [String] {
        let common = type == .note ? ["id", "type", "title", "visibleIf"] : questionCommon
        return common + questionSpecific(type)
    }

    /// Every key any question accepts, for a question whose type is unknown.
    package static var anyQuestion: [String] {
        var seen = Set<String>()
        return QuestionType.allCases.flatMap(question).filter { seen.insert($0).inserted }
    }
}
