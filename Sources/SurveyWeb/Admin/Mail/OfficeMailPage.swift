import Foundation
import InternetMessage
import Markup
import SurveyMail
import SurveyModel
import SurveyStore

/// The pages „Einladungen senden“ and „Erinnerung senden“: who would get a message and who is left out
/// (by reason), one message as it would go out, the options, and the button that starts the round.
///
/// The options are a form that shows the page again (GET), so changing them sends nothing; only the
/// confirmation posts, with the number of recipients the office saw.
struct OfficeMailPage {
    let survey: Survey
    let ui: UILanguage
    let csrf: String
    let plan: MailRoundPlan
    /// The first recipient's message with a stand-in for the token; nil without recipients.
    let preview: MailMessage?
    /// Who the preview is addressed to.
    let previewLabel: String?
    /// Whether the server can send (it was started with mail settings); without, the page only previews.
    let configured: Bool
    /// Messages a minute the settings allow.
    let perMinute: Int
    /// A round of this survey is being sent: the page links to it instead of offering another.
    let running: Bool
    /// Why the page is shown again instead of sending (the recipients changed meanwhile).
    var notice: String? = nil

    private var kind: MailTemplateKind { plan.request.kind }
    private var path: String { Self.path(surveyID: survey.id, kind: kind) }
    private var languageQuery: String { ui == .de ? "" : "?lang=\(ui.rawValue)" }

    /// The page's path for a template.
    static func path(surveyID: String, kind: MailTemplateKind) -> String {
        "/admin/s/\(surveyID)/mail/" + (kind == .invitation ? "invite" : "remind")
    }

    /// The survey's participants page, in the page's language.
    static func participantsHref(surveyID: String, ui: UILanguage) -> String {
        "/admin/s/\(surveyID)/participants" + (ui == .de ? "" : "?lang=\(ui.rawValue)")
    }

    /// The page's title for a template.
    static func title(_ kind: MailTemplateKind) -> MailPhrase {
        kind == .invitation ? .sendInvitations : .sendReminders
    }

    func render(into html: inout HTMLBuilder) {
        html.element("p") { html in
            html.element(
                "a", [HTMLAttribute("href", Self.participantsHref(surveyID: survey.id, ui: ui))],
                text: MailPhrase.backToParticipants.text(ui))
        }
        if let notice {
            html.element("p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")], text: notice)
        }
        if !configured {
            html.element("div", [HTMLAttribute("class", "notice")]) { html in
                html.element("p") { html in html.element("strong", text: MailPhrase.notConfigured.text(ui)) }
                html.element("p", text: MailPhrase.notConfiguredHelp.text(ui))
                html.element("p", text: MailPhrase.mailDocs.text(ui))
            }
        }
        html.element("p", text: (kind == .invitation ? MailPhrase.invitationIntro : .reminderIntro).text(ui))
        html.element("h2", text: MailPhrase.recipients(plan.recipients.count).text(ui))
        if plan.recipients.isEmpty { html.element("p", text: MailPhrase.nobodyToSend.text(ui)) }
        renderSkipped(into: &html)
        renderOptions(into: &html)
        renderPreview(into: &html)
        renderConfirmation(into: &html)
    }

    // MARK: Skipped

    /// The participants left out, one row per reason; invalid addresses one row each, as they must be fixed.
    private func renderSkipped(into html: inout HTMLBuilder) {
        guard !plan.skipped.isEmpty else { return }
        let invalid = invalidAddresses
        if !invalid.isEmpty {
            html.element(
                "div",
                [HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert")]
            ) { html in
                html.element("p", text: MailPhrase.invalidAddresses(invalid.count).text(ui))
                html.element("ul") { html in
                    for (participant, error) in invalid {
                        html.element(
                            "li",
                            text: "\(participant.label) (\(participant.id)): \(error.message(language: ui.rawValue))")
                    }
                }
            }
        }
        html.element("h2", text: MailPhrase.skippedTitle(plan.skipped.count).text(ui))
        let byCategory = Dictionary(grouping: plan.skipped, by: \.reason.category)
        OfficePage.table(
            [MailPhrase.reason.text(ui), MailPhrase.number.text(ui), MailPhrase.participants.text(ui)],
            MailSkip.Category.allCases.compactMap { category in
                byCategory[category].map { skips in
                    [
                        TableCell(category.label(language: ui.rawValue)), TableCell(String(skips.count)),
                        TableCell(Self.names(skips.map(\.participant.label))),
                    ]
                }
            }, into: &html)
    }

    private var invalidAddresses: [(Participant, MailAddressError)] { Self.invalidAddresses(in: plan) }

    /// The participants whose address no message can go to; while there are any, the round sends nothing.
    static func invalidAddresses(in plan: MailRoundPlan) -> [(Participant, MailAddressError)] {
        plan.skipped.compactMap { skip in
            if case .invalidAddress(let error) = skip.reason { (skip.participant, error) } else { nil }
        }
    }

    /// The first few names of a group; a county's hundred schools would fill the page.
    static func names(_ labels: [String]) -> String {
        let shown = 10
        let sorted = labels.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
        return sorted.prefix(shown).joined(separator: ", ") + (sorted.count > shown ? ", …" : "")
    }

    // MARK: Options

    private var hasUncertain: Bool {
        plan.skipped.contains { if case .uncertain = $0.reason { true } else { false } }
    }

    /// The options as a form that shows the page again; a checkbox left unticked is simply not sent.
    private func renderOptions(into html: inout HTMLBuilder) {
        let request = plan.request
        let choices: [(name: String, on: Bool, label: MailPhrase, help: MailPhrase)] =
            (kind == .reminder
                ? [
                    ("not-started", request.notStarted, .notStarted, .notStartedHelp),
                    ("again", request.again, .again, .againHelp),
                ] : [])
            + (hasUncertain || request.resendUncertain
                ? [("resend-uncertain", request.resendUncertain, .resendUncertain, .resendUncertainHelp)] : [])
        guard !choices.isEmpty else { return }
        html.element("form", [HTMLAttribute("method", "get"), HTMLAttribute("action", path)]) { html in
            if ui != .de {
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "lang"),
                        HTMLAttribute("value", ui.rawValue),
                    ]
                )
            }
            html.element("fieldset", [HTMLAttribute("class", "question")]) { html in
                html.element("legend", text: MailPhrase.options.text(ui))
                for choice in choices {
                    let id = "option-" + choice.name
                    html.element("div") { html in
                        html.void(
                            "input",
                            [
                                HTMLAttribute("type", "checkbox"), HTMLAttribute("id", id),
                                HTMLAttribute("name", choice.name), HTMLAttribute("value", "1"),
                                .flag("checked", choice.on), HTMLAttribute("aria-describedby", id + "-hint"),
                            ])
                        html.text(" ")
                        html.element("label", [HTMLAttribute("for", id)], text: choice.label.text(ui))
                        html.element(
                            "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", id + "-hint")],
                            text: choice.help.text(ui))
                    }
                }
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element("button", [HTMLAttribute("type", "submit")], text: MailPhrase.update.text(ui))
            }
        }
    }

    // MARK: Preview

    private func renderPreview(into html: inout HTMLBuilder) {
        guard let preview else { return }
        html.element("section", [HTMLAttribute("aria-labelledby", "preview")]) { html in
            html.element(
                "h2", [HTMLAttribute("id", "preview")],
                text: MailPhrase.previewTitle(previewLabel ?? "").text(ui))
            html.element("p", [HTMLAttribute("class", "help")], text: MailPhrase.previewTokenNote.text(ui))
            html.element("dl", [HTMLAttribute("class", "mail-headers")]) { html in
                let headers: [(MailPhrase, String?)] = [
                    (.from, preview.from.description), (.replyTo, preview.replyTo?.description),
                    (.to, preview.to.map(\.description).joined(separator: ", ")), (.subject, preview.subject),
                ]
                for (name, value) in headers {
                    guard let value else { continue }
                    html.element("dt", text: name.text(ui))
                    html.element("dd", text: value)
                }
            }
            html.element("pre", [HTMLAttribute("class", "mail-text")], text: preview.text)
            if let source = preview.html {
                html.element("details") { html in
                    html.element("summary", text: MailPhrase.htmlAlternative.text(ui))
                    html.element("pre", [HTMLAttribute("class", "mail-text")], text: source)
                }
            }
        }
    }

    // MARK: Confirmation

    /// The button that starts the round: only with settings, recipients, valid addresses and no round running.
    private func renderConfirmation(into html: inout HTMLBuilder) {
        if running {
            html.element("p", [HTMLAttribute("class", "notice")]) { html in
                html.text(MailPhrase.alreadyRunning.text(ui) + " ")
                html.element(
                    "a", [HTMLAttribute("href", OfficeMailProgressPage.href(surveyID: survey.id, ui: ui))],
                    text: MailPhrase.mailProgress.text(ui))
            }
            return
        }
        guard configured, !plan.recipients.isEmpty, invalidAddresses.isEmpty else { return }
        let count = plan.recipients.count
        HiddenFields.postForm(to: path + languageQuery, csrf: csrf, into: &html) { html in
            let request = plan.request
            for (name, on) in [
                ("not-started", request.notStarted), ("again", request.again),
                ("resend-uncertain", request.resendUncertain),
            ] where on {
                html.void(
                    "input",
                    [HTMLAttribute("type", "hidden"), HTMLAttribute("name", name), HTMLAttribute("value", "1")])
            }
            html.void(
                "input",
                [
                    HTMLAttribute("type", "hidden"), HTMLAttribute("name", "recipients"),
                    HTMLAttribute("value", String(count)),
                ])
            html.element("p", [HTMLAttribute("class", "help")], text: MailPhrase.confirmHelp(perMinute).text(ui))
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                    text: (kind == .invitation
                        ? MailPhrase.confirmInvitations(count) : .confirmReminders(count)).text(ui))
            }
        }
    }
}
