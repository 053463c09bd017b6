/// What the office and the committee read about published reports and share links, in German and English.
enum PublishPhrase: Sendable {
    case publishHeading, publishIntro, reportTitle, reportTitleHint, audience, allCommittee, chosenMembers
    case noCommitteeMembers, publish, titleMissing, noMemberChosen
    case publishedReports, noPublishedReports, columnTitle, columnSurvey, columnCutoff, columnPublished, columnBy
    case columnAudience, columnState, columnFilter, columnBreakdown, statePublished, stateWithdrawn, everyone, withdraw
    case members(Int)
    case shareLinks, validDays, createLink, revoke, linkRevoked, linkExpired, noLinks
    case validUntil(String)
    case linkCreatedTitle
    case linkCreated(until: String)
    case reports, reportsIntro, noReportsForYou, read, download, shareLinkInvalid, reportGone
    case toPublishedReports

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .publishHeading: ("Bericht veröffentlichen", "Publish report")
        case .publishIntro:
            (
                "Der Bericht wird mit der oben gewählten Auswahl, Aufschlüsselung und Sprache einmal berechnet und eingefroren: Später eingehende Antworten ändern ihn nicht. Werte kleiner Gruppen werden immer ausgeblendet, mit einer Mindestgruppengröße von wenigstens 5.",
                "The report is computed once with the selection, breakdown and language chosen above, and frozen: responses arriving later do not change it. Figures of small groups are always hidden, with a minimum group size of at least 5."
            )
        case .reportTitle: ("Titel", "Title")
        case .reportTitleHint:
            (
                "z. B. „Schulträgerausschuss, Sitzung vom 13.11.2026“",
                "e.g. “School board committee, meeting of 13 November 2026”"
            )
        case .audience: ("Für wen ist der Bericht?", "Who is the report for?")
        case .allCommittee: ("alle Mitglieder des Ausschusses", "all committee members")
        case .chosenMembers: ("nur die hier ausgewählten Mitglieder", "only the members chosen here")
        case .noCommitteeMembers:
            (
                "Es gibt noch keine Konten von Ausschussmitgliedern; ein Bericht für alle erreicht auch die später eingeladenen.",
                "There are no committee members' accounts yet; a report for all reaches those invited later too."
            )
        case .publish: ("Veröffentlichen", "Publish")
        case .titleMissing: ("Bitte geben Sie dem Bericht einen Titel.", "Please give the report a title.")
        case .noMemberChosen:
            (
                "Bitte wählen Sie mindestens ein Mitglied aus oder geben Sie den Bericht allen Mitgliedern.",
                "Please choose at least one member, or give the report to all members."
            )
        case .publishedReports: ("Veröffentlichte Berichte", "Published reports")
        case .noPublishedReports: ("Noch kein Bericht ist veröffentlicht.", "No report has been published yet.")
        case .columnTitle: ("Titel", "Title")
        case .columnSurvey: ("Befragung", "Survey")
        case .columnCutoff: ("Datenstand", "Data as of")
        case .columnPublished: ("Veröffentlicht am", "Published on")
        case .columnBy: ("Von", "By")
        case .columnAudience: ("Für", "For")
        case .columnState: ("Status", "State")
        case .columnFilter: ("Auswahl", "Selection")
        case .columnBreakdown: ("Aufgeschlüsselt nach", "Broken down by")
        case .statePublished: ("veröffentlicht", "published")
        case .stateWithdrawn: ("zurückgezogen", "withdrawn")
        case .everyone: ("alle Ausschussmitglieder", "all committee members")
        case .members(let count): count == 1 ? ("1 Mitglied", "1 member") : ("\(count) Mitglieder", "\(count) members")
        case .withdraw: ("Zurückziehen", "Withdraw")
        case .shareLinks: ("Freigabelinks", "Share links")
        case .validDays: ("Gültig für (Tage)", "Valid for (days)")
        case .createLink: ("Freigabelink erstellen", "Create share link")
        case .revoke: ("Widerrufen", "Revoke")
        case .linkRevoked: ("widerrufen", "revoked")
        case .linkExpired: ("abgelaufen", "expired")
        case .noLinks: ("Keine Freigabelinks.", "No share links.")
        case .validUntil(let time): ("gültig bis \(time)", "valid until \(time)")
        case .linkCreatedTitle: ("Freigabelink erstellt", "Share link created")
        case .linkCreated(let until):
            (
                "Wer diesen Link hat, kann den Bericht bis \(until) lesen, ohne sich anzumelden. Geben Sie ihn nur an die Person weiter, für die er bestimmt ist; Sie können ihn jederzeit widerrufen.",
                "Whoever has this link can read the report until \(until) without signing in. Pass it only to the person it is meant for; you can revoke it at any time."
            )
        case .reports: ("Berichte", "Reports")
        case .reportsIntro:
            (
                "Diese Berichte hat das Büro für Sie veröffentlicht. Jeder gibt einen festen Datenstand wieder: Spätere Antworten ändern ihn nicht.",
                "The office has published these reports for you. Each shows the data as of a fixed time: later responses do not change it."
            )
        case .noReportsForYou: ("Für Sie liegen noch keine Berichte vor.", "There are no reports for you yet.")
        case .read: ("Lesen", "Read")
        case .download: ("Herunterladen (HTML)", "Download (HTML)")
        case .shareLinkInvalid:
            (
                "Dieser Link ist ungültig, abgelaufen oder widerrufen, oder der Bericht wurde zurückgezogen. Bitte wenden Sie sich an das Büro, das Ihnen den Link geschickt hat.",
                "This link is not valid, has expired or was revoked, or the report was withdrawn. Please ask the office that sent you the link."
            )
        case .reportGone:
            (
                "Diesen Bericht gibt es nicht, oder er wurde zurückgezogen.",
                "This report does not exist, or it was withdrawn."
            )
        case .toPublishedReports: ("Zu den veröffentlichten Berichten", "To the published reports")
        }
    }
}
