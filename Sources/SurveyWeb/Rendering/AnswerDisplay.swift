import SurveyModel

/// A question's answer as a reader sees it (review page, confirmation, office view).
enum AnswerDisplay {
    /// The answer in words, or nil when nothing was given.
    static func text(of question: Question, in values: FormValues, context: RenderContext) -> String? {
        let raw = values.values(question.id).filter { !$0.allSatisfy(\.isWhitespace) }
        func label(_ value: String, _ options: [Option], other: LocalizedText?) -> String {
            if value == Question.otherValue, let other {
                let typed = values[FieldName.other(question)] ?? ""
                return typed.isEmpty ? context.text(other) : "\(context.text(other)) \(typed)"
            }
            return options.first { $0.value == value }.map { context.text($0.label) } ?? value
        }
        switch question.kind {
        case .note:
            return nil
        case .text, .date:
            return raw.first
        case .number(let settings):
            guard let typed = raw.first else { return nil }
            // The number as the page's language reads it, grouped so that the reading shows; unreadable text as typed.
            let value =
                NumberText.parse(typed, language: context.language).map {
                    NumberText.display($0, language: context.language, groupingFrom: 4)
                } ?? typed
            return settings.unit.map { "\(value) \(context.text($0))" } ?? value
        case .single(let settings):
            return raw.first.map { label($0, settings.options, other: settings.other) }
        case .multiple(let settings):
            return raw.isEmpty
                ? nil : raw.map { label($0, settings.options, other: settings.other) }.joined(separator: "\n")
        case .boolean(let settings):
            switch raw.first {
            case "true": return settings.trueLabel.map(context.text) ?? context.phrase(.yes)
            case "false": return settings.falseLabel.map(context.text) ?? context.phrase(.no)
            default: return raw.first
            }
        case .scale(let settings):
            return raw.first.map { scaleLabel($0, settings, context: context) }
        case .matrix(let settings):
            let lines = settings.rows.compactMap { row -> String? in
                guard let value = values[FieldName.row(question, row)], !value.isEmpty else { return nil }
                let cell: String =
                    switch settings.cells {
                    case .scale(let scale): scaleLabel(value, scale, context: context)
                    case .options(let options): label(value, options, other: nil)
                    }
                return "\(context.text(row.label)): \(cell)"
            }
            return lines.isEmpty ? nil : lines.joined(separator: "\n")
        case .ranking(let settings):
            let lines = (1...max(1, settings.effectiveRankCount)).compactMap { rank -> String? in
                guard let value = values[FieldName.rank(question, rank)], !value.isEmpty else { return nil }
                return "\(rank). \(label(value, settings.options, other: nil))"
            }
            return lines.isEmpty ? nil : lines.joined(separator: "\n")
        }
    }

    private static func scaleLabel(_ value: String, _ settings: ScaleSettings, context: RenderContext) -> String {
        if value == "na", let notApplicable = settings.notApplicable { return context.text(notApplicable) }
        if let point = Int(value), let label = settings.labels[point] { return "\(point) – \(context.text(label))" }
        return value
    }
}
