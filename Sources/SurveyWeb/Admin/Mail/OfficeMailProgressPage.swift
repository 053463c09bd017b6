import Foundation
import Markup
import SurveyModel

/// The sending page of a survey: the round the office started, counted while it sends and summed up after.
///
/// While the round runs the page reloads itself every few seconds without script; a link stops that, so
/// nobody is hurried by a page that keeps changing (WCAG 2.2.1).
struct OfficeMailProgressPage {
    let survey: Survey
    let ui: UILanguage
    /// The round this server sent last or sends now; nil when it has sent none.
    let status: MailRoundStatus?
    /// Whether the page reloads itself while the round sends.
    let reloads: Bool

    /// Seconds between reloads: often enough to watch, rare enough to cost nothing.
    static let reloadSeconds = 5

    /// The page's address; `reloads: false` keeps it still.
    static func href(surveyID: String, ui: UILanguage, reloads: Bool = true) -> String {
        var query: [String] = []
        if !reloads { query.append("auto=0") }
        if ui != .de { query.append("lang=\(ui.rawValue)") }
        return "/admin/s/\(surveyID)/mail" + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    /// Seconds until the page reloads itself, nil when it stays.
    var refreshSeconds: Int? { reloads && status?.isRunning == true ? Self.reloadSeconds : nil }

    func render(into html: inout HTMLBuilder) {
        html.element("p") { html in
            html.element(
                "a", [HTMLAttribute("href", OfficeMailPage.participantsHref(surveyID: survey.id, ui: ui))],
                text: MailPhrase.backToParticipants.text(ui))
        }
        guard let status else {
            html.element("p", text: MailPhrase.noRound.text(ui))
            return
        }
        let kind = (status.kind == .invitation ? MailPhrase.invitation : .reminder).text(ui)
        html.element("h2", text: MailPhrase.roundTitle(kind: kind, round: status.round).text(ui))
        html.element(
            "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
            text: (status.isRunning ? MailPhrase.running : status.stopReason == nil ? .finished : .stopped).text(ui))
        if let reason = status.stopReason {
            html.element("p", [HTMLAttribute("class", "error")], text: ui == .de ? reason.de : reason.en)
        }
        html.element("ul", [HTMLAttribute("class", "mail-counts")]) { html in
            html.element("li", text: MailPhrase.sentCount(status.sent).text(ui))
            html.element("li", text: MailPhrase.failedCount(status.failures.count).text(ui))
            if status.uncertain > 0 { html.element("li", text: MailPhrase.uncertainCount(status.uncertain).text(ui)) }
            if status.answeredMeanwhile > 0 {
                html.element("li", text: MailPhrase.answeredMeanwhileCount(status.answeredMeanwhile).text(ui))
            }
            html.element("li", text: MailPhrase.leftCount(status.left).text(ui))
            html.element("li", text: MailPhrase.skippedCount(status.skipped).text(ui))
        }
        html.element("p", text: MailPhrase.startedAt(time(status.started)).text(ui))
        if let finished = status.finished {
            html.element("p", text: MailPhrase.finishedAt(time(finished)).text(ui))
        }
        if status.isRunning {
            if reloads {
                html.element("p", text: MailPhrase.refreshNote(Self.reloadSeconds).text(ui))
            }
            html.element("ul", [HTMLAttribute("class", "actions")]) { html in
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", Self.href(surveyID: survey.id, ui: ui, reloads: reloads))],
                        text: MailPhrase.refreshNow.text(ui))
                }
                if reloads {
                    html.element("li") { html in
                        html.element(
                            "a", [HTMLAttribute("href", Self.href(surveyID: survey.id, ui: ui, reloads: false))],
                            text: MailPhrase.stopRefreshing.text(ui))
                    }
                }
            }
        }
        guard !status.failures.isEmpty else { return }
        html.element("h2", text: MailPhrase.failuresTitle.text(ui))
        OfficePage.table(
            [Phrase.participant.text(ui), MailPhrase.reply.text(ui)],
            status.failures.map { failure in
                [
                    TableCell(
                        failure.label,
                        href: OfficeSchoolPage.href(surveyID: survey.id, participantID: failure.participantID, ui: ui)),
                    TableCell(failure.reply),
                ]
            }, into: &html)
    }

    private func time(_ date: Date) -> String {
        ReceiptFormat.time(date, timeZone: survey.timeZone, ui: ui)
    }
}
