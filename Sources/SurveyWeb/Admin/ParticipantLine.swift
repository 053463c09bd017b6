import Markup

/// The line on a response's page that names the school answering it and links to its participant entry.
struct ParticipantLine {
    /// The invited participant, nil for a response to a public survey.
    let invitee: Invitee?
    let surveyID: String
    let ui: UILanguage

    /// Where the participant's entry is listed.
    ///
    /// The survey page's participants table, with status and last activity, is
    /// the one list of participants the office area has; the link leads to its
    /// heading.
    static func entryHref(surveyID: String) -> String {
        "/admin/s/\(surveyID)#participants"
    }

    func render(into html: inout HTMLBuilder) {
        html.element("dl", [HTMLAttribute("class", "participant-line")]) { html in
            html.element("dt", text: HistoryPhrase.school.text(ui))
            html.element("dd") { html in
                guard let invitee else { return html.text(HistoryPhrase.noSchool.text(ui)) }
                html.text("\(invitee.label) (\(invitee.id)) · ")
                html.element(
                    "a", [HTMLAttribute("href", Self.entryHref(surveyID: surveyID))],
                    text: HistoryPhrase.participantEntry.text(ui))
            }
        }
    }
}
