import SurveyModel

/// A filter as an office member types it, read the way they meant it where that is certain,
/// and checked against the survey with messages in the office's language.
///
/// Three slips are repaired, each with a note on the page so the expression
/// language is learnt rather than hidden: `=` for `==`, a participant field
/// without `participant.` (`schulart`), and an option's label where its value
/// belongs (`'Grundschule'` or `Grundschule` for `'gs'`).
struct FilterRepair {
    /// The filter to evaluate: the repaired text, or the text as typed when it has a problem.
    private(set) var source: String
    /// What was read differently from how it was typed, one sentence each.
    private(set) var notes: [String] = []
    /// Why the filter cannot be used, as a sentence for the page; nil when it can.
    private(set) var problem: String?
    /// Whether the filter is sound but cannot match any response.
    private(set) var matchesNothing = false

    private let survey: Survey
    private let ui: UILanguage

    /// At most this many repairs: each fixes one slip, and no real filter has more.
    private static let repairLimit = 12

    init(_ typed: String, survey: Survey, ui: UILanguage) {
        source = typed
        self.survey = survey
        self.ui = ui
        for _ in 0..<Self.repairLimit {
            let expression: Expression
            do {
                expression = try Expression.parse(source)
            } catch {
                guard repairSyntax(error) else {
                    problem = message(error)
                    return
                }
                continue
            }
            let errors = expression.check(against: survey.expressionSchema, expecting: .bool)
            guard let first = errors.first else {
                matchesNothing = expression.neverHolds
                return
            }
            // One repair per round: it moves the offsets of the other problems.
            var repaired = false
            for error in errors where !repaired { repaired = repairReference(error) }
            guard !repaired else { continue }
            problem = message(first)
            return
        }
        problem =
            ui == .de
            ? "Der Filter lässt sich nicht verwenden: Er enthält zu viele Fehler."
            : "The filter cannot be used: it has too many mistakes."
    }

    /// A problem in the office's language, as a whole sentence; a value that no option has means the filter
    /// matches nothing, and says so.
    private func message(_ error: ExpressionError) -> String {
        let text = error.message(in: ui.rawValue)
        if case .notAnOption = error.reason {
            return (ui == .de ? "Dieser Filter trifft auf keine Antwort zu: " : "This filter matches no response: ")
                + text
        }
        return (ui == .de ? "Der Filter lässt sich nicht verwenden: " : "The filter cannot be used: ") + text
    }

    private mutating func repairSyntax(_ error: ExpressionError) -> Bool {
        guard case .incompleteOperator(found: "=", expected: "==") = error.reason else { return false }
        replace(error, with: "==")
        note("„=“ wurde als „==“ gelesen.", "“=” was read as “==”.")
        return true
    }

    /// Repairs a field without `participant.`, or a label (quoted or bare) where a value belongs.
    private mutating func repairReference(_ error: ExpressionError) -> Bool {
        switch error.reason {
        case .unknownQuestion(let id, _):
            if let field = survey.participantFields.first(where: { matches(id, $0.id, $0.label) }) {
                replace(error, with: "participant.\(field.id)")
                note(
                    "„\(id)“ wurde als Teilnehmerfeld participant.\(field.id) gelesen.",
                    "“\(id)” was read as the participant field participant.\(field.id).")
                return true
            }
            if let question = survey.questions.first(where: { $0.id.lowercased() == id.lowercased() }) {
                replace(error, with: question.id)
                return true
            }
            guard let value = optionValue(labelled: id, in: allOptions) else { return false }
            replace(error, with: Self.quoted(value))
            note(
                "„\(id)“ wurde als Wert '\(value)' gelesen (die Beschriftung einer Antwortmöglichkeit).",
                "“\(id)” was read as the value '\(value)' (an option’s label).")
            return true
        case .notAnOption(let label, let owner, _):
            guard let value = optionValue(labelled: label, in: options(of: owner)) else { return false }
            replace(error, with: Self.quoted(value))
            note(
                "„\(label)“ wurde als Wert '\(value)' gelesen (die Beschriftung einer Antwortmöglichkeit).",
                "“\(label)” was read as the value '\(value)' (an option’s label).")
            return true
        default:
            return false
        }
    }

    private func matches(_ typed: String, _ id: String, _ label: LocalizedText) -> Bool {
        let typed = typed.lowercased()
        return typed == id.lowercased() || labels(label).contains(typed)
    }

    /// A label in every language of the survey, lowercased.
    private func labels(_ label: LocalizedText) -> [String] {
        survey.languages.map { label.text(in: $0).lowercased() }
    }

    private func optionValue(labelled typed: String, in options: [Option]) -> String? {
        let typed = typed.lowercased()
        return options.first { $0.value.lowercased() == typed || labels($0.label).contains(typed) }?.value
    }

    /// The options of a question or `participant.` field as the checker names it.
    private func options(of owner: String) -> [Option] {
        if owner.hasPrefix("participant.") {
            return survey.participantField(String(owner.dropFirst("participant.".count)))?.options ?? []
        }
        return survey.question(owner)?.options ?? []
    }

    private var allOptions: [Option] {
        survey.participantFields.flatMap(\.options) + survey.questions.flatMap(\.options)
    }

    private mutating func replace(_ error: ExpressionError, with replacement: String) {
        var scalars = Array(source.unicodeScalars)
        let start = max(0, min(error.offset, scalars.count))
        let end = max(start, min(error.offset + error.length, scalars.count))
        scalars.replaceSubrange(start..<end, with: Array(replacement.unicodeScalars))
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars)
        source = result
    }

    private mutating func note(_ german: String, _ english: String) {
        notes.append(ui == .de ? german : english)
    }

    /// A text literal for `value`, with quotes and backslashes escaped.
    static func quoted(_ value: String) -> String {
        "'" + value.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }
}
