import Foundation

extension Question {
    /// The first problem with a non-empty answer given the question's own settings; nil if there is none.
    ///
    /// Cross-field `validate` rules are not checked here; they need the whole response.
    /// - Parameter required: whether the question must be answered now, which makes every matrix row required.
    public func problem(with answer: Answer, required: Bool) -> AnswerError? {
        // One switch over the kind, then a match of the answer: a switch over the pair would copy both.
        let wrongType = AnswerError.wrongType(expected: kind.typeName)
        switch kind {
        case .text(let settings):
            guard case .text(let text) = answer else { return wrongType }
            return Question.problem(with: text, settings)
        case .number(let settings):
            guard case .number(let number) = answer else { return wrongType }
            guard number.isFinite else { return .notANumber(number.description) }
            if settings.integer, number != number.rounded() { return .notAnInteger }
            if let minimum = settings.min, number < minimum { return .belowMinimum(minimum) }
            if let maximum = settings.max, number > maximum { return .aboveMaximum(maximum) }
            return nil
        case .single(let settings):
            guard case .single(let choice) = answer else { return wrongType }
            switch choice {
            case .option(let value):
                return settings.options.contains { $0.value == value } ? nil : .unknownOption(value)
            case .other(let text):
                return Question.problem(withOther: text, label: settings.other)
            }
        case .multiple(let settings):
            guard case .multiple(let choice) = answer else { return wrongType }
            return Question.problem(with: choice, settings)
        case .boolean:
            guard case .boolean = answer else { return wrongType }
            return nil
        case .scale(let settings):
            guard case .scale(let point) = answer else { return wrongType }
            return Question.problem(with: MatrixCell(point), scale: settings)
        case .matrix(let settings):
            guard case .matrix(let cells) = answer else { return wrongType }
            return Question.problem(with: cells, settings, required: required)
        case .ranking(let settings):
            guard case .ranking(let values) = answer else { return wrongType }
            var seen = [Bool](repeating: false, count: settings.options.count)
            for value in values {
                guard let index = Question.firstIndex(of: value, in: settings.options) else {
                    return .unknownOption(value)
                }
                guard !seen[index] else { return .duplicateChoice(settings.options[index].label) }
                seen[index] = true
            }
            return values.count == settings.effectiveRankCount ? nil : .wrongRankCount(settings.effectiveRankCount)
        case .date(let settings):
            guard case .date(let date) = answer else { return wrongType }
            if let minimum = settings.min, date < minimum { return .dateTooEarly(minimum) }
            if let maximum = settings.max, date > maximum { return .dateTooLate(maximum) }
            return nil
        case .note:
            return wrongType
        }
    }

    private static func problem(with text: String, _ settings: TextSettings) -> AnswerError? {
        let maxLength = settings.effectiveMaxLength
        if text.unicodeScalars.count > maxLength { return .tooLong(maxLength: maxLength) }
        if settings.format == .email, !EmailAddress.isPlausible(text) { return .invalidEmail }
        if let pattern = settings.pattern, !matchesWhole(text, pattern: pattern) {
            return .patternMismatch(settings.patternMessage)
        }
        return nil
    }

    /// Whether the whole text matches; a pattern that does not compile (the loader rejects those) matches nothing.
    private static func matchesWhole(_ text: String, pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    /// - Parameter label: the question's label of its "other" choice; nil where it offers none.
    private static func problem(withOther text: String, label: LocalizedText?) -> AnswerError? {
        guard let label else { return .otherNotOffered }
        if text.unicodeScalars.count > otherTextMaxLength { return .tooLong(maxLength: otherTextMaxLength) }
        return text.isEmpty ? .otherTextMissing(label) : nil
    }

    /// The index of the first option with `value`.
    ///
    /// A linear search, cheaper than hashing for the few options of a question. The checks that call it stop
    /// at the first unknown or repeated value, so they search at most once per option whatever the length of
    /// the stored answer: their cost is bounded by the definition, not by the input.
    private static func firstIndex(of value: String, in options: [Option]) -> Int? {
        options.firstIndex { $0.value == value }
    }

    private static func problem(with choice: MultipleChoiceAnswer, _ settings: MultipleChoiceSettings) -> AnswerError? {
        let options = settings.options
        var seen = [Bool](repeating: false, count: options.count)
        for value in choice.values {
            guard let index = firstIndex(of: value, in: options) else { return .unknownOption(value) }
            guard !seen[index] else { return .duplicateChoice(options[index].label) }
            seen[index] = true
            if options[index].exclusive, choice.count > 1 { return .exclusiveCombined(options[index].label) }
        }
        if let other = choice.other, let problem = problem(withOther: other, label: settings.other) {
            return problem
        }
        if let minimum = settings.minSelected, choice.count < minimum { return .tooFewSelected(minimum) }
        if let maximum = settings.maxSelected, choice.count > maximum { return .tooManySelected(maximum) }
        return nil
    }

    private static func problem(with cell: MatrixCell, scale: ScaleSettings) -> AnswerError? {
        switch cell {
        case .point(let point):
            return scale.points.contains(point) ? nil : .outsideScale(from: scale.from, to: scale.to)
        case .notApplicable:
            return scale.notApplicable == nil ? .notApplicableNotOffered : nil
        case .option:
            return .wrongType(expected: .scale)
        }
    }

    private static func problem(with cells: [String: MatrixCell], _ settings: MatrixSettings, required: Bool)
        -> AnswerError?
    {
        // Rows in definition order, so the reported row is the first one the participant sees.
        for row in settings.rows {
            guard let cell = cells[row.value] else { continue }
            switch settings.cells {
            case .scale(let scale):
                if let problem = problem(with: cell, scale: scale) { return problem }
            case .options(let options):
                guard case .option(let value) = cell else { return .wrongType(expected: .matrix) }
                if !options.contains(where: { $0.value == value }) { return .unknownOption(value) }
            }
        }
        let missing = settings.rows.count(where: { cells[$0.value] == nil })
        // Every cell belongs to a row unless there are more cells than rows answered (row values are unique,
        // as the loader checks); only then find which.
        if cells.count > settings.rows.count - missing {
            let rows = Set(settings.rows.map(\.value))
            if let unknown = cells.keys.filter({ !rows.contains($0) }).min() {
                return .unknownRow(unknown)
            }
        }
        return required && missing > 0 ? .rowsMissing(missing) : nil
    }
}
