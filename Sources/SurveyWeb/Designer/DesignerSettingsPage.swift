import Foundation
import Markup
import StrictJSON
import SurveyEvaluation
import SurveyModel

/// The form of a survey's settings: texts, languages, access and period, participant fields and the
/// report's settings, each field with its messages beside it.
///
/// One form for the page: a structural button (add a language, remove a field, …) posts the typed
/// fields with it, so nothing typed is lost.
struct DesignerSettingsPage {
    let form: DesignerJSONForm
    let address: String
    let csrf: String

    private var ui: UILanguage { form.ui }
    private let root = DefinitionPath.root

    /// The keys of the definition this page edits; problems elsewhere are listed without a link.
    static let keys: Set<String> = [
        "title", "description", "privacy", "languages", "access", "anonymous", "publicQuestionnaire", "opens",
        "closes", "timeZone", "participantFields", "report", "mail",
    ]

    /// The name of a field this page shows at `path`, for the error summary; nil for other places.
    static func label(of path: DefinitionPath, ui: UILanguage) -> String? {
        guard case .key(let first)? = path.components.first, keys.contains(first) else { return nil }
        let names = path.components.map { component -> String in
            switch component {
            case .key(let key): Self.name(ofKey: key, ui: ui)
            case .index(let index): String(index + 1)
            }
        }
        return names.joined(separator: " › ")
    }

    private static func name(ofKey key: String, ui: UILanguage) -> String {
        let phrase: DesignerPhrase? =
            switch key {
            case "title": .title
            case "description": .description
            case "privacy": .privacy
            case "languages": .languages
            case "access": .access
            case "anonymous": .anonymous
            case "opens": .opens
            case "closes": .closes
            case "timeZone": .timeZone
            case "participantFields": .participantFields
            case "minGroupSize": .minGroupSize
            default: nil
            }
        if let phrase { return phrase.text(ui) }
        if let mail = MailTemplatePhrase.name(ofKey: key) { return mail.text(ui) }
        let words: SettingsPhrase? =
            switch key {
            case "publicQuestionnaire": .publicQuestionnaire
            case "id": .fieldID
            case "label": .fieldLabel
            case "options": .fieldOptions
            case "value": .optionValue
            case "report": .report
            case "intro": .reportIntro
            case "exclude": .exclude
            case "include": .include
            case "sections": .sections
            case "questions": .sectionQuestions
            default: nil
            }
        return words?.text(ui) ?? PageLayout.nativeName(of: key)
    }

    func render(into html: inout HTMLBuilder) {
        HiddenFields.postForm(to: address, csrf: csrf, attributes: [HTMLAttribute("novalidate", "")], into: &html) {
            html in
            form.versionField(into: &html)
            html.element("div", [HTMLAttribute("class", "actions top")]) { html in
                DesignerJSONForm.saveButton(ui, into: &html)
            }
            section("texts", SettingsPhrase.texts.text(ui), into: &html) { html in
                form.localized(root.appending("title"), label: DesignerPhrase.title.text(ui), into: &html)
                form.localized(
                    root.appending("description"), label: DesignerPhrase.description.text(ui), multiline: true,
                    into: &html)
                form.localized(
                    root.appending("privacy"), label: DesignerPhrase.privacy.text(ui), multiline: true, into: &html)
            }
            section("languages", DesignerPhrase.languages.text(ui), into: &html) { html in renderLanguages(into: &html)
            }
            section("access", SettingsPhrase.accessAndTime.text(ui), into: &html) { html in
                renderAccess(into: &html)
            }
            section("participant-fields", DesignerPhrase.participantFields.text(ui), into: &html) { html in
                renderParticipantFields(into: &html)
            }
            section("report", SettingsPhrase.report.text(ui), into: &html) { html in renderReport(into: &html) }
            section("mail", MailTemplatePhrase.heading.text(ui), into: &html) { html in
                DesignerMailTemplates(form: form).render(into: &html)
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                DesignerJSONForm.saveButton(ui, into: &html)
            }
        }
    }

    private func section(
        _ id: String, _ heading: String, into html: inout HTMLBuilder, _ content: (inout HTMLBuilder) -> Void
    ) {
        html.element("section", [HTMLAttribute("class", "settings-part"), HTMLAttribute("aria-labelledby", id)]) {
            html in
            html.element("h2", [HTMLAttribute("id", id)], text: heading)
            content(&html)
        }
    }

    // MARK: Languages

    private func renderLanguages(into html: inout HTMLBuilder) {
        let path = root.appending("languages")
        html.element("div", [HTMLAttribute("id", DesignerField.id(of: path))]) { html in
            form.messages(at: path, into: &html)
            html.element("ul", [HTMLAttribute("class", "entry-list")]) { html in
                for code in form.languages {
                    html.element("li") { html in
                        html.text(Self.languageName(code, ui: ui) + " ")
                        if form.languages.count > 1 {
                            DesignerJSONForm.button(
                                .removeLanguage(code),
                                visible: SettingsPhrase.removeLanguage(Self.languageName(code, ui: ui)).text(ui),
                                into: &html)
                        }
                    }
                }
            }
        }
        html.element("div", [HTMLAttribute("class", "builder-row")]) { html in
            html.element("div", [HTMLAttribute("class", "builder-field")]) { html in
                html.element("label", [HTMLAttribute("for", "new-language")], text: SettingsPhrase.newLanguage.text(ui))
                html.element("select", [HTMLAttribute("id", "new-language"), HTMLAttribute("name", "new-language")]) {
                    html in
                    for code in LanguageCodes.all.subtracting(form.languages).sorted() {
                        html.element(
                            "option", [HTMLAttribute("value", code)], text: Self.languageName(code, ui: ui))
                    }
                }
            }
            html.element("div") { html in
                DesignerJSONForm.button(
                    .addLanguage(DesignerAction.fromField("new-language")),
                    visible: SettingsPhrase.addLanguage.text(ui),
                    into: &html)
            }
        }
    }

    /// A language's name in the office's language with its code: „Französisch (fr)“.
    static func languageName(_ code: String, ui: UILanguage) -> String {
        let name = Locale(identifier: ui.rawValue).localizedString(forLanguageCode: code)
        return name.map { "\($0) (\(code))" } ?? code
    }

    // MARK: Access and period

    private func renderAccess(into html: inout HTMLBuilder) {
        let access = root.appending("access")
        html.element("fieldset", [HTMLAttribute("id", DesignerField.id(of: access))]) { html in
            html.element("legend", text: DesignerPhrase.access.text(ui))
            let described = form.describedMessages(at: access, into: &html)
            for (value, phrase) in [("token", DesignerPhrase.accessToken), ("public", .accessPublic)] {
                let id = DesignerField.id(of: access) + "-" + value
                html.element("div", [HTMLAttribute("class", "choice")]) { html in
                    html.void(
                        "input",
                        [
                            HTMLAttribute("type", "radio"), HTMLAttribute("id", id),
                            HTMLAttribute("name", access.description), HTMLAttribute("value", value),
                            .flag("checked", form.string(at: access) == value),
                        ] + described)
                    html.element("label", [HTMLAttribute("for", id)], text: phrase.text(ui))
                }
            }
        }
        renderAnonymous(into: &html)
        let open = root.appending("publicQuestionnaire")
        let openID = DesignerField.id(of: open)
        let openErrors = form.document.messages(at: open)
        DesignerField.wrapper(
            id: openID, label: SettingsPhrase.publicQuestionnaire.text(ui), errors: openErrors, into: &html
        ) { html, describedBy in
            html.element(
                "select",
                [
                    HTMLAttribute("id", openID), HTMLAttribute("name", open.description),
                    HTMLAttribute("aria-describedby", describedBy),
                    HTMLAttribute("aria-invalid", openErrors.isEmpty ? nil : "true"),
                ]
            ) { html in
                for (value, phrase) in [("", SettingsPhrase.publicDefault), ("true", .publicYes), ("false", .publicNo)]
                {
                    html.element(
                        "option",
                        [HTMLAttribute("value", value), .flag("selected", form.string(at: open) == value)],
                        text: phrase.text(ui))
                }
            }
        }
        for (key, phrase) in [("opens", DesignerPhrase.opens), ("closes", .closes)] {
            form.text(root.appending(key), label: phrase.text(ui), help: SettingsPhrase.timeHelp.text(ui), into: &html)
        }
        form.text(
            root.appending("timeZone"), label: DesignerPhrase.timeZone.text(ui),
            help: SettingsPhrase.timeZoneHelp.text(ui), suggestions: Self.commonTimeZones, into: &html)
    }

    /// The time zones the time zone field offers while typing: the office's own first, then its neighbours'.
    static let commonTimeZones = [
        "Europe/Berlin", "Europe/Vienna", "Europe/Zurich", "Europe/Luxembourg", "Europe/Brussels",
        "Europe/Amsterdam", "Europe/Paris", "Europe/London", "UTC",
    ]

    /// A checkbox after a hidden field of the same name: unchecked posts only the hidden value, which
    /// keeps an explicit `false` and otherwise leaves the key out (its default).
    private func renderAnonymous(into html: inout HTMLBuilder) {
        let path = root.appending("anonymous")
        let id = DesignerField.id(of: path)
        let described = form.describedMessages(at: path, into: &html)
        html.element("div", [HTMLAttribute("class", "choice")]) { html in
            html.void(
                "input",
                [
                    HTMLAttribute("type", "hidden"), HTMLAttribute("name", path.description),
                    HTMLAttribute("value", form.json.value(at: path) == .bool(false) ? "false" : ""),
                ])
            html.void(
                "input",
                [
                    HTMLAttribute("type", "checkbox"), HTMLAttribute("id", id), HTMLAttribute("name", path.description),
                    HTMLAttribute("value", "true"), .flag("checked", form.json.value(at: path) == .bool(true)),
                ] + described)
            html.element("label", [HTMLAttribute("for", id)], text: DesignerPhrase.anonymous.text(ui))
        }
    }

    // MARK: Participant fields

    private func renderParticipantFields(into html: inout HTMLBuilder) {
        let list = root.appending("participantFields")
        form.messages(at: list, into: &html)
        let fields = form.json.value(at: list)?.elements ?? []
        for (index, _) in fields.enumerated() {
            let path = list.appending(index)
            let id = form.string(at: path.appending("id"))
            html.element(
                "fieldset", [HTMLAttribute("class", "entry"), HTMLAttribute("id", DesignerField.id(of: path))]
            ) {
                html in
                html.element("legend", text: SettingsPhrase.field(index + 1).text(ui))
                form.messages(at: path, into: &html)
                form.text(path.appending("id"), label: SettingsPhrase.fieldID.text(ui), into: &html)
                form.localized(path.appending("label"), label: SettingsPhrase.fieldLabel.text(ui), into: &html)
                renderFieldOptions(field: index, into: &html)
                html.element("p") { html in
                    DesignerJSONForm.button(
                        .remove(path), visible: SettingsPhrase.removeField(id).text(ui), into: &html)
                }
            }
        }
        html.element("p") { html in
            DesignerJSONForm.button(
                .addEntry(.participantFields), visible: SettingsPhrase.addField.text(ui), into: &html)
        }
    }

    private func renderFieldOptions(field: Int, into html: inout HTMLBuilder) {
        let list = SettingsList.fieldOptions(field).path
        let fieldID = form.string(at: list.parent.appending("id"))
        html.element("fieldset", [HTMLAttribute("class", "options"), HTMLAttribute("id", DesignerField.id(of: list))]) {
            html in
            html.element("legend", text: SettingsPhrase.fieldOptions.text(ui))
            form.messages(at: list, into: &html)
            let options = form.json.value(at: list)?.elements ?? []
            if options.isEmpty {
                html.element("p", [HTMLAttribute("class", "help")], text: SettingsPhrase.fieldOptionsHelp.text(ui))
            }
            for (index, _) in options.enumerated() {
                let path = list.appending(index)
                let value = form.string(at: path.appending("value"))
                html.element("div", [HTMLAttribute("class", "entry"), HTMLAttribute("id", DesignerField.id(of: path))])
                {
                    html in
                    form.messages(at: path, into: &html)
                    form.text(
                        path.appending("value"),
                        label: SettingsPhrase.option(index + 1).text(ui) + ": " + SettingsPhrase.optionValue.text(ui),
                        into: &html)
                    form.localized(
                        path.appending("label"),
                        label: SettingsPhrase.option(index + 1).text(ui) + ": " + SettingsPhrase.optionLabel.text(ui),
                        into: &html)
                    DesignerJSONForm.button(
                        .remove(path), visible: SettingsPhrase.removeOption(value).text(ui), into: &html)
                }
            }
            html.element("p") { html in
                DesignerJSONForm.button(
                    .addEntry(.fieldOptions(field)), visible: SettingsPhrase.addOption.text(ui) + " (\(fieldID))",
                    into: &html)
            }
        }
    }

    // MARK: Report

    private func renderReport(into html: inout HTMLBuilder) {
        let report = root.appending("report")
        form.messages(at: report, into: &html)
        form.text(
            report.appending("minGroupSize"), label: DesignerPhrase.minGroupSize.text(ui),
            help: SettingsPhrase.minGroupSizeHelp(EvaluationPlan.defaultMinGroupSize).text(ui), into: &html)
        form.localized(
            report.appending("intro"), label: SettingsPhrase.reportIntro.text(ui), multiline: true, into: &html)
        for (key, phrase) in [("exclude", SettingsPhrase.exclude), ("include", .include)] {
            form.text(
                report.appending(key), label: phrase.text(ui), help: SettingsPhrase.idListHelp.text(ui), into: &html)
        }
        let sections = SettingsList.reportSections.path
        html.element(
            "h3", [HTMLAttribute("id", DesignerField.id(of: sections))], text: SettingsPhrase.sections.text(ui))
        form.messages(at: sections, into: &html)
        for (index, _) in (form.json.value(at: sections)?.elements ?? []).enumerated() {
            let path = sections.appending(index)
            html.element(
                "fieldset", [HTMLAttribute("class", "entry"), HTMLAttribute("id", DesignerField.id(of: path))]
            ) {
                html in
                html.element("legend", text: SettingsPhrase.section(index + 1).text(ui))
                form.messages(at: path, into: &html)
                form.localized(path.appending("title"), label: SettingsPhrase.sectionTitle.text(ui), into: &html)
                form.text(
                    path.appending("questions"), label: SettingsPhrase.sectionQuestions.text(ui),
                    help: SettingsPhrase.idListHelp.text(ui), into: &html)
                DesignerJSONForm.button(
                    .remove(path), visible: SettingsPhrase.removeSection(index + 1).text(ui), into: &html)
            }
        }
        html.element("p") { html in
            DesignerJSONForm.button(
                .addEntry(.reportSections), visible: SettingsPhrase.addSection.text(ui), into: &html)
        }
    }
}
