import Foundation
import HTTPServer
import InternetMessage
import MailTransport
import SurveyMail
import SurveyModel
import SurveyStore

/// „Einladungen senden“ and „Erinnerung senden“: the plan of a round with one message previewed, the
/// confirmation that starts it in the background, and the page that follows it, for staff.
///
/// The round itself is `SurveyMail`'s, the same as `survey mail invite|remind`: the mail log decides who
/// has had what, so the office and the command line never send a message twice between them.
struct OfficeMailController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            for kind in [MailTemplateKind.invitation, .reminder] {
                let path = OfficeMailPage.path(surveyID: ":survey", kind: kind).dropFirst("/admin".count)
                staff.get(String(path)) { request in Interruption.answer { try planPage(request, kind) } }
                staff.post(String(path), bodyLimit: 4096) { request in
                    Interruption.answer { try start(request, kind) }
                }
            }
            staff.get("/s/:survey/mail") { request in Interruption.answer { try progress(request) } }
        }
    }

    private var mail: WebMail? { services.mail }

    // MARK: Plan

    private func planPage(_ request: HTTPRequest, _ kind: MailTemplateKind) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let choice = roundRequest(kind, (try? request.queryItems()) ?? URLEncodedForm())
        let (round, plan) = try plan(choice, entry: entry, request: request)
        return planResponse(request, entry: entry, round: round, plan: plan)
    }

    /// The plan page; `notice` says why it is shown again after a confirmation.
    private func planResponse(
        _ request: HTTPRequest, entry: SurveyEntry, round: MailRound, plan: MailRoundPlan, notice: String? = nil,
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let preview = plan.preview()
        let page = OfficeMailPage(
            survey: entry.survey, ui: ui, csrf: csrf(request), plan: plan, preview: preview,
            previewLabel: plan.recipients.first?.label, configured: mail != nil,
            perMinute: mail?.settings.perMinute ?? MailSettings.defaultPerMinute,
            running: services.mailRounds.status(of: entry.survey.id)?.isRunning == true, notice: notice)
        return self.page(request, OfficeMailPage.title(plan.request.kind).text(ui), status: status) { html in
            page.render(into: &html)
        }
    }

    /// The round of `entry` under the server's settings, or the stand-in settings of a preview, and its plan.
    private func plan(_ choice: MailRoundRequest, entry: SurveyEntry, request: HTTPRequest) throws(Interruption) -> (
        MailRound, MailRoundPlan
    ) {
        let settings: MailSettings
        if let mail { settings = mail.settings } else { settings = try previewSettings(request) }
        // Without settings the round only plans: ``start(_:_:)`` refuses before anything could be sent.
        let transport = mail?.transport ?? SendmailTransport()
        let round = MailRound(
            survey: entry.survey, folder: entry.log.folder, settings: settings, transport: transport,
            clock: services.now, sleeper: mail?.sleeper ?? MailRound.sleep)
        do {
            return (round, try round.plan(choice))
        } catch {
            let ui = LanguageChoice.ui(request)
            // An unreadable file may heal; an anonymous survey or one without participants will not.
            let status: HTTPStatus = if case .store = error { .serviceUnavailable } else { .conflict }
            throw .respond(
                services.message(
                    .errorTitle, [MailPhrase.planFailed(error.message(language: ui.rawValue)).text(ui)], ui: ui,
                    status: status,
                    link: (
                        href: OfficeMailPage.participantsHref(surveyID: entry.survey.id, ui: ui),
                        text: MailPhrase.backToParticipants.text(ui)
                    )))
        }
    }

    /// The options as the form or the query gave them; a checkbox counts when it is there.
    private func roundRequest(_ kind: MailTemplateKind, _ form: URLEncodedForm) -> MailRoundRequest {
        MailRoundRequest(
            kind: kind, notStarted: kind == .reminder && form["not-started"] == "1",
            again: kind == .reminder && form["again"] == "1", resendUncertain: form["resend-uncertain"] == "1")
    }

    // MARK: Sending

    /// Starts the round the office confirmed, unless its recipients changed since the page was shown or a
    /// round of the survey is running; then the page is shown again with the reason.
    private func start(_ request: HTTPRequest, _ kind: MailTemplateKind) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let form = try checkedForm(request)
        let ui = LanguageChoice.ui(request)
        let surveyID = entry.survey.id
        let (round, plan) = try plan(roundRequest(kind, form), entry: entry, request: request)
        guard mail != nil else {
            return planResponse(
                request, entry: entry, round: round, plan: plan, notice: MailPhrase.notConfigured.text(ui),
                status: .conflict)
        }
        guard form["recipients"] == String(plan.recipients.count), !plan.recipients.isEmpty,
            OfficeMailPage.invalidAddresses(in: plan).isEmpty
        else {
            return planResponse(
                request, entry: entry, round: round, plan: plan, notice: MailPhrase.planChanged.text(ui),
                status: .conflict)
        }
        let now = services.now
        let status = MailRoundStatus(
            kind: kind, round: plan.round, total: plan.recipients.count, skipped: plan.skipped.count, started: now())
        let services = self.services
        let started = services.mailRounds.start(surveyID: surveyID, status: status) { update in
            do throws(MailRoundError) {
                let summary = try round.send(plan) { progress in update { $0.note(progress) } }
                update { status in
                    status.finished = now()
                    if let stop = summary.stoppedBy {
                        status.stopReason = (stop.message(language: "de"), stop.message(language: "en"))
                    }
                }
            } catch {
                update { status in
                    status.finished = now()
                    status.stopReason = (error.message(language: "de"), error.message(language: "en"))
                }
            }
            // Invitations issue tokens: the server must know them before the first school follows its link.
            _ = services.refreshInvitees()
        }
        guard started else {
            return planResponse(
                request, entry: entry, round: round, plan: plan, notice: MailPhrase.alreadyRunning.text(ui),
                status: .conflict)
        }
        audit(kind == .invitation ? .mailInvite : .mailRemind, request, object: "\(surveyID)/round-\(plan.round)")
        return services.redirect(OfficeMailProgressPage.href(surveyID: surveyID, ui: ui))
    }

    // MARK: Progress

    private func progress(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let page = OfficeMailProgressPage(
            survey: entry.survey, ui: ui, status: services.mailRounds.status(of: entry.survey.id),
            reloads: (try? request.queryItems())?["auto"] != "0")
        return self.page(request, MailPhrase.mailProgress.text(ui), refreshSeconds: page.refreshSeconds) { html in
            page.render(into: &html)
        }
    }

    // MARK: Without settings

    /// Settings that let a server without mail settings preview a message: placeholders for the office,
    /// and links to the host the office reached the server by.
    private func previewSettings(_ request: HTTPRequest) throws(Interruption) -> MailSettings {
        let ui = LanguageChoice.ui(request)
        guard let sender = try? MailAddress("buero@example.invalid", displayName: MailPhrase.officePlaceholder.text(ui))
        else {
            throw .respond(
                services.message(.errorTitle, [Phrase.serverError.text(ui)], ui: ui, status: .internalServerError))
        }
        return MailSettings(
            from: sender, office: LocalizedText(MailPhrase.officePlaceholder.text(ui)),
            contact: LocalizedText(MailPhrase.contactPlaceholder.text(ui)), baseURL: absoluteLink("", request),
            transport: .sendmail(path: "/usr/sbin/sendmail", arguments: []))
    }
}
