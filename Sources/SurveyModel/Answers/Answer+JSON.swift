import StrictJSON

/// Answers as JSON, for response records and imports.
///
/// The form is the shortest that is still unambiguous once the question is known:
/// a text is `"…"`, a number `12.5`, a single choice `"gs"` (or
/// `{"value": "other", "other": "…"}`), a multiple choice `["a", "b"]` (or
/// `{"values": […], "other": "…"}`), a boolean `true`, a scale point `4` or
/// `"notApplicable"`, a matrix `{"row": 4, …}`, a ranking `["a", "b"]` and a date
/// `"2024-08-01"`.
extension Answer {
    /// The notation of the "not applicable" answer of scales and matrix rows.
    public static let notApplicableJSON = "notApplicable"

    /// The answer as JSON.
    public var json: JSON {
        switch self {
        case .text(let text): return .string(text)
        case .number(let number): return .number(number)
        case .choice(let value, let other?):
            return .object([JSONField(key: "value", value: .string(value)), JSONField(key: "other", value: .string(other))])
        case .choice(let value, nil): return .string(value)
        case .choices(let values, let other?):
            return .object([
                JSONField(key: "values", value: .array(values.map(JSON.string))),
                JSONField(key: "other", value: .string(other)),
            ])
        case .choices(let values, nil): return .array(values.map(JSON.string))
        case .bool(let flag): return .bool(flag)
        case .scale(.point(let point)): return .number(Double(point))
        case .scale(.notApplicable): return .string(Self.notApplicableJSON)
        case .matrix(let cells):
            return .object(cells.keys.sorted().compactMap { row in cells[row].map { JSONField(key: row, value: $0.json) } })
        case .ranking(let values): return .array(values.map(JSON.string))
        case .date(let date): return .string(date.description)
        }
    }

    /// Reads an answer to `question` from JSON; nil when the JSON does not have the question's shape.
    ///
    /// Only the shape is checked here; whether the values fit the question's
    /// settings is for ``Survey/validate(answers:participant:today:)``.
    public init?(json: JSON, for question: Question) {
        switch question.kind {
        case .text:
            guard let text = json.string else { return nil }
            self = .text(text)
        case .number:
            guard let number = json.double else { return nil }
            self = .number(number)
        case .single:
            if let value = json.string {
                self = .choice(value)
            } else if let value = json["value"]?.string, Self.hasOnlyKeys(json, ["value", "other"]) {
                guard let other = Self.optionalString(json["other"]) else { return nil }
                self = .choice(value, other: other)
            } else {
                return nil
            }
        case .multiple:
            if let values = Self.strings(json) {
                self = .choices(values)
            } else if let list = json["values"], let values = Self.strings(list), Self.hasOnlyKeys(json, ["values", "other"]) {
                guard let other = Self.optionalString(json["other"]) else { return nil }
                self = .choices(values, other: other)
            } else {
                return nil
            }
        case .boolean:
            guard let flag = json.bool else { return nil }
            self = .bool(flag)
        case .scale:
            guard let cell = MatrixCell(scaleJSON: json) else { return nil }
            switch cell {
            case .point(let point): self = .scale(.point(point))
            case .notApplicable: self = .scale(.notApplicable)
            case .option: return nil
            }
        case .matrix(let settings):
            guard let fields = json.fields else { return nil }
            var cells: [String: MatrixCell] = [:]
            for field in fields {
                let cell: MatrixCell?
                switch settings.cells {
                case .scale: cell = MatrixCell(scaleJSON: field.value)
                case .options: cell = field.value.string.map(MatrixCell.option)
                }
                guard let cell, cells[field.key] == nil else { return nil }
                cells[field.key] = cell
            }
            self = .matrix(cells)
        case .ranking:
            guard let values = Self.strings(json) else { return nil }
            self = .ranking(values)
        case .date:
            guard let text = json.string, let date = CalendarDate(iso: text) else { return nil }
            self = .date(date)
        case .note:
            return nil
        }
    }

    private static func strings(_ json: JSON) -> [String]? {
        guard let elements = json.elements else { return nil }
        let strings = elements.compactMap(\.string)
        return strings.count == elements.count ? strings : nil
    }

    /// nil for a value that is present but not a string; `.some(nil)` when absent.
    private static func optionalString(_ json: JSON?) -> String?? {
        guard let json else { return .some(nil) }
        return json.string.map { .some($0) }
    }

    private static func hasOnlyKeys(_ json: JSON, _ keys: [String]) -> Bool {
        json.fields?.allSatisfy { keys.contains($0.key) } ?? false
    }
}

extension MatrixCell {
    /// The cell as JSON: a point as a number, "not applicable" and options as strings.
    var json: JSON {
        switch self {
        case .point(let point): .number(Double(point))
        case .notApplicable: .string(Answer.notApplicableJSON)
        case .option(let value): .string(value)
        }
    }

    /// Reads a scale cell: a whole number or `"notApplicable"`.
    init?(scaleJSON json: JSON) {
        if let point = json.int {
            self = .point(point)
        } else if json.string == Answer.notApplicableJSON {
            self = .notApplicable
        } else {
            return nil
        }
    }
}
