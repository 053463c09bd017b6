import HTTPServer
import SurveyModel

/// Where the overview opens after a structural button was saved: at what the edit created (an added,
/// copied or moved-over question, a new page), else at the place a page or question moved to or was
/// deleted from, so the person sees the result of the button they pressed.
struct DesignerOverviewArrival {
    /// The edit the posted button asked for, if any.
    let edit: DefinitionEdit?

    init(request: HTTPRequest) {
        let form = (try? request.formFields()) ?? URLEncodedForm()
        edit = form[DesignerForm.actionField].flatMap { DesignerAction.edit($0, form: form) }
    }

    /// The fragment (without `#`) to open at; nil for the top of the page.
    func fragment(created: DefinitionPath?) -> String? {
        if let created { return DesignerField.id(of: created) }
        let pages = DefinitionPath.root.appending("pages")
        switch edit {
        case .movePage(_, let to)?: return DesignerField.id(of: pages.appending(to))
        case .moveQuestion(let address, let to)?:
            return DesignerField.id(of: pages.appending(address.page).appending("questions").appending(to))
        case .deleteQuestion(let address)?: return DesignerField.id(of: pages.appending(address.page))
        case .deletePage?: return "pages"
        default: return nil
        }
    }
}
