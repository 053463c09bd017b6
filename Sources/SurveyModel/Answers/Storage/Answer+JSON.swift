import StrictJSON

extension Answer {
    /// The stored form of a matrix or scale's "not applicable" answer.
    public static let notApplicableValue = "na"

    /// The answer as it is stored in a response (see `docs/answer-format.md`).
    public var json: JSON {
        switch self {
        case .text(let text): return .string(text)
        case .number(let number): return .number(number)
        case .single(.option(let value)): return .string(value)
        case .single(.other(let text)): return ["value": .string(Question.otherValue), "other": .string(text)]
        case .multiple(let choice):
            let values = JSON.array(choice.allValues.map(JSON.string))
            guard let other = choice.other else { return values }
            return ["values": values, "other": .string(other)]
        case .boolean(let value): return .bool(value)
        case .scale(.point(let point)): return .number(Double(point))
        case .scale(.notApplicable): return .string(Answer.notApplicableValue)
        case .matrix(let cells):
            // Sorted so that the same answer is always written with the same bytes.
            return .object(cells.sorted { $0.key < $1.key }.map { JSONField(key: $0.key, value: $0.value.json) })
        case .ranking(let values): return .array(values.map(JSON.string))
        case .date(let date): return .string(date.description)
        }
    }

    /// Reads a stored answer of `question`.
    ///
    /// Only the shape is checked here; whether the values are acceptable
    /// (options, bounds, rules) is validation's job, so that answers stored
    /// under an earlier version of the definition still load.
    /// - Throws: ``AnswerDecodingError`` naming the question and what was expected.
    public init(json: JSON, for question: Question) throws(AnswerDecodingError) {
        let id = question.id
        func shapeError(_ expected: String, _ value: JSON = json, path: String = id) -> AnswerDecodingError {
            .wrongShape(path: path, expected: expected, found: value.phrase)
        }
        switch question.kind {
        case .note:
            throw .noteHasNoAnswer(id)
        case .text:
            guard let text = json.string else { throw shapeError("a string") }
            self = .text(text)
        case .number:
            guard let number = json.double else { throw shapeError("a number") }
            self = .number(number)
        case .boolean:
            guard let value = json.bool else { throw shapeError("true or false") }
            self = .boolean(value)
        case .single:
            self = .single(try Answer.singleChoice(json, id: id))
        case .multiple:
            self = .multiple(try Answer.multipleChoice(json, id: id))
        case .scale:
            guard let point = Answer.scaleCell(json) else { throw shapeError("a whole number or \"na\"") }
            self = .scale(point.map(ScaleAnswer.point) ?? .notApplicable)
        case .matrix(let settings):
            self = .matrix(try Answer.matrixCells(json, id: id, cells: settings.cells))
        case .ranking:
            guard let values = json.elements?.compactMap(\.string), values.count == json.elements?.count else {
                throw shapeError("an array of option values")
            }
            self = .ranking(values)
        case .date:
            guard let text = json.string else { throw shapeError("a date string such as \"2024-03-01\"") }
            guard let date = CalendarDate(iso: text) else { throw .invalidDate(path: id, text: text) }
            self = .date(date)
        }
    }

    private static let singleShape = "an option value or {\"value\": \"other\", \"other\": text}"
    private static let multipleShape = "an array of option values or {\"values\": [..., \"other\"], \"other\": text}"

    private static func singleChoice(_ json: JSON, id: String) throws(AnswerDecodingError) -> SingleChoiceAnswer {
        if let value = json.string { return .option(value) }
        guard let fields = json.fields, fields.count == 2, json["value"] == .string(Question.otherValue),
            let text = json["other"]?.string
        else { throw .wrongShape(path: id, expected: singleShape, found: json.phrase) }
        return .other(text)
    }

    private static func multipleChoice(_ json: JSON, id: String) throws(AnswerDecodingError) -> MultipleChoiceAnswer {
        func strings(_ value: JSON?) -> [String]? {
            guard let elements = value?.elements else { return nil }
            let texts = elements.compactMap(\.string)
            return texts.count == elements.count ? texts : nil
        }
        if let values = strings(json), !values.contains(Question.otherValue) {
            return MultipleChoiceAnswer(values: values)
        }
        // The "other" choice is listed among the values too, so `.values | index("other")` finds it.
        guard let fields = json.fields, fields.count == 2, let values = strings(json["values"]),
            values.count(where: { $0 == Question.otherValue }) == 1, let text = json["other"]?.string
        else { throw .wrongShape(path: id, expected: multipleShape, found: json.phrase) }
        return MultipleChoiceAnswer(values: values.filter { $0 != Question.otherValue }, other: text)
    }

    /// A scale point (`.some(point)`), "not applicable" (`.some(nil)`), or nil for any other value.
    private static func scaleCell(_ json: JSON) -> Int?? {
        if json == .string(notApplicableValue) { return .some(nil) }
        guard let point = json.int else { return nil }
        return .some(point)
    }

    private static func matrixCells(_ json: JSON, id: String, cells: MatrixCells) throws(AnswerDecodingError)
        -> [String: MatrixCell]
    {
        guard let fields = json.fields else {
            throw .wrongShape(path: id, expected: "an object of rows", found: json.phrase)
        }
        var result: [String: MatrixCell] = [:]
        for field in fields {
            let path = "\(id).\(field.key)"
            guard result[field.key] == nil else { throw .duplicateRow(path: path) }
            switch cells {
            case .scale:
                guard let point = scaleCell(field.value) else {
                    throw .wrongShape(path: path, expected: "a whole number or \"na\"", found: field.value.phrase)
                }
                result[field.key] = point.map(MatrixCell.point) ?? .notApplicable
            case .options:
                guard let value = field.value.string else {
                    throw .wrongShape(path: path, expected: "an option value", found: field.value.phrase)
                }
                result[field.key] = .option(value)
            }
        }
        return result
    }
}

extension MatrixCell {
    /// The cell as it is stored in a matrix answer.
    var json: JSON {
        switch self {
        case .point(let point): .number(Double(point))
        case .option(let value): .string(value)
        case .notApplicable: .string(Answer.notApplicableValue)
        }
    }
}
