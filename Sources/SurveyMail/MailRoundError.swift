import InternetMessage
import MailTransport
import SurveyStore

/// Why a round could not start; in each case nothing was sent.
public enum MailRoundError: Error, Sendable {
    /// The participants file, the response log or the mail log could not be read or written.
    case store(StoreError)
    /// The transport failed its check before the first message.
    case transportUnreachable(MailTransportError)
    /// Some participants have addresses no message can go to; fix them (re-import) and start again.
    case invalidAddresses([MailSkip])
    /// The survey has no participants file yet.
    case noParticipants(folder: String)
    /// Reminders of an anonymous survey: the store does not know who has answered, so a reminder
    /// would reach those who have too.
    case anonymousSurvey
    /// Another process is sending a round of this survey's mail.
    case roundInProgress(processID: Int32?)

    /// What went wrong and what to do, in German (`de`) or English.
    public func message(language: String) -> String {
        let german = language == "de"
        switch self {
        case .store(let error):
            return error.description
        case .transportUnreachable(let error):
            return german
                ? "Der Mailversand ist nicht erreichbar, es wurde nichts gesendet: \(error.message(language: language))"
                : "The mail transport cannot be reached; nothing was sent: \(error.message(language: language))"
        case .invalidAddresses(let skips):
            let lines = skips.map { skip in
                let reason: String
                if case .invalidAddress(let error) = skip.reason {
                    reason = error.message(language: language)
                } else {
                    reason = ""
                }
                return "  \(skip.participant.id) („\(skip.participant.email ?? "")“): \(reason)"
            }
            let head =
                german
                ? "Ungültige E-Mail-Adressen, es wurde nichts gesendet; bitte korrigieren und die Teilnehmenden erneut importieren:"
                : "Invalid e-mail addresses; nothing was sent. Correct them and import the participants again:"
            return ([head] + lines).joined(separator: "\n")
        case .anonymousSurvey:
            return german
                ? "Die Umfrage ist anonym: Es ist nicht bekannt, wer schon geantwortet hat, daher werden keine Erinnerungen gesendet. Schreiben Sie allen Schulen selbst, wenn Sie erinnern möchten."
                : "The survey is anonymous: nobody knows who has answered, so no reminders are sent. Write to all schools yourself if you want to remind them."
        case .roundInProgress(let processID):
            let process = processID.map { german ? " (Prozess \($0))" : " (process \($0))" } ?? ""
            return german
                ? "Gerade wird schon eine Runde dieser Umfrage gesendet\(process); bitte warten Sie, bis sie fertig ist."
                : "A round of this survey's mail is being sent already\(process); wait until it has finished."
        case .noParticipants(let folder):
            return german
                ? "\(folder): Es sind keine Teilnehmenden importiert (survey participants import)."
                : "\(folder): no participants have been imported (survey participants import)."
        }
    }
}
