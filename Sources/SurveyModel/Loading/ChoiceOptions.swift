import Foundation

/// The options of every choice an expression can name, so that a wrong value in a condition is
/// answered with the value meant: an option's label where its value belongs (`'Grundschule'` for
/// `'gs'`) is the most common slip of people who know the questionnaire but not the definition.
struct ChoiceOptions {
    /// Options by the name an expression uses: `schulart`, `participant.schulart`, `ausstattung.tafel`.
    private var options: [String: [Option]] = [:]

    /// A list of allowed values is shown only up to this length; longer ones help less than the suggestion.
    private static let listLimit = 12

    init(pages: [Page], participantFields: [ParticipantField]) {
        for field in participantFields where !field.options.isEmpty {
            options["participant.\(field.id)"] = field.options
        }
        for question in pages.flatMap(\.questions) {
            switch question.kind {
            case .single(let settings): options[question.id] = settings.options
            case .multiple(let settings): options[question.id] = settings.options
            case .ranking(let settings): options[question.id] = settings.options
            case .matrix(let settings):
                guard case .options(let cells) = settings.cells else { continue }
                for row in settings.rows { options["\(question.id).\(row.value)"] = cells }
            default: continue
            }
        }
    }

    /// The message for `problem` of the expression named `what`; a value that is not an option
    /// is answered with the option whose label it is, or else with the allowed values.
    func message(for problem: ExpressionError, in what: DiagnosticMessage) -> DiagnosticMessage {
        let plain = DiagnosticMessage(.expressionProblem, parts: [.phrase(what), .expression(problem)])
        guard case .notAnOption(let value, let question, let suggestion) = problem.reason,
            let options = options[question]
        else { return plain }
        if let (option, label) = Self.option(labelled: value, among: options) {
            let bare = ExpressionError(
                .notAnOption(value, question: question, suggestion: nil), offset: problem.offset,
                length: problem.length)
            return DiagnosticMessage(
                .expressionLabelForValue,
                parts: [.phrase(what), .expression(bare), .literal(option.value), .literal(label)])
        }
        guard suggestion == nil, options.count <= Self.listLimit else { return plain }
        let list = options.map { "'\($0.value)' (\($0.label.defaultText))" }.joined(separator: ", ")
        return DiagnosticMessage(
            .expressionAllowedValues, parts: [.phrase(what), .expression(problem), .literal(list)])
    }

    /// The option one of whose labels, in any language, is `text`, ignoring case and outer spaces.
    private static func option(labelled text: String, among options: [Option]) -> (Option, String)? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        for option in options {
            let labels = [option.label.defaultText] + option.label.translations.values.sorted()
            if let label = labels.first(where: { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }) {
                return (option, label)
            }
        }
        return nil
    }
}
