import HTTPServer
import StrictJSON
import SurveyModel

/// What a participant typed or chose, field by field, exactly as posted.
///
/// The form keeps raw text rather than typed answers so that nothing typed is
/// ever lost: a half-typed number survives a validation error, a draft and a
/// change of device. Field names follow one scheme (see ``FieldName``).
struct FormValues: Sendable, Equatable {
    /// Values by field name; checkbox groups have several.
    private(set) var fields: [String: [String]] = [:]

    /// Creates empty values.
    init() {}

    /// The values a posted page may carry for `questions`, and nothing more;
    /// control fields (`_csrf`, `_action`…) are no question's, so they are left out.
    ///
    /// Every field the questions do not have is ignored, and each field keeps at
    /// most as many values as the page offers (see ``FieldName/valueLimits(of:)``),
    /// so what an anonymous post costs later is bounded by the definition, not by
    /// the request. One pass over the posted fields with hash lookups: linear.
    /// Values are cleaned as ``PostedText/normalized(_:)`` says, so what is shown
    /// back, checked and stored is the same text.
    init(form: URLEncodedForm, questions: [Question]) {
        var remaining: [String: Int] = [:]
        for question in questions {
            for (name, limit) in FieldName.valueLimits(of: question) { remaining[name] = limit }
        }
        for (name, value) in form.fields {
            guard let left = remaining[name], left > 0 else { continue }
            remaining[name] = left - 1
            fields[name, default: []].append(PostedText.normalized(value))
        }
    }

    /// The first value of a field, if any.
    subscript(name: String) -> String? { fields[name]?.first }

    /// Every value of a field.
    func values(_ name: String) -> [String] { fields[name] ?? [] }

    /// Replaces a field's values; an empty list removes the field.
    mutating func set(_ name: String, _ values: [String]) {
        fields[name] = values.isEmpty ? nil : values
    }

    /// Replaces the fields of `questions` with those in `other`, keeping every other field.
    mutating func merge(_ other: FormValues, for questions: [Question]) {
        for question in questions {
            for name in FieldName.all(of: question) {
                set(name, other.values(name))
            }
        }
    }

    /// The fields as a JSON object, the shape a draft is stored in.
    var json: JSON {
        .object(
            fields.sorted { $0.key < $1.key }.map { name, values in
                JSONField(
                    key: name, value: values.count == 1 ? .string(values[0]) : .array(values.map(JSON.string)))
            })
    }

    /// Reads the shape ``json`` writes; anything else is skipped, never trusted.
    init(json: JSON) {
        guard case .object(let members) = json else { return }
        for member in members {
            let name = member.key
            switch member.value {
            case .string(let text): fields[name] = [text]
            case .array(let items):
                let texts = items.compactMap { item -> String? in
                    if case .string(let text) = item { return text }
                    return nil
                }
                if !texts.isEmpty { fields[name] = texts }
            default: continue
            }
        }
    }
}
