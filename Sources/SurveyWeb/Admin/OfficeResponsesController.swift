import Foundation
import HTTPServer
import Markup
import SurveyModel
import SurveyStore

/// One response as the office sees it: its answers and revision history, voiding it, and ending the
/// sessions of the school that gives it.
struct OfficeResponsesController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/s/:survey/r/:response") { request in Interruption.answer { try response(request) } }
            staff.post("/s/:survey/r/:response/void", bodyLimit: 16 * 1024) { request, responder in
                Interruption.answer(responder) { try void(request, responder) }
            }
            staff.post("/s/:survey/r/:response/end-sessions", bodyLimit: 4096) { request in
                Interruption.answer { try endSessions(request) }
            }
        }
    }

    private func response(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let survey = entry.survey
        let responseID = request.parameters["response"] ?? ""
        let history = ResponseHistory.records(of: responseID, in: entry.log)
        guard !history.isEmpty else {
            return services.message(
                .notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound,
                link: (href: "/admin/s/\(survey.id)", text: Phrase.backToSurvey.text(ui)))
        }
        let view = entry.log.view
        let context = RenderContext(survey: survey, language: ui.rawValue)
        let values: FormValues
        if let json = try? entry.log.submittedAnswers(of: responseID) {
            values =
                (try? Answers(json: json, in: survey)).map {
                    FormValues(answers: $0, survey: survey, language: context.language)
                } ?? FormValues(draft: json, language: context.language)
        } else if let draft = try? entry.log.draftAnswers(of: responseID) {
            values = FormValues(draft: draft, language: context.language)
        } else {
            values = FormValues()
        }
        let invitee = invitee(answering: responseID, in: survey.id)
        let number = Phrase.answersOf(ReceiptFormat.responseNumber(responseID)).text(ui)
        let title = invitee.map { "\(number) – \($0.label)" } ?? number
        let base = "/admin/s/\(survey.id)"
        let ended = (try? request.queryItems())?["ended"] == "1"
        return page(request, title) { html in
            html.element("p") { html in
                html.element("a", [HTMLAttribute("href", base)], text: Phrase.backToSurvey.text(ui))
            }
            if view.voided[responseID] != nil {
                html.element("p", [HTMLAttribute("class", "notice")], text: Phrase.voided.text(ui))
            }
            if ended {
                html.element(
                    "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                    text: Phrase.sessionsEnded.text(ui))
            }
            ParticipantLine(invitee: invitee, surveyID: survey.id, ui: ui).render(into: &html)
            html.element("h2", text: Phrase.revisionHistory.text(ui))
            let rows = RevisionHistoryRow.rows(of: history)
            // The reason column only where a response was voided; otherwise it is empty on every row.
            let hasReasons = rows.contains { !$0.reason.isEmpty }
            OfficePage.table(
                [Phrase.revision.text(ui), Phrase.kind.text(ui), Phrase.time.text(ui)]
                    + (hasReasons ? [Phrase.voidReason.text(ui)] : []),
                rows.map { row in
                    [
                        TableCell(row.revisions), TableCell(row.kindText(ui)),
                        TableCell(row.timeText(timeZone: survey.timeZone, ui: ui)),
                    ] + (hasReasons ? [TableCell(row.reason)] : [])
                }, into: &html)
            html.element("h2", text: Phrase.yourAnswers.text(ui))
            AnswerList(context: context, pages: survey.pages.map { ($0, $0.questions) }, values: values, changeURL: nil)
                .render(into: &html)
            if invitee != nil {
                html.element("h2", text: Phrase.endSessions.text(ui))
                HiddenFields.postForm(to: "\(base)/r/\(responseID)/end-sessions", csrf: csrf(request), into: &html) {
                    html in
                    html.element("p", text: Phrase.endSessionsHelp.text(ui))
                    html.element("div", [HTMLAttribute("class", "actions")]) { html in
                        html.element("button", [HTMLAttribute("type", "submit")], text: Phrase.endSessions.text(ui))
                    }
                }
            }
            if view.submitted[responseID] != nil {
                html.element("h2", text: Phrase.voidResponse.text(ui))
                HiddenFields.postForm(to: "\(base)/r/\(responseID)/void", csrf: csrf(request), into: &html) { html in
                    html.element("div", [HTMLAttribute("class", "question")]) { html in
                        html.element("label", [HTMLAttribute("for", "reason")], text: Phrase.voidReason.text(ui))
                        html.element(
                            "textarea",
                            [
                                HTMLAttribute("id", "reason"), HTMLAttribute("name", "reason"),
                                HTMLAttribute("rows", "3"), HTMLAttribute("maxlength", "1000"),
                            ], text: "")
                    }
                    html.element("div", [HTMLAttribute("class", "actions")]) { html in
                        html.element("button", [HTMLAttribute("type", "submit")], text: Phrase.voidResponse.text(ui))
                    }
                }
            }
        }
    }

    private func void(_ request: HTTPRequest, _ responder: Responder) throws(Interruption) {
        let entry = try entry(request)
        let form = try checkedForm(request)
        let responseID = request.parameters["response"] ?? ""
        let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let base = "/admin/s/\(entry.survey.id)"
        let ui = LanguageChoice.ui(request)
        guard !reason.isEmpty, reason.count <= 1000, entry.log.view.submitted[responseID] != nil else {
            return responder.respond(services.redirect("\(base)/r/\(responseID)"))
        }
        let formKey = form["_form"].flatMap { $0.utf8.count <= 64 ? $0 : nil } ?? WebServices.newFormKey()
        let append = AppendRequest(
            .void(reason: reason), responseID: responseID, definitionVersion: entry.version,
            idempotencyKey: services.idempotencyKey(responseID: responseID, formKey: "void-" + formKey))
        entry.log.append(append) { result in
            switch result {
            case .success:
                audit(.responseVoided, request, object: entry.survey.id + "/" + responseID)
                // The school's open grants end with the void, so a browser still holding one cannot
                // submit again unnoticed; its personal link still works if the office asks for a new answer.
                if let invitee = invitee(answering: responseID, in: entry.survey.id) {
                    guard endSessions(of: invitee, in: entry) else {
                        return responder.respond(sessionsNotEnded(ui: ui, base: base))
                    }
                }
                responder.respond(services.redirect("\(base)?voided=1"))
            case .failure: responder.respond(services.redirect("\(base)/r/\(responseID)"))
            }
        }
    }

    /// Ends the sessions of the participant who answers a response, on the office's request.
    private func endSessions(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        _ = try checkedForm(request)
        let responseID = request.parameters["response"] ?? ""
        let base = "/admin/s/\(entry.survey.id)"
        guard let invitee = invitee(answering: responseID, in: entry.survey.id) else {
            return services.redirect("\(base)/r/\(responseID)")
        }
        guard endSessions(of: invitee, in: entry) else {
            return sessionsNotEnded(ui: LanguageChoice.ui(request), base: base)
        }
        return services.redirect("\(base)/r/\(responseID)?ended=1")
    }

    /// Raises the participant's session generation and tells the directory at once; false if it cannot be stored.
    private func endSessions(of invitee: Invitee, in entry: SurveyEntry) -> Bool {
        guard (try? entry.participants.endSessions(id: invitee.id)) != nil else { return false }
        _ = services.refreshInvitees()
        return true
    }

    /// The invited participant whose response id is `responseID`; nil for a public respondent.
    ///
    /// Found by deriving each participant's response id, as anonymous surveys store no participant with a record.
    private func invitee(answering responseID: String, in surveyID: String) -> Invitee? {
        services.invitees.invitees(of: surveyID).first {
            services.responseID(surveyID: surveyID, participantID: $0.id) == responseID
        }
    }

    private func sessionsNotEnded(ui: UILanguage, base: String) -> HTTPResponse {
        services.message(
            .errorTitle, [Phrase.sessionsNotEnded.text(ui)], ui: ui, status: .internalServerError,
            link: (href: base, text: Phrase.backToSurvey.text(ui)))
    }
}
