import Markup

/// The line on a response's page that names the school answering it and links to its participant entry.
struct ParticipantLine {
    /// The invited participant, nil for a response to a public survey.
    let invitee: Invitee?
    let surveyID: String
    let ui: UILanguage

    /// The participant's row on the survey's participants page, with status, last activity and a new code.
    static func entryHref(surveyID: String, participantID: String) -> String {
        "/admin/s/\(surveyID)/participants#\(anchor(participantID: participantID))"
    }

    /// The id of a participant's row on the participants page.
    static func anchor(participantID: String) -> String { "p-\(participantID)" }

    func render(into html: inout HTMLBuilder) {
        html.element("dl", [HTMLAttribute("class", "participant-line")]) { html in
            html.element("dt", text: HistoryPhrase.school.text(ui))
            html.element("dd") { html in
                guard let invitee else { return html.text(HistoryPhrase.noSchool.text(ui)) }
                html.text("\(invitee.label) (\(invitee.id)) · ")
                html.element(
                    "a", [HTMLAttribute("href", Self.entryHref(surveyID: surveyID, participantID: invitee.id))],
                    text: HistoryPhrase.participantEntry.text(ui))
            }
        }
    }
}
