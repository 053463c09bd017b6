import SurveyStore

/// What the office's frame, its page of people and the own-account page say, in German and English.
enum PeoplePhrase: Sendable {
    // Frame
    case reports, people, auditLog, ownAccount
    case signedInAs(name: String, role: String)
    case role(OfficeRole)
    // People
    case peopleIntro, name, roleLabel, state, lastSignIn, actions, never
    case accountState(Account.State)
    case invitePerson, inviteHelp, inviteButton
    case invitedTitle
    case invitationLink(name: String, expires: String)
    case resetDone(name: String, expires: String)
    case linkOnce
    case change(AccountChange)
    case confirmTitle(AccountChange)
    case confirmQuestion(AccountChange, name: String, email: String)
    case cancel
    case changeDone(AccountChange, name: String)
    case backToPeople
    case refused(AccountError)
    case nameMissing
    // Own account
    case accountIntro(email: String, role: String)
    case changePassword, currentPassword, newPassword, passwordChanged, passwordChangeHelp
    case signOutEverywhere, signOutEverywhereHelp
    // Sign-in page without an active account
    case noAccountYet, noActiveAccountYet

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .reports: ("Berichte", "Reports")
        case .people: ("Personen", "People")
        case .auditLog: ("Protokoll", "Audit log")
        case .ownAccount: ("Mein Konto", "My account")
        case .signedInAs(let name, let role): ("Angemeldet: \(name) (\(role))", "Signed in: \(name) (\(role))")
        case .role(let role):
            switch role {
            case .admin: ("Administration", "Administrator")
            case .staff: ("Sachbearbeitung", "Staff")
            case .committee: ("Ausschuss", "Committee")
            }
        case .peopleIntro:
            (
                "Jede Person meldet sich mit ihrem eigenen Konto an. Administration: Personen verwalten und alles, was die Sachbearbeitung darf. Sachbearbeitung: Befragungen, Teilnehmende, Antworten und Berichte. Ausschuss: nur die veröffentlichten Berichte, die ihm freigegeben sind.",
                "Everyone signs in with an account of their own. Administrator: manages people, and everything staff may do. Staff: surveys, participants, responses and reports. Committee: only the published reports given to them."
            )
        case .name: ("Name", "Name")
        case .roleLabel: ("Rolle", "Role")
        case .state: ("Status", "State")
        case .lastSignIn: ("Letzte Anmeldung (UTC)", "Last sign-in (UTC)")
        case .actions: ("Aktionen", "Actions")
        case .never: ("noch nie", "never")
        case .accountState(let state):
            switch state {
            case .invited: ("eingeladen", "invited")
            case .active: ("aktiv", "active")
            case .disabled: ("gesperrt", "disabled")
            }
        case .invitePerson: ("Person einladen", "Invite a person")
        case .inviteHelp:
            (
                "Sie erhalten einen Einladungslink, den Sie der Person selbst übermitteln. Mit ihm legt sie ihr Passwort fest; er gilt einmal und \(AccountDirectory.invitationLifetimeSeconds / 86_400) Tage lang.",
                "You get an invitation link to pass on to the person yourself. With it they choose their password; it works once and for \(AccountDirectory.invitationLifetimeSeconds / 86_400) days."
            )
        case .inviteButton: ("Einladen", "Invite")
        case .invitedTitle: ("Einladungslink", "Invitation link")
        case .invitationLink(let name, let expires):
            (
                "Geben Sie diesen Link an „\(name)“ weiter. Er gilt einmal, bis \(expires) (UTC).",
                "Pass this link on to “\(name)”. It works once, until \(expires) (UTC)."
            )
        case .resetDone(let name, let expires):
            (
                "Das Passwort von „\(name)“ ist gelöscht, alle Sitzungen sind beendet. Geben Sie diesen neuen Link weiter; er gilt einmal, bis \(expires) (UTC).",
                "The password of “\(name)” is cleared and every session has ended. Pass on this new link; it works once, until \(expires) (UTC)."
            )
        case .linkOnce:
            (
                "Der Link wird nur dieses eine Mal angezeigt; gespeichert wird nur ein Prüfwert.",
                "The link is shown this once only; only a check value of it is stored."
            )
        case .change(let change):
            switch change {
            case .disable: ("Sperren", "Disable")
            case .enable: ("Entsperren", "Enable")
            case .remove: ("Entfernen", "Remove")
            case .reset: ("Neuer Link", "New link")
            }
        case .confirmTitle(let change):
            switch change {
            case .disable: ("Konto sperren", "Disable account")
            case .enable: ("Konto entsperren", "Enable account")
            case .remove: ("Konto entfernen", "Remove account")
            case .reset: ("Passwort zurücksetzen", "Reset password")
            }
        case .confirmQuestion(let change, let name, let email):
            switch change {
            case .disable:
                (
                    "Möchten Sie das Konto „\(name)“ (\(email)) sperren? Alle Sitzungen enden sofort; das Konto bleibt erhalten und kann wieder entsperrt werden.",
                    "Disable the account “\(name)” (\(email))? Every session ends at once; the account is kept and can be enabled again."
                )
            case .enable:
                ("Möchten Sie das Konto „\(name)“ (\(email)) entsperren?", "Enable the account “\(name)” (\(email))?")
            case .remove:
                (
                    "Möchten Sie das Konto „\(name)“ (\(email)) entfernen? Das lässt sich nicht rückgängig machen; das Protokoll behält seine Einträge.",
                    "Remove the account “\(name)” (\(email))? This cannot be undone; the audit log keeps its lines."
                )
            case .reset:
                (
                    "Möchten Sie das Passwort von „\(name)“ (\(email)) löschen? Alle Sitzungen enden; Sie erhalten einen neuen Einladungslink.",
                    "Clear the password of “\(name)” (\(email))? Every session ends; you get a new invitation link."
                )
            }
        case .cancel: ("Abbrechen", "Cancel")
        case .changeDone(let change, let name):
            switch change {
            case .disable: ("„\(name)“ ist gesperrt.", "“\(name)” is disabled.")
            case .enable: ("„\(name)“ ist entsperrt.", "“\(name)” is enabled.")
            case .remove: ("„\(name)“ ist entfernt.", "“\(name)” is removed.")
            case .reset: ("Das Passwort von „\(name)“ ist gelöscht.", "The password of “\(name)” is cleared.")
            }
        case .backToPeople: ("Zurück zu den Personen", "Back to the people")
        case .nameMissing: ("Bitte geben Sie den Namen der Person an.", "Please enter the person’s name.")
        case .refused(let error): Self.pair(error)
        case .accountIntro(let email, let role):
            (
                "Sie melden sich mit „\(email)“ an; Ihre Rolle: \(role).",
                "You sign in with “\(email)”; your role: \(role)."
            )
        case .changePassword: ("Passwort ändern", "Change password")
        case .currentPassword: ("Bisheriges Passwort", "Current password")
        case .newPassword: ("Neues Passwort", "New password")
        case .passwordChanged:
            (
                "Ihr Passwort ist geändert. Alle anderen Sitzungen sind beendet.",
                "Your password has been changed. Every other session has ended."
            )
        case .passwordChangeHelp:
            (
                "Mindestens \(PasswordPolicy.minimumLength) Zeichen, kein gängiges Passwort. Nach der Änderung endet jede andere Sitzung dieses Kontos.",
                "At least \(PasswordPolicy.minimumLength) characters, not a common password. After the change, every other session of this account ends."
            )
        case .noAccountYet:
            (
                "Es gibt noch kein Konto. Öffnen Sie den Einladungslink, den „survey serve“ beim Start ausgibt, oder legen Sie eines mit „survey users add“ an.",
                "There is no account yet. Open the invitation link that “survey serve” prints when it starts, or add one with “survey users add”."
            )
        case .noActiveAccountYet:
            (
                "Noch hat niemand ein Passwort festgelegt. Öffnen Sie Ihren Einladungslink (von „survey users add“ oder, für das erste Konto, von „survey serve“ beim Start ausgegeben). Ist er abgelaufen, gibt „survey users reset <E-Mail-Adresse>“ einen neuen aus.",
                "Nobody has chosen a password yet. Open your invitation link (printed by “survey users add” or, for the first account, by “survey serve” when it starts). If it has expired, “survey users reset <e-mail address>” prints a new one."
            )
        case .signOutEverywhere: ("Überall abmelden", "Sign out everywhere")
        case .signOutEverywhereHelp:
            (
                "Beendet jede Sitzung dieses Kontos, auf allen Geräten, auch diese.",
                "Ends every session of this account, on every device, this one included."
            )
        }
    }

    /// Why the store refused a change, as the office says it.
    private static func pair(_ error: AccountError) -> (String, String) {
        switch error {
        case .invalidEmail(let text):
            ("„\(text)“ ist keine E-Mail-Adresse.", "“\(text)” is not an e-mail address.")
        case .duplicateEmail(let email):
            ("Für \(email) gibt es bereits ein Konto.", "An account for \(email) exists already.")
        case .unknownUser(let email, _): ("Kein Konto für „\(email)“.", "No account for “\(email)”.")
        case .invitationInvalid:
            (
                "Der Einladungslink ist unbekannt, benutzt oder abgelaufen.",
                "The invitation link is unknown, used or expired."
            )
        case .passwordRefused(let problem):
            switch problem {
            case .tooShort: (Phrase.passwordTooShort.text(.de), Phrase.passwordTooShort.text(.en))
            case .blank: (Phrase.passwordBlank.text(.de), Phrase.passwordBlank.text(.en))
            case .easyToGuess: (Phrase.passwordEasyToGuess.text(.de), Phrase.passwordEasyToGuess.text(.en))
            }
        case .currentPasswordWrong:
            ("Das bisherige Passwort ist nicht richtig.", "The current password is not correct.")
        case .lastAdmin(let email):
            (
                "\(email) ist das letzte aktive Konto mit der Rolle Administration. Laden Sie zuerst eine weitere Person mit dieser Rolle ein oder entsperren Sie eine.",
                "\(email) is the last active administrator account. Invite or enable another administrator first."
            )
        case .nothingToMigrate, .damaged, .file:
            (
                "Die Konten konnten nicht gespeichert werden. Bitte wenden Sie sich an den Betrieb des Servers.",
                "The accounts could not be saved. Please contact whoever runs the server."
            )
        }
    }
}
