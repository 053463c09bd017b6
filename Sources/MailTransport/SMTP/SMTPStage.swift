/// The step of an SMTP conversation an error happened in, named in error messages.
public enum SMTPStage: Sendable, Equatable {
    case connect, greeting, hello, authentication, mailFrom, recipient, data, messageBody, endOfData, reset, quit

    /// The step as the message names it: the command where there is one, a phrase otherwise.
    func name(language: String) -> String {
        let german = language == "de"
        switch self {
        case .connect: return german ? "beim Verbindungsaufbau" : "while connecting"
        case .greeting: return german ? "bei der Begrüßung des Servers" : "at the server's greeting"
        case .hello: return german ? "bei EHLO/HELO" : "at EHLO/HELO"
        case .authentication: return german ? "bei der Anmeldung (AUTH)" : "at authentication (AUTH)"
        case .mailFrom: return german ? "bei MAIL FROM" : "at MAIL FROM"
        case .recipient: return german ? "bei RCPT TO" : "at RCPT TO"
        case .data: return german ? "bei DATA" : "at DATA"
        case .messageBody: return german ? "beim Senden der Nachricht" : "while sending the message"
        case .endOfData: return german ? "nach dem Ende der Nachricht" : "after the end of the message"
        case .reset: return german ? "bei RSET" : "at RSET"
        case .quit: return german ? "bei QUIT" : "at QUIT"
        }
    }
}
