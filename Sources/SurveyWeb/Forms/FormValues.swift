import HTTPServer
import SurveyModel

/// What a participant typed or chose, field by field, as text in the language of the current page.
///
/// The form keeps raw text rather than typed answers so that nothing typed is
/// ever lost: a half-typed number survives a validation error, a draft and a
/// change of device. Field names follow one scheme (see ``FieldName``). A
/// number's text means something only together with the language it was typed
/// in ("1.100" is 1100 in German, 1.1 in English), so drafts store numbers as
/// numbers (see `FormValues+Draft.swift`) and these values are always read in
/// the current page's language.
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
}
