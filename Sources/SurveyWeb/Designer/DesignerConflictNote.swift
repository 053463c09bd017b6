import HTTPServer
import Markup
import StrictJSON
import SurveyModel

/// What a conflict page shows besides the form: what the other person changed, grouped by page, the
/// entries of the person whose save was refused, so they can make them again, and the versions page.
struct DesignerConflictNote {
    /// One entry that was not saved: the field (or the button) and what was entered.
    struct Entry {
        let field: String
        let value: String
    }

    let theirChanges: [DefinitionChange]
    let yourEntries: [Entry]
    let versionsAddress: String

    func render(into html: inout HTMLBuilder, ui: UILanguage) {
        html.element("section", [HTMLAttribute("aria-labelledby", "conflict-theirs")]) { html in
            html.element("h2", [HTMLAttribute("id", "conflict-theirs")], text: LiveChangePhrase.conflictTheirs.text(ui))
            html.element("ul", [HTMLAttribute("class", "messages")]) { html in
                for change in theirChanges { html.element("li", text: change.text(ui.diagnosticLanguage)) }
            }
            html.element("p") { html in
                html.element(
                    "a", [HTMLAttribute("href", versionsAddress)], text: LiveChangePhrase.conflictVersions.text(ui))
            }
        }
        guard !yourEntries.isEmpty else { return }
        html.element("section", [HTMLAttribute("aria-labelledby", "conflict-yours")]) { html in
            html.element("h2", [HTMLAttribute("id", "conflict-yours")], text: LiveChangePhrase.conflictYours.text(ui))
            html.element("p", text: LiveChangePhrase.conflictYoursIntro.text(ui))
            html.element("dl", [HTMLAttribute("class", "conflict-entries")]) { html in
                for entry in yourEntries {
                    html.element("dt") { html in html.element("code", text: entry.field) }
                    html.element("dd", text: entry.value)
                }
            }
        }
    }

    /// The entries of `form` that change the version it was built from (`base`; the current file when
    /// that version is no longer kept), and the button pressed.
    static func entries(of form: URLEncodedForm, base: JSON, ui: UILanguage) -> [Entry] {
        let designerForm = DesignerForm(form, definition: base)
        var entries = designerForm.steps.compactMap { step -> Entry? in
            form[step.source.description].map { Entry(field: step.source.description, value: $0) }
        }
        if let action = form[DesignerForm.actionField] {
            entries.append(Entry(field: LiveChangePhrase.conflictButton.text(ui), value: action))
        }
        return entries
    }
}
