/// Every piece of the form's own wording, in German (formal "Sie") and English.
///
/// One exhaustive switch per phrase keeps both languages side by side, so a
/// phrase cannot be added in one language and forgotten in the other.
enum Phrase: Sendable {
    // Navigation and form
    case skipToContent, language, next, back, saveForLater, review, submit, startSurvey, continueSurvey
    case progress(page: Int, of: Int)
    case progressWithoutTotal(page: Int)
    case requiredWhen(String)
    case requiredMarker, requiredExplained, pleaseChoose, yes, no
    case rank(Int)
    case conditionHint(String)
    case pageConditionHint(String)
    case errorSummary(count: Int)
    case savedNotice, savedNoticeInThisBrowser, privacy, printableQuestionnaire, printHint
    // Review and confirmation
    case reviewTitle, reviewIntro, change
    case changePage(String)
    case notAnswered
    case thanksTitle
    case receipt(time: String, number: String)
    case yourAnswers, changeAfterSubmit
    case submittedBefore(time: String)
    // Access and states
    case codeEntryTitle, codeLabel, codeHelp, codeSubmit, codeInvalid, tooManyAttempts
    case notYetOpenTitle
    case opensAt(String)
    case closedTitle
    case closedAt(String)
    case closedOnSubmit
    case sessionExpired, notFound, serverError, storageFailed, storageUnreadable, notFoundTitle, errorTitle
    case formExpiredTitle
    // Limits on anonymous work
    case busyTitle
    case tooManyNewResponses(retryAt: String)
    case draftsPausedForToday, draftsPausedForClient, draftTooLarge
    case draftBudgetExhausted(survey: String)
    // Office area
    case adminTitle, signIn, password, signOut, signInBusy, setupTitle, passwordRepeat
    case passwordsDiffer, passwordTooShort, surveys, statusOpen, statusClosed, statusNotYetOpen, status
    case invited, drafts, submitted, responseRate, participants, pending, pendingCSV, responses
    case submittedUnregistered(Int)
    case testData, testDataIntro, testDataReport, testDataShown, testDataUnreadable
    case wipeTestData, wipeTestDataConfirm, wipeUnconfirmed, testDataWiped, wipeFailed
    case participant, lastActivity, response, revision, time, kind, voidResponse, voidReason, voided
    case preview, previewNotice, diagnostics, warnings, loadedVersionKept, noResponses, noParticipants
    case overview, evaluation
    case evaluationBy(String)
    case answersOf(String)
    case revisionHistory, voidDone, backToSurvey, none
    case passwordBlank, passwordEasyToGuess, endSessions, endSessionsHelp, sessionsEnded, sessionsNotEnded
    case responseVoidedTitle, responseVoided, startAgain, questionnaireForParticipantsTitle,
        questionnaireForParticipants
    case statusNotStarted, statusDraft, statusSubmitted

    /// A sentence's end: a full stop, unless it already ends in one, or in „?“ or „!“ before a closing quote.
    private static func ended(_ sentence: String) -> String {
        let last = sentence.last { !"“”‘’\"'".contains($0) }
        return last.map { ".?!".contains($0) } == true ? sentence : sentence + "."
    }

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .skipToContent: ("Zum Inhalt springen", "Skip to content")
        case .language: ("Sprache", "Language")
        case .next: ("Weiter", "Next")
        case .back: ("Zurück", "Back")
        case .saveForLater: ("Zwischenspeichern", "Save and continue later")
        case .review: ("Weiter zur Übersicht", "Continue to review")
        case .submit: ("Verbindlich absenden", "Submit")
        case .startSurvey: ("Befragung beginnen", "Start the survey")
        case .continueSurvey: ("Befragung fortsetzen", "Continue the survey")
        case .progress(let page, let total): ("Seite \(page) von \(total)", "Page \(page) of \(total)")
        case .progressWithoutTotal(let page): ("Seite \(page)", "Page \(page)")
        case .requiredMarker: ("(Pflichtangabe)", "(required)")
        case .requiredExplained:
            ("Pflichtangaben sind mit „(Pflichtangabe)“ gekennzeichnet.", "Required questions are marked “(required)”.")
        case .pleaseChoose: ("Bitte wählen", "Please choose")
        case .yes: ("ja", "yes")
        case .no: ("nein", "no")
        case .rank(let rank): ("Platz \(rank)", "Rank \(rank)")
        case .conditionHint(let condition):
            ("Nur zu beantworten, wenn \(Self.ended(condition))", "Please answer only if \(Self.ended(condition))")
        case .pageConditionHint(let condition):
            (
                "Diese Seite nur ausfüllen, wenn \(Self.ended(condition))",
                "Please fill in this page only if \(Self.ended(condition))"
            )
        case .requiredWhen(let condition): ("(Pflichtangabe, wenn \(condition))", "(required if \(condition))")
        case .errorSummary(let count):
            count == 1
                ? ("Bitte korrigieren Sie 1 Angabe", "Please correct 1 entry")
                : ("Bitte korrigieren Sie \(count) Angaben", "Please correct \(count) entries")
        case .savedNotice:
            (
                "Ihre Angaben sind gespeichert. Sie können jederzeit mit Ihrem persönlichen Link weitermachen, auch an einem anderen Computer.",
                "Your answers are saved. You can continue at any time with your personal link, also on another computer."
            )
        // A public survey's respondents have no personal link: only this browser's cookie finds their answers.
        case .savedNoticeInThisBrowser:
            (
                "Ihre Angaben sind gespeichert. Sie können später in diesem Browser weitermachen.",
                "Your answers are saved. You can continue later in this browser."
            )
        case .privacy: ("Datenschutz", "Privacy")
        case .printableQuestionnaire: ("Fragebogen zum Ausdrucken", "Printable questionnaire")
        case .printHint:
            (
                "Zum Ausdrucken nutzen Sie bitte die Druckfunktion Ihres Browsers.",
                "To print, please use your browser’s print function."
            )
        case .reviewTitle: ("Ihre Angaben im Überblick", "Review your answers")
        case .reviewIntro:
            (
                "Bitte prüfen Sie Ihre Angaben. Mit „ändern“ kehren Sie zur jeweiligen Seite zurück.",
                "Please check your answers. Use “change” to return to a page."
            )
        case .change: ("ändern", "change")
        case .changePage(let page): ("Angaben auf der Seite „\(page)“ ändern", "Change the answers on page “\(page)”")
        case .notAnswered: ("nicht beantwortet", "not answered")
        case .thanksTitle:
            ("Vielen Dank! Ihre Antworten sind eingegangen.", "Thank you! Your answers have been received.")
        case .receipt(let time, let number):
            ("Eingegangen am \(time), Antwortnummer \(number).", "Received on \(time), response number \(number).")
        case .yourAnswers: ("Ihre Angaben", "Your answers")
        case .changeAfterSubmit: ("Angaben ändern", "Change your answers")
        case .submittedBefore(let time):
            (
                "Sie haben Ihre Antworten am \(time) abgeschickt. Solange die Befragung läuft, können Sie sie ändern; mit erneutem Absenden gilt die neue Fassung.",
                "You submitted your answers on \(time). While the survey is open you can change them; submitting again makes the new version count."
            )
        case .codeEntryTitle: ("Zugangscode eingeben", "Enter your access code")
        case .codeLabel: ("Zugangscode", "Access code")
        case .codeHelp:
            (
                "Sie finden den Code in Ihrem Einladungsschreiben.",
                "You will find the code in your letter of invitation."
            )
        case .codeSubmit: ("Anmelden", "Sign in")
        case .codeInvalid:
            (
                "Dieser Zugangscode ist nicht gültig. Bitte prüfen Sie Ihre Eingabe.",
                "This access code is not valid. Please check what you typed."
            )
        case .tooManyAttempts:
            (
                "Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.",
                "Too many attempts. Please wait a minute and try again."
            )
        case .notYetOpenTitle: ("Die Befragung hat noch nicht begonnen.", "The survey has not started yet.")
        case .opensAt(let time): ("Sie können ab \(time) antworten.", "You can answer from \(time).")
        case .closedTitle: ("Die Befragung ist beendet.", "The survey has ended.")
        case .closedAt(let time): ("Antworten wurden bis \(time) angenommen.", "Answers were accepted until \(time).")
        case .closedOnSubmit:
            (
                "Die Befragung wurde inzwischen beendet, daher konnten Ihre Angaben nicht mehr gespeichert werden. Damit nichts verloren geht, sehen Sie hier alles, was Sie eingegeben haben, zum Kopieren.",
                "The survey has ended in the meantime, so your answers could no longer be saved. So that nothing is lost, here is everything you entered, ready to copy."
            )
        case .sessionExpired:
            (
                "Das Formular ist abgelaufen. Bitte öffnen Sie Ihren persönlichen Link erneut; gespeicherte Angaben bleiben erhalten.",
                "The form has expired. Please open your personal link again; saved answers are kept."
            )
        case .formExpiredTitle: ("Formular abgelaufen", "Form expired")
        case .busyTitle: ("Zurzeit großer Andrang", "Very busy at the moment")
        case .tooManyNewResponses(let time):
            (
                "In dieser Stunde wurden bereits sehr viele Antworten begonnen, von Ihrem Netzwerk aus oder insgesamt. Bitte versuchen Sie es ab \(time) erneut.",
                "Very many responses have already been started this hour, from your network or in total. Please try again from \(time)."
            )
        case .draftsPausedForToday:
            (
                "Zwischenstände können für diese Befragung heute nicht mehr gespeichert werden. Bitte versuchen Sie es morgen erneut. Ihre Eingaben stehen noch im Formular; bereits abgesendete Antworten bleiben gültig.",
                "Drafts of this survey cannot be saved any more today. Please try again tomorrow. What you typed is still in the form; answers already submitted remain valid."
            )
        case .draftsPausedForClient:
            (
                "Von Ihrem Netzwerk aus wurden heute schon so viele Zwischenstände gespeichert, dass weitere erst morgen wieder möglich sind. Ihre Eingaben stehen noch im Formular; bereits abgesendete Antworten bleiben gültig.",
                "So many drafts have been saved from your network today that more can only be saved tomorrow. What you typed is still in the form; answers already submitted remain valid."
            )
        case .draftTooLarge:
            (
                "Ihre Angaben sind zu umfangreich, um sie zwischenzuspeichern. Bitte kürzen Sie längere Texte; Ihre Eingaben stehen noch im Formular.",
                "Your answers are too long to be saved as a draft. Please shorten longer texts; what you typed is still in the form."
            )
        case .draftBudgetExhausted(let survey):
            (
                "„\(survey)“: Heute wurden so viele Zwischenstände gespeichert, dass weitere bis Mitternacht (UTC) abgelehnt werden. Abgesendete Antworten werden weiter angenommen. Häufen sich Zwischenstände ohne Absendungen, kann ein Angriff dahinterstehen.",
                "“\(survey)”: so many drafts were saved today that further drafts are refused until midnight (UTC). Submissions are still accepted. Many drafts without submissions may be an attack."
            )
        case .notFoundTitle: ("Seite nicht gefunden", "Page not found")
        case .notFound: ("Diese Seite gibt es nicht.", "This page does not exist.")
        case .errorTitle: ("Fehler", "Error")
        case .serverError:
            (
                "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es in einigen Minuten erneut.",
                "Something went wrong. Please try again in a few minutes."
            )
        case .storageUnreadable:
            (
                "Die gespeicherten Angaben können gerade nicht gelesen werden. Sie bleiben gespeichert; bitte versuchen Sie es in einigen Minuten erneut.",
                "The stored answers cannot be read just now. They stay stored; please try again in a few minutes."
            )
        case .storageFailed:
            (
                "Ihre Angaben konnten gerade nicht gespeichert werden. Bitte senden Sie das Formular in einigen Minuten erneut; Ihre Eingaben stehen noch im Formular.",
                "Your answers could not be saved just now. Please send the form again in a few minutes; what you typed is still in the form."
            )
        case .adminTitle: ("Verwaltung", "Administration")
        case .signIn: ("Anmelden", "Sign in")
        case .password: ("Passwort", "Password")
        case .signOut: ("Abmelden", "Sign out")
        case .signInBusy:
            (
                "Gerade werden sehr viele Anmeldungen geprüft. Bitte versuchen Sie es in einigen Sekunden erneut.",
                "Very many sign-ins are being checked just now. Please try again in a few seconds."
            )
        case .setupTitle: ("Passwort festlegen", "Set your password")
        case .passwordRepeat: ("Passwort wiederholen", "Repeat the password")
        case .passwordsDiffer: ("Die beiden Passwörter stimmen nicht überein.", "The two passwords do not match.")
        case .passwordTooShort:
            ("Das Passwort muss mindestens 12 Zeichen lang sein.", "The password must have at least 12 characters.")
        case .surveys: ("Befragungen", "Surveys")
        case .status: ("Stand", "Status")
        case .statusOpen: ("läuft", "open")
        case .statusClosed: ("beendet", "closed")
        case .statusNotYetOpen: ("noch nicht begonnen", "not yet open")
        case .invited: ("Eingeladen", "Invited")
        case .drafts: ("Begonnen", "Started")
        case .submitted: ("Abgeschickt", "Submitted")
        case .responseRate: ("Rücklauf", "Response rate")
        case .submittedUnregistered(let count):
            ("dazu \(count) ohne registrierte Teilnehmende", "plus \(count) without a registered participant")
        case .testData: ("Testdaten", "Test data")
        case .testDataIntro:
            (
                "Diese Befragung hat Testdaten, erzeugt mit „survey generate --test“. Sie liegen getrennt von den echten Antworten und gehen in keine der Zahlen oben ein.",
                "This survey has test data, written by “survey generate --test”. It is kept apart from the real responses and is not part of any figure above."
            )
        case .testDataReport: ("Auswertung der Testdaten", "Evaluation of the test data")
        case .testDataShown:
            (
                "Testdaten: Diese Auswertung zeigt die erzeugten Testdaten, nicht die echten Antworten.",
                "Test data: this evaluation shows the generated test data, not the real responses."
            )
        case .testDataUnreadable:
            ("Die Testdaten dieser Befragung lassen sich nicht lesen.", "The test data of this survey cannot be read.")
        case .wipeTestData: ("Testdaten löschen", "Delete the test data")
        case .wipeTestDataConfirm:
            (
                "Ja, alle Testdaten dieser Befragung endgültig löschen. Die echten Antworten bleiben unverändert.",
                "Yes, delete all test data of this survey for good. The real responses stay as they are."
            )
        case .wipeUnconfirmed:
            (
                "Die Testdaten wurden nicht gelöscht: Bitte bestätigen Sie das Löschen mit dem Häkchen.",
                "The test data was not deleted: please confirm with the tick box."
            )
        case .testDataWiped: ("Die Testdaten wurden gelöscht.", "The test data has been deleted.")
        case .wipeFailed:
            (
                "Die Testdaten lassen sich gerade nicht löschen, vermutlich schreibt „survey generate“ noch hinein. Bitte versuchen Sie es gleich noch einmal.",
                "The test data cannot be deleted right now, probably because “survey generate” is still writing to it. Please try again in a moment."
            )
        case .participants: ("Teilnehmende", "Participants")
        case .pending: ("Noch ausstehend", "Still pending")
        case .pendingCSV: ("E-Mail-Adressen der Ausstehenden als CSV", "E-mail addresses of those pending as CSV")
        case .responses: ("Antworten", "Responses")
        case .participant: ("Teilnehmende Stelle", "Participant")
        case .lastActivity: ("Zuletzt aktiv", "Last activity")
        case .response: ("Antwort", "Response")
        case .revision: ("Fassung", "Revision")
        case .time: ("Zeit", "Time")
        case .kind: ("Art", "Kind")
        case .voidResponse: ("Antwort ungültig machen", "Void this response")
        case .voidReason: ("Begründung", "Reason")
        case .voided: ("ungültig gemacht", "voided")
        case .voidDone: ("Die Antwort gilt nicht mehr.", "The response no longer counts.")
        case .passwordBlank:
            ("Das Passwort darf nicht nur aus Leerzeichen bestehen.", "The password must not consist of spaces only.")
        case .passwordEasyToGuess:
            (
                "Dieses Passwort ist zu leicht zu erraten: Es ist ein häufiges Passwort, der Name dieses Dienstes, eine Tastenfolge oder besteht aus wenigen wiederholten Zeichen. Gut geeignet sind mehrere Wörter, die nichts miteinander zu tun haben.",
                "This password is too easy to guess: it is a common password, the name of this service, a run of keys or a few characters repeated. Several unrelated words make a good password."
            )
        case .endSessions: ("Sitzungen beenden", "End sessions")
        case .endSessionsHelp:
            (
                "Meldet die teilnehmende Stelle auf allen Geräten ab, etwa wenn Unbefugte an ihren Rechner gelangt sein könnten. Gespeicherte Angaben bleiben erhalten, und der persönliche Link funktioniert weiter.",
                "Signs this participant out on every device, for instance if someone else may have used its computer. Saved answers are kept, and the personal link keeps working."
            )
        case .sessionsEnded:
            (
                "Die Sitzungen sind beendet. Die Stelle muss ihren persönlichen Link erneut öffnen.",
                "The sessions have ended. The participant must open its personal link again."
            )
        case .sessionsNotEnded:
            (
                "Die Sitzungen dieser Stelle konnten nicht beendet werden. Bitte versuchen Sie es erneut.",
                "The sessions of this participant could not be ended. Please try again."
            )
        case .responseVoidedTitle: ("Antwort nicht mehr gültig", "Response no longer valid")
        case .responseVoided:
            (
                "Das Schulamt hat diese Antwort für ungültig erklärt. Sie können die Befragung neu beginnen.",
                "The office has voided this response. You can start the survey again."
            )
        case .startAgain: ("Neu beginnen", "Start again")
        case .questionnaireForParticipantsTitle:
            ("Fragebogen nur für Eingeladene", "Questionnaire for invited participants only")
        case .questionnaireForParticipants:
            (
                "Der Fragebogen dieser Befragung ist nur für eingeladene Teilnehmende sichtbar. Bitte öffnen Sie zuerst Ihren persönlichen Link.",
                "The questionnaire of this survey is shown to invited participants only. Please open your personal link first."
            )
        case .preview: ("Vorschau", "Preview")
        case .previewNotice:
            ("Vorschau: Eingaben werden nicht gespeichert.", "Preview: nothing you enter is stored.")
        case .diagnostics: ("Fehler in der Definition", "Errors in the definition")
        case .warnings: ("Hinweise zur Definition", "Warnings about the definition")
        case .loadedVersionKept:
            (
                "Die Datei enthält Fehler. Es bleibt die zuletzt fehlerfreie Fassung in Betrieb.",
                "The file has errors. The last version without errors stays online."
            )
        case .noResponses: ("Noch keine Antworten.", "No responses yet.")
        case .noParticipants: ("Keine Teilnehmenden eingeladen.", "No participants invited.")
        case .overview: ("Übersicht", "Overview")
        case .evaluation: ("Auswertung", "Evaluation")
        case .evaluationBy(let field): ("Auswertung nach \(field)", "Evaluation by \(field)")
        case .answersOf(let id): ("Antwort \(id)", "Response \(id)")
        case .revisionHistory: ("Verlauf", "History")
        case .backToSurvey: ("Zurück zur Befragung", "Back to the survey")
        case .none: ("keine", "none")
        case .statusNotStarted: ("nicht begonnen", "not started")
        case .statusDraft: ("begonnen", "started")
        case .statusSubmitted: ("abgeschickt", "submitted")
        }
    }
}
