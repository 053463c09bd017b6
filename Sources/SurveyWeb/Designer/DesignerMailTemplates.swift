import Markup
import StrictJSON
import SurveyModel

/// The settings page's part on e-mail templates: subject, text and HTML version of the invitation and
/// the reminder in each language, the placeholders they may use, and a preview with sample values.
///
/// The fields are ordinary text fields of the settings form (`mail.invitation.subject.de`), saved
/// through the designer's one pipeline like every other setting.
struct DesignerMailTemplates {
    let form: DesignerJSONForm

    private var ui: UILanguage { form.ui }
    private let mail = DefinitionPath.root.appending("mail")

    func render(into html: inout HTMLBuilder) {
        html.element("p", [HTMLAttribute("class", "help")], text: MailTemplatePhrase.intro.text(ui))
        form.messages(at: mail, into: &html)
        renderPlaceholders(into: &html)
        for kind in MailTemplateKind.allCases {
            let path = mail.appending(kind.rawValue)
            html.element(
                "h3", [HTMLAttribute("id", DesignerField.id(of: path))], text: MailTemplatePhrase.letter(kind).text(ui))
            form.messages(at: path, into: &html)
            form.localized(path.appending("subject"), label: MailTemplatePhrase.subject.text(ui), into: &html)
            form.localized(
                path.appending("text"), label: MailTemplatePhrase.text.text(ui), multiline: true, into: &html)
            form.localized(
                path.appending("html"), label: MailTemplatePhrase.html.text(ui), multiline: true, into: &html)
            html.element("p", [HTMLAttribute("class", "help")], text: MailTemplatePhrase.htmlHelp.text(ui))
            renderPreview(kind, into: &html)
        }
    }

    /// The placeholders as a list: what to type, and what it stands for.
    private func renderPlaceholders(into html: inout HTMLBuilder) {
        let list = DefinitionPath.root.appending("participantFields")
        let fields = (form.json.value(at: list)?.elements ?? []).indices.compactMap { index in
            let path = list.appending(index)
            return form.json.value(at: path.appending("id"))?.string.map { id in
                (id, form.localizedText(at: path.appending("label"))?.text(in: ui.rawValue) ?? id)
            }
        }
        let entries =
            MailPlaceholder.fixed.map { ($0, MailTemplatePhrase.placeholder($0)) }
            + fields.map { (MailPlaceholder.field($0.0), MailTemplatePhrase.fieldPlaceholder(label: $0.1)) }
        html.element("details", [HTMLAttribute("class", "mail-placeholders")]) { html in
            html.element("summary", text: MailTemplatePhrase.placeholders.text(ui))
            html.element("dl") { html in
                for (placeholder, phrase) in entries {
                    html.element("dt") { html in html.element("code", text: placeholder.written) }
                    html.element("dd", text: phrase.text(ui))
                }
            }
        }
    }

    /// The saved letter of `kind` in each language, filled with sample values; nothing while the definition has errors.
    private func renderPreview(_ kind: MailTemplateKind, into html: inout HTMLBuilder) {
        guard let survey = form.document.survey else {
            html.element("p", [HTMLAttribute("class", "help")], text: MailTemplatePhrase.previewUnavailable.text(ui))
            return
        }
        html.element("details", [HTMLAttribute("class", "mail-preview")]) { html in
            let builtIn = survey.mail.template(kind) == nil ? " – " + MailTemplatePhrase.previewBuiltIn.text(ui) : ""
            html.element("summary", text: MailTemplatePhrase.preview.text(ui) + builtIn)
            html.element("p", [HTMLAttribute("class", "help")], text: MailTemplatePhrase.previewHelp.text(ui))
            for language in survey.languages {
                let values = MailTemplateValues.sample(for: survey, language: language)
                let letter = survey.mail.resolved(kind, language: language)
                    .render(language: language, values: values, escapeHTML: HTMLEscaper.escape)
                html.element("h4", text: PageLayout.nativeName(of: language))
                html.element("p", [HTMLAttribute("lang", language)]) { html in
                    html.element("strong", text: MailTemplatePhrase.previewSubject.text(ui) + " ")
                    html.text(letter.subject)
                }
                html.element(
                    "pre", [HTMLAttribute("class", "mail-text"), HTMLAttribute("lang", language)], text: letter.text)
                if letter.html != nil {
                    html.element(
                        "p", [HTMLAttribute("class", "help")], text: MailTemplatePhrase.previewHasHTML.text(ui))
                }
            }
        }
    }
}
