import Foundation

/// Checking one answer against its question.
extension Question {
    /// The problems of `answer` (nil when unanswered) for this visible question, rules aside.
    func problems(with answer: Answer?, context: AnswerContext) -> [AnswerProblem] {
        guard kind.isAnswerable else { return [] }
        guard let answer, !answer.isEmpty else {
            return isRequired(in: context) ? [.required] : []
        }
        var problems = settingsProblems(answer)
        if case .matrix(let settings) = kind, case .matrix(let cells) = answer, isRequired(in: context) {
            let missing = settings.rows.map(\.value).filter { cells[$0] == nil }
            if !missing.isEmpty { problems.append(.missingRows(missing)) }
        }
        return problems
    }


    private func isRequired(in context: AnswerContext) -> Bool {
        switch requirement {
        case .optional: false
        case .always: true
        case .when(let condition): condition.isTrue(in: context)
        }
    }

    private func settingsProblems(_ answer: Answer) -> [AnswerProblem] {
        switch (kind, answer) {
        case (.text(let settings), .text(let text)): return settings.problems(text)
        case (.number(let settings), .number(let number)): return settings.problems(number)
        case (.single(let settings), .choice(let value, let other)):
            return Self.choiceProblems([value], other: other, options: settings.options, otherLabel: settings.other)
        case (.multiple(let settings), .choices(let values, let other)): return settings.problems(values, other: other)
        case (.boolean, .bool): return []
        case (.scale(let scale), .scale(let point)):
            let cell: MatrixCell =
                switch point {
                case .point(let value): .point(value)
                case .notApplicable: .notApplicable
                }
            return scale.problems(cell)
        case (.matrix(let settings), .matrix(let cells)): return settings.problems(cells)
        case (.ranking(let settings), .ranking(let values)): return settings.problems(values)
        case (.date(let settings), .date(let date)):
            if let min = settings.min, date < min { return [.belowMinimum(.date(min))] }
            if let max = settings.max, date > max { return [.aboveMaximum(.date(max))] }
            return []
        default: return [.wrongKind(expected: kind.typeName)]
        }
    }

    /// Problems of chosen values of a single or multiple choice.
    static func choiceProblems(
        _ values: [String], other: String?, options: [Option], otherLabel: LocalizedText?
    ) -> [AnswerProblem] {
        var problems: [AnswerProblem] = []
        for value in values where !options.contains(where: { $0.value == value }) {
            if value == otherValue, otherLabel != nil {
                if other?.allSatisfy(\.isWhitespace) ?? true { problems.append(.otherTextMissing) }
            } else {
                problems.append(.unknownOption(value))
            }
        }
        return problems
    }
}

extension TextSettings {
    func problems(_ text: String) -> [AnswerProblem] {
        var problems: [AnswerProblem] = []
        if let maxLength, text.count > maxLength { problems.append(.tooLong(maximum: maxLength)) }
        if let pattern, !Self.matchesWhole(text, pattern: pattern) { problems.append(.patternMismatch(patternMessage)) }
        if format == .email, !Self.isEmailAddress(text) { problems.append(.invalidEmail) }
        return problems
    }

    /// Whether the pattern matches the whole text, not just a part of it.
    static func matchesWhole(_ text: String, pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: "^(?:\(pattern))$") else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }

    /// A plausible address: one `@`, something before it, a dotted domain after it, no spaces.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
            !local.isEmpty, !text.contains(where: \.isWhitespace)
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}

extension NumberSettings {
    func problems(_ number: Double) -> [AnswerProblem] {
        guard number.isFinite else { return [.wrongKind(expected: .number)] }
        var problems: [AnswerProblem] = []
        if integer, number.rounded() != number { problems.append(.notWholeNumber) }
        if let min, number < min { problems.append(.belowMinimum(.number(min))) }
        if let max, number > max { problems.append(.aboveMaximum(.number(max))) }
        return problems
    }
}

extension MultipleChoiceSettings {
    func problems(_ values: [String], other: String?) -> [AnswerProblem] {
        var problems = Question.choiceProblems(values, other: other, options: options, otherLabel: self.other)
        let chosen = Set(values)
        if chosen.count > 1, let exclusive = options.first(where: { $0.exclusive && chosen.contains($0.value) }) {
            problems.append(.exclusiveCombined(option: exclusive.value))
        }
        if let minSelected, chosen.count < minSelected { problems.append(.tooFewChoices(minimum: minSelected)) }
        if let maxSelected, chosen.count > maxSelected { problems.append(.tooManyChoices(maximum: maxSelected)) }
        return problems
    }
}

extension ScaleSettings {
    func problems(_ cell: MatrixCell) -> [AnswerProblem] {
        switch cell {
        case .point(let point) where points.contains(point): []
        case .notApplicable where notApplicable != nil: []
        case .option: [.wrongKind(expected: .scale)]
        default: [.outsideScale(from: from, to: to)]
        }
    }
}

extension MatrixSettings {
    func problems(_ cells: [String: MatrixCell]) -> [AnswerProblem] {
        var problems: [AnswerProblem] = []
        for row in cells.keys.sorted() {
            guard let cell = cells[row] else { continue }
            guard rows.contains(where: { $0.value == row }) else {
                problems.append(.unknownRow(row))
                continue
            }
            switch (self.cells, cell) {
            case (.scale(let scale), _): problems += scale.problems(cell)
            case (.options(let options), .option(let value)):
                if !options.contains(where: { $0.value == value }) { problems.append(.unknownOption(value)) }
            case (.options, _): problems.append(.wrongKind(expected: .matrix))
            }
        }
        return problems
    }
}

extension RankingSettings {
    func problems(_ values: [String]) -> [AnswerProblem] {
        var problems: [AnswerProblem] = []
        var seen = Set<String>()
        for value in values {
            if !options.contains(where: { $0.value == value }) {
                problems.append(.unknownOption(value))
            } else if !seen.insert(value).inserted {
                problems.append(.rankedTwice(value))
            }
        }
        if values.count != effectiveRankCount { problems.append(.wrongRankCount(expected: effectiveRankCount)) }
        return problems
    }
}
