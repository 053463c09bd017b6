import Markup
import SurveyModel

/// A spot in a question's markup that shows the participant's answer: the only part of a question without
/// errors that differs between respondents, so a cached question template has a hole there.
///
/// ``QuestionRenderer`` writes every such spot through ``AnswerAttribute/attribute(for:)`` or
/// ``write(_:into:)``, whether it renders a question directly or records a template, so both ways give the
/// same bytes.
enum AnswerHole: Sendable, Equatable {
    /// An attribute of an input, select option or the like.
    case attribute(AnswerAttribute)
    /// The element content of a text area: the field's first value, or nothing.
    case text(field: String)

    /// Writes this spot for `values`, escaped by the builder.
    func write(_ values: FormValues, into html: inout HTMLBuilder) {
        switch self {
        case .attribute(let attribute): html.attribute(attribute.attribute(for: values))
        case .text(let field): html.text(values[field] ?? "")
        }
    }
}

/// An attribute whose presence or value follows the answer.
enum AnswerAttribute: Sendable, Equatable {
    /// `value="…"`: the field's first value, or empty.
    case value(field: String)
    /// `type="date"`, or `type="text"` for typed text that is no ISO date, so it is shown back, not dropped.
    case dateType(field: String)
    /// `checked` when `option` is among the field's values (radio buttons and checkboxes).
    case checked(field: String, option: String)
    /// `selected` when the field's first value is `option` (select lists).
    case selected(field: String, option: String)

    /// The attribute for `values`.
    func attribute(for values: FormValues) -> HTMLAttribute {
        switch self {
        case .value(let field):
            return HTMLAttribute("value", values[field] ?? "")
        case .dateType(let field):
            let value = values[field] ?? ""
            let isISO = value.isEmpty || CalendarDate(iso: value) != nil
            return HTMLAttribute("type", isISO ? "date" : "text")
        case .checked(let field, let option):
            return .flag("checked", values.values(field).contains(option))
        case .selected(let field, let option):
            return .flag("selected", (values[field] ?? "") == option)
        }
    }
}

/// Collects the answer holes of a question template while ``QuestionRenderer`` writes it; a hole's number
/// in the template is its index here.
final class AnswerHoleRecorder {
    private(set) var holes: [AnswerHole] = []

    /// Records an attribute hole and returns what marks it among the element's attributes.
    func attribute(_ attribute: AnswerAttribute) -> HTMLAttribute {
        holes.append(.attribute(attribute))
        return .hole(holes.count - 1)
    }

    /// Records a text hole at the builder's position.
    func text(field: String, into html: inout HTMLBuilder) {
        holes.append(.text(field: field))
        html.hole(holes.count - 1)
    }
}
