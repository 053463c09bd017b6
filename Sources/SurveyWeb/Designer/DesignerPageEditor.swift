import Markup
import SurveyModel

/// The form of one page: its id, its title and description in every language, and the condition
/// under which it is shown, with the loader's message beside the field it belongs to.
struct DesignerPageEditor {
    let form: DesignerJSONForm
    /// The page's index in `pages`.
    let index: Int
    let address: String
    let overview: String
    let csrf: String

    private var ui: UILanguage { form.ui }
    private var path: DefinitionPath { DefinitionPath.root.appending("pages").appending(index) }

    /// The name of a field this form shows at `path`, for the error summary; nil for other places.
    static func label(of problemPath: DefinitionPath, page index: Int, ui: UILanguage) -> String? {
        let page = DefinitionPath.root.appending("pages").appending(index)
        guard page.contains(problemPath) else { return nil }
        let rest = problemPath.components.dropFirst(page.components.count)
        guard case .key(let key)? = rest.first, rest.count <= 2 else { return nil }
        let name: String? =
            switch key {
            case "id": SettingsPhrase.pageID.text(ui)
            case "title": DesignerPhrase.title.text(ui)
            case "description": DesignerPhrase.description.text(ui)
            case "visibleIf": SettingsPhrase.visibleIf.text(ui)
            default: nil
            }
        guard let name else { return nil }
        if rest.count == 2, case .key(let language)? = rest.last {
            return name + " (" + PageLayout.nativeName(of: language) + ")"
        }
        return name
    }

    func render(into html: inout HTMLBuilder) {
        HiddenFields.postForm(to: address, csrf: csrf, attributes: [HTMLAttribute("novalidate", "")], into: &html) {
            html in
            form.versionField(into: &html)
            form.messages(at: path, into: &html)
            form.text(path.appending("id"), label: SettingsPhrase.pageID.text(ui), into: &html)
            form.localized(path.appending("title"), label: DesignerPhrase.title.text(ui), into: &html)
            form.localized(
                path.appending("description"), label: DesignerPhrase.description.text(ui), multiline: true,
                into: &html)
            form.text(
                path.appending("visibleIf"), label: SettingsPhrase.visibleIf.text(ui),
                help: SettingsPhrase.visibleIfHelp.text(ui), into: &html)
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                DesignerJSONForm.saveButton(ui, into: &html)
                html.element("a", [HTMLAttribute("href", overview)], text: DesignerPhrase.toOverview.text(ui))
            }
        }
    }
}
