import Markup
import StrictJSON
import SurveyModel

/// The table of a question's options or matrix rows: value, label per language and (for a multiple
/// choice) "exclusive", with buttons to move a row up or down, remove it, or add one.
///
/// A value field posts `…options[2].value`, which the edits route to the value change with its check
/// that no expression compares with the old value.
struct QuestionChoiceTable {
    let controls: QuestionFormControls
    let list: ChoiceList
    let caption: QuestionEditorPhrase
    let offersExclusive: Bool

    private var ui: UILanguage { controls.ui }

    func render(into html: inout HTMLBuilder) {
        let path = list.path
        let choices = controls.document.json.value(at: path)?.elements ?? []
        let errors = controls.errors(path)
        html.element("div", [HTMLAttribute("class", "choice-table"), HTMLAttribute("id", DesignerField.id(of: path))]) {
            html in
            for message in errors { html.element("p", [HTMLAttribute("class", "error")], text: message) }
            html.element("table") { html in
                html.element("caption", text: caption.text(ui))
                html.element("thead") { html in
                    html.element("tr") { html in
                        html.element("th", [HTMLAttribute("scope", "col")], text: QuestionEditorPhrase.value.text(ui))
                        for language in controls.languages {
                            html.element(
                                "th", [HTMLAttribute("scope", "col")],
                                text: QuestionEditorPhrase.labelIn(PageLayout.nativeName(of: language)).text(ui))
                        }
                        if offersExclusive {
                            html.element(
                                "th", [HTMLAttribute("scope", "col")], text: QuestionEditorPhrase.exclusive.text(ui))
                        }
                        html.element("th", [HTMLAttribute("scope", "col")], text: DesignerPhrase.actions.text(ui))
                    }
                }
                html.element("tbody") { html in
                    for index in choices.indices { renderRow(index, count: choices.count, into: &html) }
                }
            }
            controls.button(.addChoice(list), addPhrase.text(ui), into: &html)
        }
    }

    private var addPhrase: QuestionEditorPhrase {
        if case .rows = list { .addRow } else { .addOption }
    }

    private func renderRow(_ index: Int, count: Int, into html: inout HTMLBuilder) {
        let path = list.path.appending(index)
        let number = index + 1
        html.element("tr", [HTMLAttribute("id", DesignerField.id(of: path))]) { html in
            html.element("td") { html in
                cell(path.appending("value"), QuestionEditorPhrase.valueOf(number), into: &html)
            }
            let label = path.appending("label")
            let text = QuestionFormControls.localizedText(controls.document.json.value(at: label))
            for language in controls.languages {
                html.element("td", [HTMLAttribute("lang", language)]) { html in
                    let value = text.map { $0.isPlain ? $0.defaultText : $0.translations[language] ?? "" } ?? ""
                    let errors =
                        controls.errors(label.appending(language))
                        + (language == controls.languages.first
                            ? controls.errors(label) : [])
                    DesignerField.text(
                        label.appending(language),
                        label: QuestionEditorPhrase.labelOf(number, PageLayout.nativeName(of: language)).text(ui),
                        value: value, errors: errors, language: language, into: &html)
                }
            }
            if offersExclusive {
                html.element("td") { html in
                    controls.checkbox(path.appending("exclusive"), .exclusiveOf(number), into: &html)
                }
            }
            html.element("td", [HTMLAttribute("class", "row-actions")]) { html in
                if index > 0 {
                    controls.button(
                        .moveChoice(list, index, to: index - 1), "↑",
                        label: QuestionEditorPhrase.moveUp(number).text(ui), into: &html)
                }
                if index < count - 1 {
                    controls.button(
                        .moveChoice(list, index, to: index + 1), "↓",
                        label: QuestionEditorPhrase.moveDown(number).text(ui), into: &html)
                }
                controls.button(
                    .removeChoice(list, index), QuestionEditorPhrase.remove.text(ui),
                    label: QuestionEditorPhrase.removeNumber(number).text(ui), into: &html)
            }
        }
    }

    /// A value field with a label for screen readers (the column heading says it to the eye).
    private func cell(_ path: DefinitionPath, _ label: QuestionEditorPhrase, into html: inout HTMLBuilder) {
        DesignerField.text(
            path, label: label.text(ui), value: QuestionFormControls.written(controls.document.json.value(at: path)),
            errors: controls.errors(path), into: &html)
    }
}
