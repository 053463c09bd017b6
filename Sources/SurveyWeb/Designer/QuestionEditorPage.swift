import Markup
import StrictJSON
import SurveyModel

/// The editor of one question: every key the format offers for its type, in one form that posts to
/// the designer's saving pipeline.
///
/// Drawn from the would-be JSON, so a form shown again after an error keeps what the person typed,
/// with each message beside its field. Buttons inside the form (change the type, add an option, …)
/// post the typed fields along with their edit.
struct QuestionEditorPage {
    let document: DesignerDocument
    /// The survey the references are read from: the would-be one, or while it has errors the one online.
    let survey: Survey?
    let address: QuestionAddress
    let action: String
    let csrf: String
    let ui: UILanguage

    var controls: QuestionFormControls { QuestionFormControls(document: document, ui: ui) }
    private var path: DefinitionPath { address.path }
    private var question: JSON? { document.json.value(at: path) }
    var type: QuestionType? { question?["type"]?.string.flatMap(QuestionType.init) }

    func render(into html: inout HTMLBuilder) {
        html.element(
            "form",
            [HTMLAttribute("method", "post"), HTMLAttribute("action", action), HTMLAttribute("class", "designer-form")]
        ) { html in
            hidden("_csrf", csrf, into: &html)
            hidden(DesignerForm.versionField, document.baseVersion, into: &html)
            // First in the form, so Enter in a field saves rather than pressing a structural button.
            saveButton(into: &html)
            section(.basics, into: &html) { html in renderBasics(into: &html) }
            if let type {
                section(.typeSettings(Self.typeName(type, ui)), into: &html) { html in
                    QuestionTypeFields(controls: controls, address: address, type: type).render(into: &html)
                }
            }
            section(.conditions, into: &html) { html in renderConditions(into: &html) }
            if type != .note {
                section(.rules, into: &html) { html in renderRules(into: &html) }
            }
            saveButton(into: &html)
        }
    }

    private func saveButton(into html: inout HTMLBuilder) {
        html.element("p", [HTMLAttribute("class", "form-actions")]) { html in
            html.element("button", [HTMLAttribute("type", "submit")], text: QuestionEditorPhrase.save.text(ui))
        }
    }

    static func typeName(_ type: QuestionType, _ ui: UILanguage) -> String {
        ui == .de ? type.words.de : type.words.en
    }

    private func hidden(_ name: String, _ value: String, into html: inout HTMLBuilder) {
        html.void(
            "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", name), HTMLAttribute("value", value)])
    }

    private func section(
        _ heading: QuestionEditorPhrase, into html: inout HTMLBuilder, _ body: (inout HTMLBuilder) -> Void
    ) {
        html.element("fieldset", [HTMLAttribute("class", "editor-section")]) { html in
            html.element("legend", text: heading.text(ui))
            body(&html)
        }
    }

    // MARK: Id, type and texts

    private func renderBasics(into html: inout HTMLBuilder) {
        controls.text(path.appending("id"), .id, help: .idHelp, into: &html)
        renderType(into: &html)
        controls.localized(path.appending("title"), .title, into: &html)
        if type != .note {
            controls.localized(path.appending("help"), .help, multiline: true, into: &html)
            controls.checkbox(path.appending("required"), .required, into: &html)
            controls.checkbox(path.appending("personal"), .personal, into: &html)
            controls.select(
                path.appending("report"), .report,
                choices: [
                    ("", QuestionEditorPhrase.reportDefault.text(ui)),
                    ("true", QuestionEditorPhrase.reportAlways.text(ui)),
                    ("false", QuestionEditorPhrase.reportNever.text(ui)),
                ], into: &html)
        }
    }

    /// The type, and a list with a button to change it; keys the new type lacks are dropped, which the page then lists.
    private func renderType(into html: inout HTMLBuilder) {
        let id = "field-new-type"
        let problems = controls.errors(path.appending("type"))
        html.element(
            "div",
            [
                HTMLAttribute("class", problems.isEmpty ? "field" : "field has-error"),
                HTMLAttribute("id", DesignerField.id(of: path.appending("type"))),
            ]
        ) { html in
            html.element("label", [HTMLAttribute("for", id)], text: QuestionEditorPhrase.type.text(ui))
            html.element(
                "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", id + "-help")],
                text: QuestionEditorPhrase.typeHelp.text(ui))
            for message in problems { html.element("p", [HTMLAttribute("class", "error")], text: message) }
            html.element(
                "select",
                [
                    HTMLAttribute("id", id), HTMLAttribute("name", "type"),
                    HTMLAttribute("aria-describedby", id + "-help"),
                ]
            ) { html in
                for choice in QuestionType.allCases {
                    html.element(
                        "option", [HTMLAttribute("value", choice.rawValue), .flag("selected", choice == type)],
                        text: Self.typeName(choice, ui))
                }
            }
            html.element(
                "button",
                [
                    HTMLAttribute("type", "submit"), HTMLAttribute("name", DesignerForm.actionField),
                    HTMLAttribute(
                        "value", "change-type \(address.page) \(address.index) \(DesignerAction.fromField("type"))"),
                    HTMLAttribute("class", "secondary"),
                ], text: QuestionEditorPhrase.changeType.text(ui))
        }
    }

    // MARK: Conditions and rules

    private func renderConditions(into html: inout HTMLBuilder) {
        if type != .note {
            expression(path.appending("requiredIf"), .requiredIf, help: .requiredIfHelp, into: &html)
        }
        expression(path.appending("visibleIf"), .visibleIf, help: .visibleIfHelp, into: &html)
        let id = question?["id"]?.string ?? ""
        QuestionReferenceList(candidates: survey?.referenceCandidates(before: id) ?? [], ui: ui)
            .render(into: &html)
    }

    private func renderRules(into html: inout HTMLBuilder) {
        let rules = question?["validate"]?.elements ?? []
        for message in controls.errors(path.appending("validate")) {
            html.element("p", [HTMLAttribute("class", "error")], text: message)
        }
        if rules.isEmpty { html.element("p", text: QuestionEditorPhrase.noRules.text(ui)) }
        for index in rules.indices {
            let rule = path.appending("validate").appending(index)
            html.element("div", [HTMLAttribute("class", "rule"), HTMLAttribute("id", DesignerField.id(of: rule))]) {
                html in
                html.element("h3", text: QuestionEditorPhrase.ruleNumber(index + 1).text(ui))
                expression(rule.appending("expr"), .ruleExpression, help: .ruleExpressionHelp, into: &html)
                controls.localized(rule.appending("message"), .ruleMessage, into: &html)
                controls.button(
                    .removeRule(address, index), QuestionEditorPhrase.removeRule(index + 1).text(ui), into: &html)
            }
        }
        controls.button(.addRule(address), QuestionEditorPhrase.addRule.text(ui), into: &html)
    }

    private func expression(
        _ path: DefinitionPath, _ label: QuestionEditorPhrase, help: QuestionEditorPhrase, into html: inout HTMLBuilder
    ) {
        ExpressionFieldView(path: path, label: label.text(ui), help: help.text(ui), document: document, ui: ui)
            .render(into: &html)
    }
}
