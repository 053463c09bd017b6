import Markup
import SurveyModel

/// Writes the markup of one question: label or legend, help, condition hint,
/// error message and the input controls, wired together with `aria-describedby`.
struct QuestionRenderer {
    let context: RenderContext
    let question: Question
    /// What the participant typed or chose, shown back.
    let values: FormValues
    /// Messages for this question; non-empty marks it invalid.
    let errors: [String]
    /// Whether the question depends on answers on the same page: it stays
    /// visible without JavaScript, with its condition in words.
    let conditional: Bool
    /// Set while a template is recorded: each answer's spot becomes a hole here instead of showing `values`.
    var recorder: AnswerHoleRecorder? = nil

    /// The id of the control an error summary links to.
    static func anchor(of question: Question) -> String {
        switch question.kind {
        case .single(let settings) where settings.display == .dropdown: "f-\(question.id)"
        case .single, .multiple, .boolean, .scale: "f-\(question.id)-0"
        case .matrix(let settings): settings.rows.first.map { "f-\(question.id)-\($0.value)-0" } ?? "q-\(question.id)"
        case .ranking: "f-\(question.id)-1"
        case .note: "q-\(question.id)"
        default: "f-\(question.id)"
        }
    }

    func render(into html: inout HTMLBuilder) {
        if case .note(let body) = question.kind {
            renderNote(body, into: &html)
            return
        }
        var classes = "question " + question.kind.typeName.rawValue
        if !errors.isEmpty { classes += " has-error" }
        let container: [HTMLAttribute] = [
            HTMLAttribute("class", classes), HTMLAttribute("id", "q-\(question.id)"),
            HTMLAttribute("data-question", question.id), HTMLAttribute("data-conditional", conditional ? "" : nil),
        ]
        switch question.kind {
        case .text, .number, .date:
            html.element("div", container) { html in
                label(into: &html, for: "f-\(question.id)")
                descriptions(into: &html)
                singleField(into: &html)
            }
        case .single(let settings) where settings.display == .dropdown:
            html.element("div", container) { html in
                label(into: &html, for: "f-\(question.id)")
                descriptions(into: &html)
                dropdown(settings, into: &html)
            }
        default:
            html.element("fieldset", container + [HTMLAttribute("aria-describedby", describedBy)]) { html in
                html.element("legend") { html in titleText(into: &html) }
                descriptions(into: &html)
                group(into: &html)
            }
        }
        html.newline()
    }

    // MARK: Title, help, hint, error

    private var title: String { question.title.map(context.text) ?? question.id }

    private func titleText(into html: inout HTMLBuilder) {
        html.text(title)
        switch question.requirement {
        case .always:
            html.text(" ")
            html.element("span", [HTMLAttribute("class", "required")], text: context.phrase(.requiredMarker))
        case .when(let condition):
            html.text(" ")
            html.element(
                "span", [HTMLAttribute("class", "required")],
                text: context.phrase(.requiredWhen(context.describe(condition))))
        case .optional:
            break
        }
    }

    private func label(into html: inout HTMLBuilder, for id: String) {
        html.element("label", [HTMLAttribute("for", id)]) { html in titleText(into: &html) }
    }

    /// The ids of help, condition, unit and error text, for `aria-describedby`.
    private var describedBy: String? {
        var ids: [String] = []
        if question.help != nil { ids.append("h-\(question.id)") }
        if conditional, question.visibleIf != nil { ids.append("c-\(question.id)") }
        if case .number(let settings) = question.kind, settings.unit != nil { ids.append("u-\(question.id)") }
        if !errors.isEmpty { ids.append("e-\(question.id)") }
        return ids.isEmpty ? nil : ids.joined(separator: " ")
    }

    private func descriptions(into html: inout HTMLBuilder) {
        if let help = question.help {
            html.element(
                "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", "h-\(question.id)")], text: context.text(help)
            )
        }
        if conditional, let condition = question.visibleIf {
            html.element(
                "p", [HTMLAttribute("class", "hint condition"), HTMLAttribute("id", "c-\(question.id)")],
                text: context.phrase(.conditionHint(context.describe(condition))))
        }
        if !errors.isEmpty {
            html.element("p", [HTMLAttribute("class", "error"), HTMLAttribute("id", "e-\(question.id)")]) { html in
                html.text(errors.joined(separator: " "))
            }
        }
    }

    /// An attribute that follows the answer: a hole while recording a template, else its value for `values`.
    private func answer(_ attribute: AnswerAttribute) -> HTMLAttribute {
        recorder?.attribute(attribute) ?? attribute.attribute(for: values)
    }

    private var invalid: HTMLAttribute { HTMLAttribute("aria-invalid", errors.isEmpty ? nil : "true") }

    private var requiredAttribute: HTMLAttribute {
        if case .always = question.requirement { return HTMLAttribute("aria-required", "true") }
        return HTMLAttribute("aria-required", nil)
    }

    // MARK: One-field questions

    private func singleField(into html: inout HTMLBuilder) {
        let id = "f-\(question.id)"
        var attributes = [
            HTMLAttribute("id", id), HTMLAttribute("name", question.id),
            HTMLAttribute("aria-describedby", describedBy), invalid, requiredAttribute,
        ]
        switch question.kind {
        case .text(let settings):
            attributes.append(HTMLAttribute("maxlength", String(settings.effectiveMaxLength)))
            if settings.multiline {
                html.element("textarea", attributes + [HTMLAttribute("rows", "5")]) { html in
                    if let recorder {
                        recorder.text(field: question.id, into: &html)
                    } else {
                        AnswerHole.text(field: question.id).write(values, into: &html)
                    }
                }
                return
            }
            let email = settings.format == .email
            attributes += [
                HTMLAttribute("type", email ? "email" : "text"), answer(.value(field: question.id)),
                HTMLAttribute("autocomplete", email ? "email" : nil),
                HTMLAttribute("spellcheck", email ? "false" : nil),
            ]
            html.void("input", attributes)
        case .number(let settings):
            attributes += [
                HTMLAttribute("type", "text"), HTMLAttribute("class", "number"),
                HTMLAttribute("inputmode", settings.integer ? "numeric" : "decimal"),
                answer(.value(field: question.id)),
            ]
            html.void("input", attributes)
            if let unit = settings.unit {
                html.text(" ")
                html.element(
                    "span", [HTMLAttribute("class", "unit"), HTMLAttribute("id", "u-\(question.id)")],
                    text: context.text(unit))
            }
        case .date(let settings):
            // The browser's date control posts ISO dates; typed text in another
            // form is shown back in a plain field so it is not silently dropped.
            attributes += [
                answer(.dateType(field: question.id)), answer(.value(field: question.id)),
                HTMLAttribute("min", settings.min?.description), HTMLAttribute("max", settings.max?.description),
            ]
            html.void("input", attributes)
        default:
            break
        }
    }

    private func dropdown(_ settings: SingleChoiceSettings, into html: inout HTMLBuilder) {
        let attributes = [
            HTMLAttribute("id", "f-\(question.id)"), HTMLAttribute("name", question.id),
            HTMLAttribute("aria-describedby", describedBy), invalid, requiredAttribute,
        ]
        html.element("select", attributes) { html in
            html.element("option", [HTMLAttribute("value", "")], text: context.phrase(.pleaseChoose))
            for option in settings.options {
                html.element(
                    "option",
                    [
                        HTMLAttribute("value", option.value),
                        answer(.selected(field: question.id, option: option.value)),
                    ],
                    text: context.text(option.label))
            }
            if let other = settings.other {
                html.element(
                    "option",
                    [
                        HTMLAttribute("value", Question.otherValue),
                        answer(.selected(field: question.id, option: Question.otherValue)),
                    ],
                    text: context.text(other))
            }
        }
        if let other = settings.other {
            otherText(label: other, labelID: nil, into: &html)
        }
    }

    // MARK: Groups

    private func group(into html: inout HTMLBuilder) {
        switch question.kind {
        case .single(let settings):
            let choices = settings.options.map { ($0.value, context.text($0.label), false) }
            choiceList(type: "radio", name: question.id, choices: choices, other: settings.other, into: &html)
        case .multiple(let settings):
            let choices = settings.options.map { ($0.value, context.text($0.label), $0.exclusive) }
            choiceList(type: "checkbox", name: question.id, choices: choices, other: settings.other, into: &html)
        case .boolean(let settings):
            let choices = [
                ("true", settings.trueLabel.map(context.text) ?? context.phrase(.yes), false),
                ("false", settings.falseLabel.map(context.text) ?? context.phrase(.no), false),
            ]
            choiceList(type: "radio", name: question.id, choices: choices, other: nil, into: &html)
        case .scale(let settings):
            html.element("div", [HTMLAttribute("class", "choices")]) { html in
                choiceList(type: "radio", name: question.id, choices: scaleChoices(settings), other: nil, into: &html)
            }
        case .matrix(let settings):
            matrix(settings, into: &html)
        case .ranking(let settings):
            ranking(settings, into: &html)
        default:
            break
        }
    }

    private func scaleChoices(_ settings: ScaleSettings) -> [(String, String, Bool)] {
        var choices = settings.points.map { point -> (String, String, Bool) in
            let label = settings.labels[point].map { "\(point) – \(context.text($0))" } ?? String(point)
            return (String(point), label, false)
        }
        if let notApplicable = settings.notApplicable {
            choices.append(("na", context.text(notApplicable), false))
        }
        return choices
    }

    /// Radio buttons or checkboxes, each with its own label, and the "other" text field.
    private func choiceList(
        type: String, name: String, choices: [(value: String, label: String, exclusive: Bool)],
        other: LocalizedText?, idPrefix: String? = nil, into html: inout HTMLBuilder
    ) {
        let prefix = idPrefix ?? "f-\(question.id)"
        for (index, choice) in choices.enumerated() {
            let id = "\(prefix)-\(index)"
            html.element("div", [HTMLAttribute("class", "choice")]) { html in
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", type), HTMLAttribute("id", id),
                        HTMLAttribute("name", name), HTMLAttribute("value", choice.value),
                        answer(.checked(field: name, option: choice.value)),
                        .flag("data-exclusive", choice.exclusive),
                    ])
                html.element("label", [HTMLAttribute("for", id)], text: choice.label)
            }
        }
        if let other {
            let id = "\(prefix)-\(choices.count)"
            let labelID = "l-\(question.id)-other"
            html.element("div", [HTMLAttribute("class", "choice")]) { html in
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", type), HTMLAttribute("id", id),
                        HTMLAttribute("name", name), HTMLAttribute("value", Question.otherValue),
                        answer(.checked(field: name, option: Question.otherValue)),
                    ])
                html.element(
                    "label", [HTMLAttribute("for", id), HTMLAttribute("id", labelID)], text: context.text(other))
            }
            otherText(label: other, labelID: labelID, into: &html)
        }
    }

    /// The free-text field of the "other" choice, named by the choice's label.
    private func otherText(label: LocalizedText, labelID: String?, into html: inout HTMLBuilder) {
        let name = FieldName.other(question)
        let id = "f-\(question.id)-other"
        html.element("div", [HTMLAttribute("class", "other")]) { html in
            if labelID == nil {
                html.element("label", [HTMLAttribute("for", id)], text: context.text(label))
            }
            html.void(
                "input",
                [
                    HTMLAttribute("type", "text"), HTMLAttribute("id", id), HTMLAttribute("name", name),
                    answer(.value(field: name)), HTMLAttribute("aria-labelledby", labelID),
                    HTMLAttribute("maxlength", String(Question.otherTextMaxLength)),
                ])
        }
    }

    private func matrix(_ settings: MatrixSettings, into html: inout HTMLBuilder) {
        let choices: [(String, String, Bool)] =
            switch settings.cells {
            case .scale(let scale): scaleChoices(scale)
            case .options(let options): options.map { ($0.value, context.text($0.label), false) }
            }
        for row in settings.rows {
            html.element("fieldset", [HTMLAttribute("class", "matrix-row")]) { html in
                html.element("legend", text: context.text(row.label))
                html.element("div", [HTMLAttribute("class", "choices")]) { html in
                    choiceList(
                        type: "radio", name: FieldName.row(question, row), choices: choices, other: nil,
                        idPrefix: "f-\(question.id)-\(row.value)", into: &html)
                }
            }
        }
    }

    private func ranking(_ settings: RankingSettings, into html: inout HTMLBuilder) {
        for rank in 1...max(1, settings.effectiveRankCount) {
            let name = FieldName.rank(question, rank)
            let id = "f-\(question.id)-\(rank)"
            html.element("div", [HTMLAttribute("class", "rank")]) { html in
                html.element("label", [HTMLAttribute("for", id)], text: context.phrase(.rank(rank)))
                html.element("select", [HTMLAttribute("id", id), HTMLAttribute("name", name), invalid]) { html in
                    html.element("option", [HTMLAttribute("value", "")], text: context.phrase(.pleaseChoose))
                    for option in settings.options {
                        html.element(
                            "option",
                            [
                                HTMLAttribute("value", option.value),
                                answer(.selected(field: name, option: option.value)),
                            ],
                            text: context.text(option.label))
                    }
                }
            }
        }
    }

    private func renderNote(_ body: LocalizedText?, into html: inout HTMLBuilder) {
        html.element(
            "div",
            [
                HTMLAttribute("class", "question note notice"), HTMLAttribute("id", "q-\(question.id)"),
                HTMLAttribute("data-question", question.id), HTMLAttribute("data-conditional", conditional ? "" : nil),
            ]
        ) { html in
            if let title = question.title {
                html.element("p", [HTMLAttribute("class", "note-title")]) { html in
                    html.element("strong", text: context.text(title))
                }
            }
            if let body {
                html.element("p", text: context.text(body))
            }
            if conditional, let condition = question.visibleIf {
                html.element(
                    "p", [HTMLAttribute("class", "hint condition")],
                    text: context.phrase(.conditionHint(context.describe(condition))))
            }
        }
        html.newline()
    }
}
