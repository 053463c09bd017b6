import Foundation
import Markup
import StrictJSON
import SurveyModel

/// The fields of a designer form, filled from a definition's JSON: the stored file, or the would-be
/// definition of a form that did not save, so that what the person typed stays in the fields.
///
/// Every field carries the messages found at its path; ``fieldProblems(labelled:)`` lists the errors
/// for the summary, each linked to its field.
struct DesignerJSONForm {
    let document: DesignerDocument
    let ui: UILanguage

    var json: JSON { document.json }

    /// The survey's languages as the definition lists them (German when the list is missing).
    var languages: [String] {
        let codes = json["languages"]?.elements?.compactMap(\.string) ?? []
        return codes.isEmpty ? ["de"] : codes
    }

    /// The value at `path` as a field shows it: numbers without a needless fraction, lists of ids
    /// joined by commas, switches as `true`/`false`, an absent value empty.
    func string(at path: DefinitionPath) -> String {
        switch json.value(at: path) {
        case .string(let text)?: return text
        case .number(let number)?:
            return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .bool(let value)?: return value ? "true" : "false"
        case .array(let elements)?: return elements.compactMap(\.string).joined(separator: ", ")
        default: return ""
        }
    }

    /// The text at `path` as the localized fields show it.
    func localizedText(at path: DefinitionPath) -> LocalizedText? {
        switch json.value(at: path) {
        case .string(let plain)?: return LocalizedText(plain)
        case .object(let fields)?:
            let translations = Dictionary(
                fields.compactMap { field in field.value.string.map { (field.key, $0) } },
                uniquingKeysWith: { a, _ in a })
            return LocalizedText(translations: translations, defaultText: translations[languages[0]] ?? "")
        default: return nil
        }
    }

    func text(
        _ path: DefinitionPath, label: String, help: String? = nil, multiline: Bool = false,
        suggestions: [String] = [], into html: inout HTMLBuilder
    ) {
        DesignerField.text(
            path, label: label, value: string(at: path), help: help, errors: document.messages(at: path),
            multiline: multiline, suggestions: suggestions, into: &html)
    }

    func localized(_ path: DefinitionPath, label: String, multiline: Bool = false, into html: inout HTMLBuilder) {
        DesignerField.localized(
            path, label: label, text: localizedText(at: path), languages: languages,
            errors: document.messagesByPath, multiline: multiline, into: &html)
    }

    /// The messages at `path` itself (a missing key, a list's own problem), above the part's fields.
    func messages(at path: DefinitionPath, into html: inout HTMLBuilder) {
        for message in document.messages(at: path) {
            html.element("p", [HTMLAttribute("class", "error")], text: message)
        }
    }

    /// The messages at `path` as one error text (id `<field id>-error`), and the attributes that tie it to
    /// the controls of that value (`aria-describedby`, `aria-invalid`): none without messages.
    ///
    /// For controls ``DesignerField/wrapper(id:label:help:errors:extraClass:labelPlace:into:_:)`` does not
    /// frame, such as a group of radio buttons under one legend.
    func describedMessages(at path: DefinitionPath, into html: inout HTMLBuilder) -> [HTMLAttribute] {
        let messages = document.messages(at: path)
        guard !messages.isEmpty else { return [] }
        let id = DesignerField.id(of: path) + "-error"
        html.element(
            "p", [HTMLAttribute("class", "error"), HTMLAttribute("id", id)], text: messages.joined(separator: " "))
        return [HTMLAttribute("aria-describedby", id), HTMLAttribute("aria-invalid", "true")]
    }

    /// The hidden field with the version the form is built from.
    func versionField(into html: inout HTMLBuilder) {
        html.void(
            "input",
            [
                HTMLAttribute("type", "hidden"), HTMLAttribute("name", DesignerForm.versionField),
                HTMLAttribute("value", document.baseVersion),
            ])
    }

    /// A button that makes `edit`; its visible text may be a sign (↑) when `name` says in words what it does.
    static func button(
        _ edit: DefinitionEdit, visible: String, name: String? = nil, into html: inout HTMLBuilder
    ) {
        html.element(
            "button",
            [
                HTMLAttribute("type", "submit"), HTMLAttribute("name", DesignerForm.actionField),
                HTMLAttribute("value", DesignerAction.value(of: edit)), HTMLAttribute("class", "small"),
            ]
        ) { html in
            guard let name else { return html.text(visible) }
            html.element("span", [HTMLAttribute("aria-hidden", "true")], text: visible)
            html.element("span", [HTMLAttribute("class", "visually-hidden")], text: name)
        }
    }

    /// The save button; forms start with one too, so that pressing Enter in a field saves rather
    /// than pressing the first structural button.
    static func saveButton(_ ui: UILanguage, into html: inout HTMLBuilder) {
        html.element(
            "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
            text: SettingsPhrase.saveChanges.text(ui))
    }

    /// The errors for the summary: those at a field this form shows (`label` names it) link to it; the
    /// rest are returned as plain messages, each with its place.
    func fieldProblems(labelled label: (DefinitionPath) -> String?) -> (
        linked: [DesignerPage.FieldProblem], other: [String]
    ) {
        var linked: [DesignerPage.FieldProblem] = []
        var other: [String] = []
        for problem in document.errors {
            if let name = label(problem.path) {
                linked.append(DesignerPage.FieldProblem(path: problem.path, label: name, message: problem.message))
            } else {
                other.append(problem.message)
            }
        }
        return (linked, other)
    }
}
