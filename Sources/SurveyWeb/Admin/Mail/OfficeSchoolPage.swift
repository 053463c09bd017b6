import Foundation
import Markup
import SurveyMail
import SurveyModel
import SurveyStore

/// One participant's page in the office: who it is, where its response stands, and every message the
/// mail log holds for it (time, template, round, result).
struct OfficeSchoolPage {
    let survey: Survey
    let ui: UILanguage
    let invitee: Invitee
    let progress: ResponseProgress
    /// The participant's field values in words, by field id.
    let fieldLabels: [String: String]
    /// The messages to the participant, oldest first.
    let deliveries: [MailHistory.Delivery]
    /// The round this server is sending for the survey now: its message without a result is on its way,
    /// not uncertain.
    var sendingRound: Int? = nil

    /// The page of participant `participantID`, in the page's language.
    static func href(surveyID: String, participantID: String, ui: UILanguage) -> String {
        "/admin/s/\(surveyID)/participants/p/\(participantID)"
            + (ui == .de ? "" : "?lang=\(ui.rawValue)")
    }

    func render(into html: inout HTMLBuilder) {
        html.element("p") { html in
            html.element(
                "a",
                [
                    HTMLAttribute(
                        "href",
                        OfficeMailPage.participantsHref(surveyID: survey.id, ui: ui) + "#"
                            + ParticipantLine.anchor(participantID: invitee.id))
                ], text: MailPhrase.backToParticipants.text(ui))
        }
        html.element("dl", [HTMLAttribute("class", "participant-line")]) { html in
            var items: [(String, String)] = [
                (ParticipantsPhrase.id.text(ui), invitee.id),
                (MailPhrase.email.text(ui), invitee.email ?? MailPhrase.noEmail.text(ui)),
            ]
            items += survey.participantFields.map { field in
                (field.label.text(in: ui.rawValue), fieldLabels[field.id] ?? "–")
            }
            items.append((Phrase.status.text(ui), progress.text(ui)))
            for (term, value) in items {
                html.element("dt", text: term)
                html.element("dd", text: value)
            }
        }
        html.element("h2", text: MailPhrase.mailLog.text(ui))
        guard !deliveries.isEmpty else {
            html.element("p", text: MailPhrase.noMail.text(ui))
            return
        }
        OfficePage.table(
            [
                MailPhrase.time.text(ui), MailPhrase.template.text(ui), MailPhrase.round.text(ui),
                MailPhrase.result.text(ui), MailPhrase.reply.text(ui),
            ],
            deliveries.map { delivery in
                let (result, reply) =
                    delivery.state == .uncertain && delivery.round == sendingRound
                    ? (MailPhrase.resultSending.text(ui), "–") : outcome(delivery.state)
                return [
                    TableCell(ReceiptFormat.time(delivery.started, timeZone: survey.timeZone, ui: ui)),
                    TableCell((delivery.template == .invitation ? MailPhrase.invitation : .reminder).text(ui)),
                    TableCell(String(delivery.round)), TableCell(result), TableCell(reply),
                ]
            }, into: &html)
        if deliveries.contains(where: { $0.state == .uncertain && $0.round != sendingRound }) {
            html.element("p", [HTMLAttribute("class", "help")], text: MailPhrase.uncertainNote.text(ui))
        }
    }

    /// The result in words and the transport's reply.
    private func outcome(_ state: MailHistory.Delivery.State) -> (String, String) {
        switch state {
        case .sent(let reply, _): (MailPhrase.resultSent.text(ui), reply)
        case .failed(let reply, _, _): (MailPhrase.resultFailed.text(ui), reply)
        case .uncertain: (MailPhrase.resultUncertain.text(ui), "–")
        }
    }
}
