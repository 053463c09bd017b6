import HTTPServer
import Markup
import SurveyModel
import SurveyStore

/// Any page of a survey as a participant would see it, for the office to check before sending invitations.
struct OfficePreviewController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/s/:survey/preview/:page") { request in
                Interruption.answer { try preview(request, form: nil) }
            }
            staff.post("/s/:survey/preview/:page", bodyLimit: RespondentController.bodyLimit) { request in
                Interruption.answer { try preview(request, form: try? request.formFields()) }
            }
        }
    }

    /// Any page as a participant would see it; what is entered is checked but never stored.
    private func preview(_ request: HTTPRequest, form: URLEncodedForm?) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let survey = entry.survey
        let language = LanguageChoice.language(request, survey: survey)
        let context = RenderContext(survey: survey, language: language)
        guard let index = survey.pages.firstIndex(where: { $0.id == request.parameters["page"] }) else {
            return services.message(
                .notFoundTitle, [Phrase.notFound.text(context.ui)], ui: context.ui, status: .notFound)
        }
        let page = survey.pages[index]
        var values = FormValues()
        var errors: [String: [String]] = [:]
        if let form {
            values = FormValues(form: form, questions: page.questions)
            let parsed = values.parsedAnswers(for: page.questions, language: language)
            for (id, error) in parsed.errors { errors[id] = [error.message(in: language)] }
            let today = survey.today(at: services.now())
            for issue in survey.validate(parsed.answers, participant: [:], today: today, pages: [page.id])
            where errors[issue.questionID] == nil {
                errors[issue.questionID] = [issue.message(in: language)]
            }
        }
        let base = "/admin/s/\(survey.id)/preview"
        let presence = QuestionPresence.everyQuestion(on: page)
        let links = survey.languages.map {
            PageLayout.LanguageLink(code: $0, name: PageLayout.nativeName(of: $0), href: "\(request.path)?lang=\($0)")
        }
        let formPage = FormPage(
            context: context, page: page, position: index + 1, pageCount: survey.pages.count, values: values,
            errors: errors,
            presence: presence, hidden: HiddenFields(csrf: csrf(request), formKey: WebServices.newFormKey()),
            action: "\(base)/\(page.id)",
            visibilityURL: nil, notice: context.phrase(.previewNotice), layoutLinks: links,
            isLast: index == survey.pages.count - 1)
        let body = PreviewPage(
            form: formPage, pages: survey.pages.map { PreviewPage.Entry(page: $0, href: "\(base)/\($0.id)") }
        ).render()
        return services.page(body, status: errors.isEmpty ? .ok : .unprocessableContent)
    }
}
