import HTTPServer
import SurveyModel

extension DesignerController {
    /// A page of the survey as respondents see it, with skip logic working on the answers typed so far.
    ///
    /// The answers travel in the address (see ``PreviewAddress``); „Weiter“ checks the page as the form
    /// does and moves to the next page respondents would see, „Zurück“ to the one before, and nothing is
    /// ever stored. A page the answers hide can still be opened from the page list, and says so.
    func preview(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let ui = LanguageChoice.ui(request)
        guard let entry = file.entry else {
            return services.redirect(DesignerPage.address("/admin/designer/\(file.id)", ui: ui))
        }
        let survey = entry.survey
        let address = PreviewAddress(surveyID: survey.id, query: (try? request.queryItems()) ?? URLEncodedForm())
        guard survey.pages.indices.contains(address.page - 1) else {
            return services.message(
                .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                link: (
                    href: DesignerPage.address("/admin/designer/\(survey.id)", ui: ui),
                    text: DesignerPhrase.toOverview.text(ui)
                ))
        }
        let page = survey.pages[address.page - 1]
        let context = RenderContext(survey: survey, language: address.language)
        let values = FormValues(form: address.answers, questions: survey.questions)
        let plan = PagePlan(
            values: values, survey: survey, participant: [:], language: context.language,
            today: survey.today(at: services.now()))
        let href = { (target: Page) in
            PreviewAddress.href(
                surveyID: survey.id, page: (survey.pages.firstIndex { $0.id == target.id } ?? 0) + 1,
                language: context.language, values: values)
        }
        var errors: [String: [String]] = [:]
        var notice = context.phrase(.previewNotice)
        switch address.action {
        case "next":
            errors = plan.errors(pages: [page.id], language: context.language)
            guard errors.isEmpty else { break }
            if let next = plan.page(after: page) { return services.redirect(href(next)) }
            notice += " " + DesignerPhrase.previewLastPage.text(context.ui)
        case "back":
            if let before = plan.page(before: page) { return services.redirect(href(before)) }
        case "save":
            notice += " " + DesignerPhrase.previewNothingStored.text(context.ui)
        default:
            break
        }
        let isShown = plan.visibility.isVisible(page: page.id)
        if !isShown, let condition = page.visibleIf {
            notice += " " + DesignerPhrase.previewSkippedPage(context.describe(condition)).text(context.ui)
        }
        let position = (plan.visiblePages.firstIndex { $0.id == page.id } ?? address.page - 1) + 1
        let form = FormPage(
            context: context, page: page, position: position,
            pageCount: isShown ? plan.certainPageCount(at: page).map { max($0, position) } : nil,
            values: values, errors: errors,
            presence: isShown ? plan.presence(on: page) : QuestionPresence.everyQuestion(on: page),
            hidden: PreviewControls(page: address.page, of: page, language: context.language, values: values),
            action: "/admin/designer/\(survey.id)/preview", visibilityURL: nil, notice: notice,
            layoutLinks: survey.languages.map { code in
                PageLayout.LanguageLink(
                    code: code, name: PageLayout.nativeName(of: code),
                    href: PreviewAddress.href(surveyID: survey.id, page: address.page, language: code, values: values))
            },
            isLast: plan.page(after: page) == nil, method: "get")
        let pages = survey.pages.map { other in
            PreviewPage.Entry(page: other, href: href(other), skipped: !plan.visibility.isVisible(page: other.id))
        }
        return services.page(
            PreviewPage(
                form: form, pages: pages,
                back: (
                    DesignerPage.address("/admin/designer/\(survey.id)", ui: context.ui),
                    DesignerPhrase.toOverview.text(context.ui)
                )
            ).render(), status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
