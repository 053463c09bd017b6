import SurveyStore

/// What the office's audit page says, with a name for every action, in German and English.
enum AuditPhrase: Sendable {
    case title, intro, user, userHelp, action, anyAction, from, until, filter, clearFilter
    case time, person, address, object, noEntries, older, newest, paging
    case invalidDate(String)
    case name(AuditAction)

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .title: ("Protokoll", "Audit log")
        case .intro:
            (
                "Jede Aktion im Verwaltungsbereich und mit „survey users“, die neuesten zuerst. Das Protokoll enthält keine Antworten, Passwörter oder Zugangscodes.",
                "Every action in the office area and with “survey users”, newest first. The log holds no answers, passwords or access codes."
            )
        case .user: ("Person", "Person")
        case .userHelp: ("E-Mail-Adresse oder Kennung (u-…)", "E-mail address or id (u-…)")
        case .action: ("Aktion", "Action")
        case .anyAction: ("alle Aktionen", "every action")
        case .from: ("Von (Tag)", "From (day)")
        case .until: ("Bis (Tag)", "Until (day)")
        case .filter: ("Filtern", "Filter")
        case .clearFilter: ("Alle Einträge", "All entries")
        case .time: ("Zeit (UTC)", "Time (UTC)")
        case .person: ("Person", "Person")
        case .address: ("Adresse", "Address")
        case .object: ("Objekt", "Object")
        case .noEntries: ("Keine Einträge.", "No entries.")
        case .older: ("Ältere Einträge", "Older entries")
        case .newest: ("Neueste Einträge", "Newest entries")
        case .paging: ("Seiten des Protokolls", "Pages of the audit log")
        case .invalidDate(let text):
            (
                "„\(text)“ ist kein Datum; bitte geben Sie es als 2026-11-13 an.",
                "“\(text)” is not a date; please give it as 2026-11-13."
            )
        case .name(let action): Self.pair(action)
        }
    }

    private static func pair(_ action: AuditAction) -> (String, String) {
        switch action {
        case .signIn: ("Anmeldung", "Sign-in")
        case .failedSignIn: ("Anmeldung fehlgeschlagen", "Failed sign-in")
        case .signOut: ("Abmeldung", "Sign-out")
        case .signOutEverywhere: ("Überall abgemeldet", "Signed out everywhere")
        case .userAdded: ("Person eingeladen", "Person invited")
        case .userDisabled: ("Konto gesperrt", "Account disabled")
        case .userEnabled: ("Konto entsperrt", "Account enabled")
        case .userRemoved: ("Konto entfernt", "Account removed")
        case .userReset: ("Passwort zurückgesetzt", "Password reset")
        case .userMigrated: ("Büropasswort übernommen", "Office password migrated")
        case .passwordSet: ("Passwort festgelegt", "Password set")
        case .passwordChanged: ("Passwort geändert", "Password changed")
        case .responseVoided: ("Antwort ungültig erklärt", "Response voided")
        case .codeReissued: ("Code neu ausgegeben", "Code reissued")
        case .definitionChanged: ("Fragebogen geändert", "Definition changed")
        case .definitionRestored: ("Fragebogen-Version wiederhergestellt", "Definition version restored")
        case .definitionCreated: ("Fragebogen angelegt", "Definition created")
        case .participantsUploaded: ("Teilnehmende hochgeladen", "Participants uploaded")
        case .participantAdded: ("Teilnehmende Stelle eingeladen", "Participant invited")
        case .testDataWiped: ("Testdaten gelöscht", "Test data wiped")
        case .download: ("Herunterladen", "Download")
        case .reportPublished: ("Bericht veröffentlicht", "Report published")
        case .reportWithdrawn: ("Bericht zurückgezogen", "Report withdrawn")
        case .shareLinkCreated: ("Freigabelink erstellt", "Share link created")
        case .shareLinkRevoked: ("Freigabelink widerrufen", "Share link revoked")
        case .mailInvite: ("Einladungen per E-Mail gesendet", "Invitations sent by e-mail")
        case .mailRemind: ("Erinnerungen per E-Mail gesendet", "Reminders sent by e-mail")
        }
    }
}
