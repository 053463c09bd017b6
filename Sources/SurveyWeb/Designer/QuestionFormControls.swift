import Markup
import StrictJSON
import SurveyModel

/// The form controls of the question editor that ``DesignerField`` has no kind for: switches, lists to
/// choose from, texts read from the would-be JSON, and the buttons of structural edits.
struct QuestionFormControls {
    let document: DesignerDocument
    let ui: UILanguage

    var languages: [String] {
        let codes = document.json["languages"]?.elements?.compactMap(\.string) ?? []
        return codes.isEmpty ? ["de"] : codes
    }

    /// The errors at `path`, for its field.
    func errors(_ path: DefinitionPath) -> [String] { document.messages(at: path) }

    /// A one-line (or multi-line) field of the value at `path`, numbers written as the loader reads them.
    func text(
        _ path: DefinitionPath, _ label: QuestionEditorPhrase, help: QuestionEditorPhrase? = nil,
        multiline: Bool = false, into html: inout HTMLBuilder
    ) {
        DesignerField.text(
            path, label: label.text(ui), value: Self.written(document.json.value(at: path)), help: help?.text(ui),
            errors: errors(path), multiline: multiline, into: &html)
    }

    /// A text in every survey language, side by side.
    func localized(
        _ path: DefinitionPath, _ label: QuestionEditorPhrase, multiline: Bool = false,
        into html: inout HTMLBuilder
    ) {
        DesignerField.localized(
            path, label: label.text(ui), text: Self.localizedText(document.json.value(at: path)), languages: languages,
            errors: document.messagesByPath, multiline: multiline, into: &html)
    }

    /// A checkbox for a switch; the hidden field before it stands for "off" (the last value counts).
    func checkbox(_ path: DefinitionPath, _ label: QuestionEditorPhrase, into html: inout HTMLBuilder) {
        let id = DesignerField.id(of: path)
        DesignerField.wrapper(
            id: id, label: label.text(ui), errors: errors(path), extraClass: "checkbox", labelPlace: .after,
            into: &html
        ) { html, describedBy in
            html.void(
                "input",
                [HTMLAttribute("type", "hidden"), HTMLAttribute("name", path.description), HTMLAttribute("value", "")])
            html.void(
                "input",
                [
                    HTMLAttribute("type", "checkbox"), HTMLAttribute("id", id), HTMLAttribute("name", path.description),
                    HTMLAttribute("value", "true"), .flag("checked", document.json.value(at: path)?.bool == true),
                    HTMLAttribute("aria-describedby", describedBy),
                ])
        }
    }

    /// A list to choose one value from; a value the list lacks (typed by hand into the file) is kept as a choice.
    func select(
        _ path: DefinitionPath, _ label: QuestionEditorPhrase, choices: [(value: String, text: String)],
        into html: inout HTMLBuilder
    ) {
        let id = DesignerField.id(of: path)
        let current = Self.written(document.json.value(at: path))
        let all = choices.contains { $0.value == current } ? choices : choices + [(current, current)]
        DesignerField.wrapper(id: id, label: label.text(ui), errors: errors(path), into: &html) { html, describedBy in
            html.element(
                "select",
                [
                    HTMLAttribute("id", id), HTMLAttribute("name", path.description),
                    HTMLAttribute("aria-describedby", describedBy),
                ]
            ) { html in
                for choice in all {
                    html.element(
                        "option", [HTMLAttribute("value", choice.value), .flag("selected", choice.value == current)],
                        text: choice.text)
                }
            }
        }
    }

    /// A button that posts one structural edit with the form's fields.
    func button(_ edit: DefinitionEdit, _ text: String, label: String? = nil, into html: inout HTMLBuilder) {
        html.element(
            "button",
            [
                HTMLAttribute("type", "submit"), HTMLAttribute("name", DesignerForm.actionField),
                HTMLAttribute("value", DesignerAction.value(of: edit)), HTMLAttribute("class", "secondary"),
                HTMLAttribute("aria-label", label),
            ], text: text)
    }

    /// A value as its field shows it: strings as they are, numbers as the loader reads them, switches as words.
    static func written(_ value: JSON?) -> String {
        switch value {
        case .string(let text)?: text
        case .number(let number)?:
            number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .bool(let flag)?: flag ? "true" : "false"
        default: ""
        }
    }

    /// A text value as a ``LocalizedText``: a plain string, or one entry per language.
    static func localizedText(_ value: JSON?) -> LocalizedText? {
        if let plain = value?.string { return LocalizedText(plain) }
        guard let fields = value?.fields else { return nil }
        var translations: [String: String] = [:]
        for field in fields { translations[field.key] = field.value.string ?? "" }
        return LocalizedText(translations: translations, defaultText: "")
    }
}
