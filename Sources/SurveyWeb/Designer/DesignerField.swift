import Markup
import SurveyModel

/// The form field of one value of a definition, named and identified by the value's path.
///
/// A field's `name` is the path's notation (`pages[1].questions[0].title.de`) and its `id` the same with
/// each `[n]` written `.n` behind a prefix (`field-pages.1.questions.0.title.de`), since brackets have no
/// place in an address's fragment. Keys are identifiers or language codes, never bare numbers and never
/// with a dot, so no two paths share an id. A diagnostic traced to a path thereby finds its field, and the error summary links
/// to it, with no table kept between them.
enum DesignerField {
    /// The `id` of the field (or the anchor of the part) at `path`.
    static func id(of path: DefinitionPath) -> String {
        let steps = path.components.map { component in
            switch component {
            case .key(let key): key
            case .index(let index): String(index)
            }
        }
        return "field-" + steps.joined(separator: ".")
    }

    /// Where a field's label stands: before its control (texts, lists) or after it (checkboxes).
    enum LabelPlace {
        case before, after
    }

    /// The frame every field of a designer form shares: `div.field` (`.has-error` with errors) holding the
    /// label, the help and the error text, and the control that `describe` writes.
    ///
    /// `describe` gets the value for the control's `aria-describedby` (the help's and the error's ids, or
    /// nil), so a screen reader reads both with the control; one place keeps this shape for every kind.
    static func wrapper(
        id: String, label: String, help: String? = nil, errors: [String], extraClass: String? = nil,
        labelPlace: LabelPlace = .before, into html: inout HTMLBuilder,
        _ describe: (inout HTMLBuilder, _ describedBy: String?) -> Void
    ) {
        let classes = ["field", extraClass, errors.isEmpty ? nil : "has-error"].compactMap { $0 }
        html.element("div", [HTMLAttribute("class", classes.joined(separator: " "))]) { html in
            if labelPlace == .before { html.element("label", [HTMLAttribute("for", id)], text: label) }
            if let help {
                html.element("p", [HTMLAttribute("class", "help"), HTMLAttribute("id", id + "-help")], text: help)
            }
            if !errors.isEmpty {
                html.element(
                    "p", [HTMLAttribute("class", "error"), HTMLAttribute("id", id + "-error")],
                    text: errors.joined(separator: " "))
            }
            let describedBy = [help.map { _ in id + "-help" }, errors.isEmpty ? nil : id + "-error"].compactMap { $0 }
            describe(&html, describedBy.isEmpty ? nil : describedBy.joined(separator: " "))
            if labelPlace == .after { html.element("label", [HTMLAttribute("for", id)], text: label) }
        }
    }

    /// A labelled text field with its help and its inline errors, which `aria-describedby` ties to it.
    ///
    /// - Parameters:
    ///   - language: the language of the value (`lang` on the field), when it is one language's text.
    ///   - suggestions: values the browser offers while typing (a `datalist`), any other value still allowed;
    ///     a one-line field only.
    static func text(
        _ path: DefinitionPath, label: String, value: String, help: String? = nil, errors: [String] = [],
        multiline: Bool = false, language: String? = nil, suggestions: [String] = [], into html: inout HTMLBuilder
    ) {
        let id = id(of: path)
        let listID = suggestions.isEmpty || multiline ? nil : id + "-suggestions"
        wrapper(id: id, label: label, help: help, errors: errors, into: &html) { html, describedBy in
            let attributes = [
                HTMLAttribute("id", id), HTMLAttribute("name", path.description), HTMLAttribute("lang", language),
                HTMLAttribute("aria-describedby", describedBy),
                HTMLAttribute("aria-invalid", errors.isEmpty ? nil : "true"),
            ]
            if multiline {
                html.element("textarea", attributes, text: value)
            } else {
                html.void(
                    "input",
                    [HTMLAttribute("type", "text"), HTMLAttribute("value", value)] + attributes
                        + [HTMLAttribute("list", listID)])
            }
            if let listID {
                html.element("datalist", [HTMLAttribute("id", listID)]) { html in
                    for suggestion in suggestions {
                        html.element("option", [HTMLAttribute("value", suggestion)], text: "")
                    }
                }
            }
        }
    }

    /// The fields of a text in every language of the survey, side by side, under one legend.
    ///
    /// A text written as a plain string shows it in every language's field; saving then writes one
    /// entry per language. `errors` are by path, so a message about `title.en` stands at the English field.
    static func localized(
        _ path: DefinitionPath, label: String, text: LocalizedText?, languages: [String],
        errors: [DefinitionPath: [String]] = [:], multiline: Bool = false, into html: inout HTMLBuilder
    ) {
        html.element("fieldset", [HTMLAttribute("class", "localized"), HTMLAttribute("id", id(of: path))]) { html in
            html.element("legend", text: label)
            for message in errors[path] ?? [] {
                html.element("p", [HTMLAttribute("class", "error")], text: message)
            }
            html.element("div", [HTMLAttribute("class", "side-by-side")]) { html in
                for language in languages {
                    let value = text.map { $0.isPlain ? $0.defaultText : $0.translations[language] ?? "" } ?? ""
                    Self.text(
                        path.appending(language), label: PageLayout.nativeName(of: language), value: value,
                        errors: errors[path.appending(language)] ?? [], multiline: multiline, language: language,
                        into: &html)
                }
            }
        }
    }
}
