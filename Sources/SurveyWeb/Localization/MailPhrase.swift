/// What the office reads on the pages that send invitations and reminders by e-mail, in German and English.
///
/// Kept apart from ``Phrase`` because only the mail pages use it; one switch per phrase keeps both
/// languages side by side.
enum MailPhrase: Sendable {
    case sendInvitations, sendReminders, mailProgress, mailLog
    case invitationIntro, reminderIntro
    case recipients(Int)
    case nobodyToSend
    case skippedTitle(Int)
    case invalidAddresses(Int)
    case reason, number, participants
    case previewTitle(String)
    case previewTokenNote
    case subject, from, to, replyTo, text, htmlAlternative
    case options, notStarted, notStartedHelp, again, againHelp, resendUncertain, resendUncertainHelp, update
    case confirmInvitations(Int)
    case confirmReminders(Int)
    case confirmHelp(Int)
    case notConfigured, notConfiguredHelp, mailDocs
    case planChanged
    case alreadyRunning
    case planFailed(String)
    case roundTitle(kind: String, round: Int)
    case invitation, reminder
    case running, finished, stopped
    case sentCount(Int)
    case failedCount(Int)
    case uncertainCount(Int)
    case leftCount(Int)
    case answeredMeanwhileCount(Int)
    case skippedCount(Int)
    case refreshNote(Int)
    case refreshNow, stopRefreshing
    case failuresTitle, reply
    case noRound
    case startedAt(String)
    case finishedAt(String)
    case invitedOn, remindedOn
    case time, template, round, result
    case resultSent, resultFailed, resultUncertain, resultSending
    case noMail, uncertainNote
    case email, noEmail
    case backToParticipants
    case officePlaceholder, contactPlaceholder, logUnreadable

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .sendInvitations: ("Einladungen senden", "Send invitations")
        case .sendReminders: ("Erinnerung senden", "Send a reminder")
        case .mailProgress: ("Versand", "Sending")
        case .mailLog: ("Versandprotokoll", "Mail log")
        case .invitationIntro:
            (
                "Jede Teilnehmerin und jeder Teilnehmer mit E-Mail-Adresse, die oder der noch keine Einladung bekommen und noch nicht abgeschickt hat, erhält eine Nachricht mit dem persönlichen Link. Wer bereits eingeladen wurde, wird nicht noch einmal eingeladen. Die Einladung ersetzt einen früher ausgegebenen Zugangscode: Ein gedruckter Code gilt danach nicht mehr.",
                "Every participant with an e-mail address who has neither been invited nor submitted yet gets a message with their personal link. Nobody who has been invited is invited again. The invitation replaces an access code handed out before: a printed code stops working."
            )
        case .reminderIntro:
            (
                "Eine Erinnerung geht an alle mit E-Mail-Adresse, die noch nicht abgeschickt haben. Jede Teilnehmerin und jeder Teilnehmer bekommt höchstens eine Erinnerung, es sei denn, Sie wählen „Auch an bereits Erinnerte“.",
                "A reminder goes to everyone with an e-mail address who has not submitted yet. Each participant gets at most one reminder unless you choose “Also to those reminded before”."
            )
        case .recipients(let count):
            (
                count == 1 ? "1 Empfängerin oder Empfänger" : "\(count) Empfängerinnen und Empfänger",
                count == 1 ? "1 recipient" : "\(count) recipients"
            )
        case .nobodyToSend:
            ("Zurzeit ist niemand zu benachrichtigen.", "There is nobody to send to at the moment.")
        case .skippedTitle(let count): ("Nicht berücksichtigt (\(count))", "Left out (\(count))")
        case .invalidAddresses(let count):
            (
                count == 1
                    ? "Eine E-Mail-Adresse ist ungültig. Solange sie nicht berichtigt ist, wird nichts gesendet; korrigieren Sie sie in der Teilnehmerliste (CSV-Datei hochladen, bei bereits registrierten IDs „Name, E-Mail und Merkmale aktualisieren“)."
                    : "\(count) E-Mail-Adressen sind ungültig. Solange sie nicht berichtigt sind, wird nichts gesendet; korrigieren Sie sie in der Teilnehmerliste (CSV-Datei hochladen, bei bereits registrierten IDs „Name, E-Mail und Merkmale aktualisieren“).",
                count == 1
                    ? "One e-mail address is invalid. Nothing is sent until it is corrected; correct it in the participant list (upload a CSV file choosing “update name, e-mail and fields” for IDs registered already)."
                    : "\(count) e-mail addresses are invalid. Nothing is sent until they are corrected; correct them in the participant list (upload a CSV file choosing “update name, e-mail and fields” for IDs registered already)."
            )
        case .reason: ("Grund", "Reason")
        case .number: ("Anzahl", "Number")
        case .participants: ("Teilnehmende", "Participants")
        case .previewTitle(let name): ("Vorschau: die Nachricht an „\(name)“", "Preview: the message to “\(name)”")
        case .previewTokenNote:
            (
                "In der Vorschau steht „XXXX-XXXX-…“ anstelle des Zugangscodes; jede Nachricht enthält den persönlichen Link ihrer Empfängerin oder ihres Empfängers.",
                "The preview shows “XXXX-XXXX-…” in place of the access code; each message holds its recipient’s personal link."
            )
        case .subject: ("Betreff", "Subject")
        case .from: ("Von", "From")
        case .to: ("An", "To")
        case .replyTo: ("Antwort an", "Reply to")
        case .text: ("Text", "Text")
        case .htmlAlternative: ("HTML-Fassung (Quelltext)", "HTML version (source)")
        case .options: ("Optionen", "Options")
        case .notStarted:
            ("Nur an Teilnehmende, die noch nicht begonnen haben", "Only participants who have not started")
        case .notStartedHelp:
            (
                "Wer schon Angaben gespeichert oder den Link geöffnet hat, bekommt keine Erinnerung.",
                "Whoever has saved answers or opened the link gets no reminder."
            )
        case .again: ("Auch an bereits Erinnerte", "Also to those reminded before")
        case .againHelp:
            (
                "Ohne diese Option bekommt jede Teilnehmerin und jeder Teilnehmer höchstens eine Erinnerung.",
                "Without this option each participant gets at most one reminder."
            )
        case .resendUncertain: ("Ungewisse Nachrichten erneut senden", "Send uncertain messages again")
        case .resendUncertainHelp:
            (
                "Nachrichten, deren Versand unterbrochen wurde, sind vielleicht schon angekommen. Senden Sie sie nur erneut, wenn Sie sicher sind, dass sie fehlen.",
                "Messages whose sending was interrupted may have arrived already. Send them again only when you are sure they are missing."
            )
        case .update: ("Empfänger neu ermitteln", "Update the recipients")
        case .confirmInvitations(let count):
            (
                count == 1 ? "1 Einladung jetzt senden" : "\(count) Einladungen jetzt senden",
                count == 1 ? "Send 1 invitation now" : "Send \(count) invitations now"
            )
        case .confirmReminders(let count):
            (
                count == 1 ? "1 Erinnerung jetzt senden" : "\(count) Erinnerungen jetzt senden",
                count == 1 ? "Send 1 reminder now" : "Send \(count) reminders now"
            )
        case .confirmHelp(let perMinute):
            (
                "Der Versand läuft auf dem Server weiter, auch wenn Sie die Seite verlassen: höchstens \(perMinute) Nachrichten je Minute. Der Fortschritt ist jederzeit auf der Versandseite zu sehen.",
                "Sending goes on on the server even when you leave the page: at most \(perMinute) messages a minute. The sending page shows the progress at any time."
            )
        case .notConfigured: ("Der E-Mail-Versand ist nicht eingerichtet.", "Sending e-mail is not set up.")
        case .notConfiguredHelp:
            (
                "Der Server wurde ohne Versandeinstellungen gestartet. Die Vorschau unten zeigt Platzhalter für Absender und Link. Zum Senden starten Sie den Server mit „survey serve --mail-settings mail.json“; die Datei nennt Absender, Adresse des Servers und den Versandweg (sendmail oder SMTP).",
                "The server was started without mail settings. The preview below shows placeholders for the sender and the link. To send, start the server with “survey serve --mail-settings mail.json”; the file names the sender, the server’s address and the way mail goes out (sendmail or SMTP)."
            )
        case .mailDocs:
            ("Anleitung: E-Mail-Versand einrichten (docs/mail.md)", "Guide: setting up e-mail (docs/mail.md)")
        case .planChanged:
            (
                "Die Empfänger haben sich seit der Vorschau geändert. Prüfen Sie die neue Zahl und bestätigen Sie erneut.",
                "The recipients have changed since the preview. Check the new number and confirm again."
            )
        case .alreadyRunning:
            (
                "Für diese Umfrage läuft bereits ein Versand. Ein neuer kann beginnen, wenn er beendet ist.",
                "A round of this survey is being sent already. A new one can start when it has finished."
            )
        case .planFailed(let detail):
            ("Die Empfänger konnten nicht ermittelt werden: \(detail)", "The recipients could not be found: \(detail)")
        case .roundTitle(let kind, let round): ("\(kind), Runde \(round)", "\(kind), round \(round)")
        case .invitation: ("Einladung", "Invitation")
        case .reminder: ("Erinnerung", "Reminder")
        case .running: ("Wird gesendet …", "Sending …")
        case .finished: ("Abgeschlossen.", "Finished.")
        case .stopped: ("Abgebrochen.", "Stopped.")
        case .sentCount(let count): ("Gesendet: \(count)", "Sent: \(count)")
        case .failedCount(let count): ("Fehlgeschlagen: \(count)", "Failed: \(count)")
        case .uncertainCount(let count): ("Ungewiss: \(count)", "Uncertain: \(count)")
        case .leftCount(let count): ("Ausstehend: \(count)", "Left: \(count)")
        case .answeredMeanwhileCount(let count):
            (
                "Inzwischen geantwortet, daher nicht gesendet: \(count)",
                "Submitted since the round was planned, so not sent: \(count)"
            )
        case .skippedCount(let count): ("Nicht berücksichtigt: \(count)", "Left out: \(count)")
        case .refreshNote(let seconds):
            (
                "Diese Seite lädt sich alle \(seconds) Sekunden neu, solange gesendet wird.",
                "This page reloads every \(seconds) seconds while sending."
            )
        case .refreshNow: ("Jetzt neu laden", "Reload now")
        case .stopRefreshing: ("Nicht mehr automatisch neu laden", "Stop reloading automatically")
        case .failuresTitle: ("Nicht zugestellt", "Not delivered")
        case .reply: ("Antwort des Mailservers", "Mail server’s reply")
        case .noRound:
            (
                "Seit dem Start des Servers wurde für diese Umfrage nichts gesendet. Frühere Sendungen stehen im Versandprotokoll jeder Teilnehmerin und jedes Teilnehmers.",
                "Nothing has been sent for this survey since the server started. Earlier mail is in each participant’s mail log."
            )
        case .startedAt(let time): ("Begonnen: \(time)", "Started: \(time)")
        case .finishedAt(let time): ("Beendet: \(time)", "Finished: \(time)")
        case .invitedOn: ("Eingeladen am", "Invited on")
        case .remindedOn: ("Erinnert am", "Reminded on")
        case .time: ("Zeit", "Time")
        case .template: ("Vorlage", "Template")
        case .round: ("Runde", "Round")
        case .result: ("Ergebnis", "Result")
        case .resultSent: ("gesendet", "sent")
        case .resultFailed: ("fehlgeschlagen", "failed")
        case .resultUncertain: ("ungewiss", "uncertain")
        case .resultSending: ("wird gerade gesendet", "being sent")
        case .noMail: ("Noch keine E-Mail gesendet.", "No e-mail sent yet.")
        case .uncertainNote:
            (
                "„Ungewiss“ heißt: Der Versand wurde unterbrochen, bevor der Mailserver antwortete. Die Nachricht wird nicht von selbst erneut gesendet.",
                "“Uncertain” means the sending stopped before the mail server answered. The message is not sent again by itself."
            )
        case .email: ("E-Mail-Adresse", "E-mail address")
        case .noEmail: ("keine", "none")
        case .backToParticipants: ("Zurück zu den Teilnehmenden", "Back to the participants")
        case .logUnreadable:
            (
                "Das Versandprotokoll dieser Umfrage kann nicht gelesen werden; die Spalten „Eingeladen am“ und „Erinnert am“ bleiben leer.",
                "This survey’s mail log cannot be read; the columns “Invited on” and “Reminded on” stay empty."
            )
        case .officePlaceholder:
            ("[Name des Amts aus den Versandeinstellungen]", "[office name from the mail settings]")
        case .contactPlaceholder: ("[Kontakt aus den Versandeinstellungen]", "[contact from the mail settings]")
        }
    }
}
