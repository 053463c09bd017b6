import HTTPServer
import SurveyMail
import SurveyModel
import SurveyStore

/// A participant's own page in the office, reached from its name in the participants table: its data,
/// status and mail log. For staff, like the participants page.
struct OfficeSchoolController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/s/:survey/participants/p/:participant") { request in
                Interruption.answer { try schoolPage(request) }
            }
        }
    }

    private func schoolPage(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let survey = entry.survey
        guard
            let invitee = services.invitees.invitee(surveyID: survey.id, id: request.parameters["participant"] ?? "")
        else {
            throw .respond(
                services.message(
                    .notFoundTitle, [ParticipantsPhrase.unknownParticipant.text(ui)], ui: ui, status: .notFound,
                    link: (
                        href: OfficeMailPage.participantsHref(surveyID: survey.id, ui: ui),
                        text: MailPhrase.backToParticipants.text(ui)
                    )))
        }
        let history = try mailHistory(entry, ui: ui)
        let page = OfficeSchoolPage(
            survey: survey, ui: ui, invitee: invitee,
            progress: ResponseProgress(
                responseID: services.responseID(surveyID: survey.id, participantID: invitee.id), view: entry.log.view),
            fieldLabels: Dictionary(
                survey.participantFields.compactMap { field in
                    invitee.fields[field.id].map { (field.id, field.option($0)?.label.text(in: ui.rawValue) ?? $0) }
                }, uniquingKeysWith: { first, _ in first }),
            deliveries: history.deliveries(for: invitee.id),
            sendingRound: services.mailRounds.status(of: survey.id).flatMap { $0.isRunning ? $0.round : nil })
        return self.page(request, invitee.label) { html in page.render(into: &html) }
    }
}

extension OfficeController {
    /// The survey's mail log, or the page saying it cannot be read.
    func mailHistory(_ entry: SurveyEntry, ui: UILanguage) throws(Interruption) -> MailHistory {
        do {
            return try MailHistory(folder: entry.log.folder)
        } catch {
            throw .respond(
                services.message(
                    .errorTitle, [Phrase.storageUnreadable.text(ui), error.description], ui: ui,
                    status: .serviceUnavailable,
                    link: (href: "/admin/s/\(entry.survey.id)", text: Phrase.backToSurvey.text(ui))))
        }
    }
}
