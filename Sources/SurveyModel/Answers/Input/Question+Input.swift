extension Question {
    /// Reads what a person typed or a form posted for this question.
    ///
    /// Empty input gives nil (unanswered). Only the form of the input is checked
    /// here (that a number is a number); whether the answer is acceptable is
    /// checked by validation, which sees the whole response.
    /// - Parameters:
    ///   - raw: the posted values, as typed.
    ///   - language: the form's language, which decides how "1.234" reads (see ``NumberText``).
    /// - Throws: ``AnswerError`` for input that cannot be read; the caller keeps `raw` to show it back.
    public func answer(from raw: RawAnswer, language: String) throws(AnswerError) -> Answer? {
        switch kind {
        case .note:
            return nil
        case .text:
            let text = PostedText.normalized(raw.value)
            return text.isEmpty ? nil : .text(text)
        case .number:
            let text = raw.value.trimmingSpaces
            guard !text.isEmpty else { return nil }
            guard let number = NumberText.parse(text, language: language) else { throw .notANumber(raw.value) }
            return .number(number)
        case .boolean:
            let text = raw.value.trimmingSpaces.lowercased()
            guard !text.isEmpty else { return nil }
            if Question.yesWords.contains(text) { return .boolean(true) }
            if Question.noWords.contains(text) { return .boolean(false) }
            throw .notABoolean(raw.value)
        case .scale:
            let text = raw.value.trimmingSpaces
            guard !text.isEmpty else { return nil }
            if text == Answer.notApplicableValue { return .scale(.notApplicable) }
            guard let point = Question.scalePoint(text) else { throw .notAScalePoint(raw.value) }
            return .scale(.point(point))
        case .single:
            let value = raw.value.trimmingSpaces
            let other = PostedText.normalized(raw.other)
            // Typing an "other" text without ticking its choice still means "other".
            if value == Question.otherValue || (value.isEmpty && !other.isEmpty && otherLabel != nil) {
                return .single(.other(other))
            }
            return value.isEmpty ? nil : .single(.option(value))
        case .multiple:
            // A set keeps de-duplication linear in what was posted.
            var values: [String] = []
            var seen: Set<String> = []
            for value in raw.values.map(\.trimmingSpaces) where !value.isEmpty && seen.insert(value).inserted {
                values.append(value)
            }
            let other = PostedText.normalized(raw.other)
            let choosesOther = values.contains(Question.otherValue) || (!other.isEmpty && otherLabel != nil)
            values.removeAll { $0 == Question.otherValue }
            guard !values.isEmpty || choosesOther else { return nil }
            return .multiple(MultipleChoiceAnswer(values: values, other: choosesOther ? other : nil))
        case .ranking:
            let values = raw.values.map(\.trimmingSpaces).filter { !$0.isEmpty }
            return values.isEmpty ? nil : .ranking(values)
        case .date:
            let text = raw.value.trimmingSpaces
            guard !text.isEmpty else { return nil }
            guard let date = DateText.parse(text) else { throw .notADate(raw.value) }
            return .date(date)
        case .matrix(let settings):
            var cells: [String: MatrixCell] = [:]
            for (row, posted) in raw.rows {
                let text = posted.trimmingSpaces
                guard !text.isEmpty else { continue }
                switch settings.cells {
                case .options:
                    cells[row] = .option(text)
                case .scale:
                    if text == Answer.notApplicableValue {
                        cells[row] = .notApplicable
                    } else if let point = Question.scalePoint(text) {
                        cells[row] = .point(point)
                    } else {
                        throw .notAScalePoint(posted)
                    }
                }
            }
            return cells.isEmpty ? nil : .matrix(cells)
        }
    }

    /// The input a form shows for a stored answer, so a draft can be continued.
    public func rawAnswer(for answer: Answer, language: String) -> RawAnswer {
        switch answer {
        case .text(let text): RawAnswer(text)
        case .number(let number): RawAnswer(NumberText.format(number, language: language))
        case .boolean(let value): RawAnswer(value ? "true" : "false")
        case .scale(let point): RawAnswer(MatrixCell(point).rawValue)
        case .single(.option(let value)): RawAnswer(value)
        case .single(.other(let text)): RawAnswer(values: [Question.otherValue], other: text)
        case .multiple(let choice): RawAnswer(values: choice.allValues, other: choice.other ?? "")
        case .ranking(let values): RawAnswer(values: values)
        case .date(let date): RawAnswer(date.description)
        case .matrix(let cells): RawAnswer(rows: cells.mapValues(\.rawValue))
        }
    }

    /// A typed scale point, or nil if it is not a whole number that storage keeps exactly.
    ///
    /// Answers are stored as JSON numbers, which hold whole numbers exactly only up to 2^53;
    /// no scale reaches that far, so a larger point can only be a forged form.
    static func scalePoint(_ text: String) -> Int? {
        guard let point = Int(text), point.magnitude <= 1 << 53 else { return nil }
        return point
    }

    /// The words a yes/no answer accepts besides the form's own `true` and `false`, for typed and imported data.
    private static let yesWords: Set<String> = ["true", "1", "ja", "yes"]
    private static let noWords: Set<String> = ["false", "0", "nein", "no"]

}

extension MatrixCell {
    /// A scale answer seen as a cell, which shares its written form.
    init(_ scale: ScaleAnswer) {
        switch scale {
        case .point(let point): self = .point(point)
        case .notApplicable: self = .notApplicable
        }
    }

    /// The cell as a form posts it.
    var rawValue: String {
        switch self {
        case .point(let point): String(point)
        case .option(let value): value
        case .notApplicable: Answer.notApplicableValue
        }
    }
}

extension String {
    /// The text without leading and trailing white space and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
