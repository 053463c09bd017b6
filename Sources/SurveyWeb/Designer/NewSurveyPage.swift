import Markup
import SurveyModel

/// The page that starts a survey: blank, as a new wave of an existing one, from a template, or from a
/// JSON file. Each way is its own small form; fields are named `<way>.<field>`, so one page holds all
/// of them and an error finds its field.
struct NewSurveyPage {
    /// One way of starting, as the form's `kind` names it.
    enum Way: String, CaseIterable {
        case blank, wave, template
    }

    /// What the person entered, by field name (`blank.id`), and the errors by field name.
    struct Entries {
        var values: [String: String] = [:]
        var errors: [String: [String]] = [:]
    }

    let ui: UILanguage
    /// Surveys that load, as (id, title), for the new wave.
    let surveys: [(id: String, title: String)]
    let templates: [(id: String, title: String)]
    let csrf: String
    var entries = Entries()
    let uploadLimit: Int

    static let languages = ["de", "en"]

    func render(into html: inout HTMLBuilder) {
        html.element("p", text: VersionsPhrase.newIntro.text(ui))
        section(.blank, VersionsPhrase.newBlank, into: &html) { html in
            text("blank.id", VersionsPhrase.newID, help: VersionsPhrase.newIDHelp, into: &html)
            text("blank.title", VersionsPhrase.newTitle, into: &html)
            html.element("fieldset", [HTMLAttribute("class", "field")]) { html in
                html.element("legend", text: VersionsPhrase.newLanguages.text(ui))
                for message in entries.errors["blank.languages"] ?? [] {
                    html.element("p", [HTMLAttribute("class", "error")], text: message)
                }
                let chosen = entries.values["blank.languages"].map { Set($0.split(separator: ",").map(String.init)) }
                for language in Self.languages {
                    html.element("div", [HTMLAttribute("class", "choice")]) { html in
                        html.void(
                            "input",
                            [
                                HTMLAttribute("type", "checkbox"), HTMLAttribute("id", "blank-language-\(language)"),
                                HTMLAttribute("name", "blank.languages"), HTMLAttribute("value", language),
                                .flag("checked", chosen?.contains(language) ?? true),
                            ])
                        html.element(
                            "label", [HTMLAttribute("for", "blank-language-\(language)")],
                            text: PageLayout.nativeName(of: language))
                    }
                }
            }
        }
        if !surveys.isEmpty {
            section(.wave, VersionsPhrase.newWave, into: &html) { html in
                select("wave.source", VersionsPhrase.newSource, surveys, into: &html)
                text("wave.id", VersionsPhrase.newID, help: VersionsPhrase.newIDHelp, into: &html)
                text(
                    "wave.titleSuffix", VersionsPhrase.newTitleSuffix, help: VersionsPhrase.newTitleSuffixHelp,
                    into: &html)
                text("wave.opens", VersionsPhrase.newOpens, help: VersionsPhrase.newDatesHelp, into: &html)
                text("wave.closes", VersionsPhrase.newCloses, help: VersionsPhrase.newDatesHelp, into: &html)
            }
        }
        if !templates.isEmpty {
            section(.template, VersionsPhrase.newTemplate, into: &html) { html in
                select("template.source", VersionsPhrase.newTemplateSource, templates, into: &html)
                text("template.id", VersionsPhrase.newID, help: VersionsPhrase.newIDHelp, into: &html)
                text("template.title", VersionsPhrase.newTitle, into: &html)
            }
        }
        html.element("section", [HTMLAttribute("aria-labelledby", "new-upload")]) { html in
            html.element("h2", [HTMLAttribute("id", "new-upload")], text: VersionsPhrase.newUpload.text(ui))
            UploadForm(
                ui: ui, action: DesignerPage.address("/admin/designer/new/upload", ui: ui), csrf: csrf,
                limit: uploadLimit, errors: entries.errors["upload.file"] ?? []
            ).render(into: &html)
        }
    }

    private func section(
        _ way: Way, _ heading: VersionsPhrase, into html: inout HTMLBuilder, _ fields: (inout HTMLBuilder) -> Void
    ) {
        html.element("section", [HTMLAttribute("aria-labelledby", "new-\(way.rawValue)")]) { html in
            html.element("h2", [HTMLAttribute("id", "new-\(way.rawValue)")], text: heading.text(ui))
            HiddenFields.postForm(to: DesignerPage.address("/admin/designer/new", ui: ui), csrf: csrf, into: &html) {
                html in
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "kind"),
                        HTMLAttribute("value", way.rawValue),
                    ])
                fields(&html)
                html.element("button", [HTMLAttribute("type", "submit")]) { html in
                    html.text(VersionsPhrase.create.text(ui))
                    html.element("span", [HTMLAttribute("class", "visually-hidden")], text: ": " + heading.text(ui))
                }
            }
        }
    }

    private func text(
        _ name: String, _ label: VersionsPhrase, help: VersionsPhrase? = nil, into html: inout HTMLBuilder
    ) {
        DesignerField.text(
            Self.path(name), label: label.text(ui), value: entries.values[name] ?? "", help: help?.text(ui),
            errors: entries.errors[name] ?? [], into: &html)
    }

    private func select(
        _ name: String, _ label: VersionsPhrase, _ choices: [(id: String, title: String)], into html: inout HTMLBuilder
    ) {
        let id = DesignerField.id(of: Self.path(name))
        DesignerField.wrapper(id: id, label: label.text(ui), errors: entries.errors[name] ?? [], into: &html) {
            html, describedBy in
            html.element(
                "select",
                [
                    HTMLAttribute("id", id), HTMLAttribute("name", name),
                    HTMLAttribute("aria-describedby", describedBy),
                ]
            ) { html in
                for choice in choices {
                    html.element(
                        "option",
                        [
                            HTMLAttribute("value", choice.id),
                            .flag("selected", entries.values[name] == choice.id),
                        ], text: "\(choice.title) (\(choice.id))")
                }
            }
        }
    }

    /// The path standing for a form field's name, so ``DesignerField`` names and identifies it.
    static func path(_ name: String) -> DefinitionPath {
        name.split(separator: ".").reduce(DefinitionPath.root) { $0.appending(String($1)) }
    }
}
