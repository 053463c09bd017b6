import Glibc

extension MailTransportError {
    /// One or two sentences naming where (program path, server, step), what happened and, where
    /// it helps, what to do; in German (`de`) or English (any other code). The server's reply,
    /// when there is one, follows in quotes.
    public func message(language: String) -> String {
        let text = language == "de" ? germanText : englishText
        guard let reply else { return text }
        let flat = reply.split(whereSeparator: \.isNewline).joined(separator: " / ")
        return language == "de" ? "\(text) Antwort: „\(flat)“" : "\(text) Reply: \"\(flat)\""
    }

    private var englishText: String {
        switch reason {
        case .noRecipients:
            return "The message has no recipient."
        case .unsafeAddress(let address, let problem):
            return
                "The address \"\(printable(address))\" cannot be used as sender or recipient: \(problem.text(language: "en"))."
        case .programMissing(let path):
            return
                "The program \(path) does not exist; install a sendmail program (postfix, exim, OpenSMTPD or msmtp) or set its path."
        case .programNotExecutable(let path):
            return "The program \(path) cannot be run: it is not an executable file."
        case .programNotStarted(let path, let number):
            return "The program \(path) could not be started: \(systemMessage(number))."
        case .programInputFailed(let path, let number):
            return "The message could not be passed to \(path): \(systemMessage(number))."
        case .programFailed(let path, let status, let output):
            return
                "The program \(path) ended with exit status \(status)\(SysExits.name(status).map { " (\($0))" } ?? "")."
                + outputSuffix(output, language: "en")
        case .programKilled(let path, let signal, let output):
            return "The program \(path) was ended by signal \(signal)." + outputSuffix(output, language: "en")
        case .programTimedOut(let path, let timeout):
            return "The program \(path) did not finish within \(seconds(timeout, language: "en")) and was stopped."
        case .invalidServer(let host, let port):
            return
                "\"\(printable(host))\" with port \(port) is not a usable SMTP server (host name or address, port 1–65535)."
        case .invalidHelloName(let name):
            return "\"\(printable(name))\" cannot be given in EHLO; use the sending computer's domain name."
        case .hostNotFound(let host, let problem):
            return "The SMTP server \(host) was not found: \(problem)."
        case .connectionFailed(let server, let number):
            return "No connection to the SMTP server \(server): \(systemMessage(number))."
        case .timedOut(let server, let stage):
            return "The SMTP server \(server) did not answer in time \(stage.name(language: "en"))."
        case .connectionLost(let server, let stage):
            return "The SMTP server \(server) closed the connection \(stage.name(language: "en"))."
        case .outcomeUnknown(let server):
            return "The SMTP server \(server) closed the connection after the whole message was sent and before it"
                + " answered; the message may have been accepted. Check the server's log before sending it again."
        case .rejected(let server, let stage):
            return "The SMTP server \(server) refused "
                + (kind == .temporary ? "for now " : "permanently ") + "\(stage.name(language: "en"))."
        case .unexpectedReply(let server, let stage):
            return "The SMTP server \(server) gave a reply \(stage.name(language: "en")) that makes no sense there."
        case .malformedReply(let server, let stage, let problem):
            return "The SMTP server \(server) sent a malformed reply \(stage.name(language: "en")): "
                + "\(problem.text(language: "en"))."
        case .authenticationNotOffered(let server):
            return "The SMTP server \(server) does not offer authentication (AUTH), so the configured user name and"
                + " password were not sent; remove them from the settings or use a server that asks for them."
        case .authenticationRequiresTLS(let server):
            return
                "The SMTP server \(server) offers authentication (AUTH) only after STARTTLS, and SMTP here has no TLS;"
                + " the user name and password were not sent. Send through sendmail with msmtp or postfix instead."
        case .authenticationMechanismsUnsupported(let server, let offered):
            return "The SMTP server \(server) offers only \(offered.joined(separator: ", ")) for authentication;"
                + " only PLAIN and LOGIN are supported."
        case .authenticationRejected(let server):
            return "The SMTP server \(server) rejected the user name or password."
        case .credentialsUnusable:
            return "The SMTP user name or password contains a NUL character and cannot be sent."
        }
    }

    private var germanText: String {
        switch reason {
        case .noRecipients:
            return "Die Nachricht hat keinen Empfänger."
        case .unsafeAddress(let address, let problem):
            return
                "Die Adresse „\(printable(address))“ lässt sich nicht als Absender oder Empfänger verwenden: \(problem.text(language: "de"))."
        case .programMissing(let path):
            return
                "Das Programm \(path) gibt es nicht; installieren Sie ein sendmail-Programm (postfix, exim, OpenSMTPD oder msmtp)"
                + " oder geben Sie seinen Pfad an."
        case .programNotExecutable(let path):
            return "Das Programm \(path) lässt sich nicht ausführen: Es ist keine ausführbare Datei."
        case .programNotStarted(let path, let number):
            return "Das Programm \(path) ließ sich nicht starten: \(systemMessage(number))."
        case .programInputFailed(let path, let number):
            return "Die Nachricht ließ sich nicht an \(path) übergeben: \(systemMessage(number))."
        case .programFailed(let path, let status, let output):
            return
                "Das Programm \(path) endete mit dem Status \(status)\(SysExits.name(status).map { " (\($0))" } ?? "")."
                + outputSuffix(output, language: "de")
        case .programKilled(let path, let signal, let output):
            return "Das Programm \(path) wurde durch das Signal \(signal) beendet."
                + outputSuffix(output, language: "de")
        case .programTimedOut(let path, let timeout):
            return "Das Programm \(path) war nach \(seconds(timeout, language: "de")) nicht fertig und wurde beendet."
        case .invalidServer(let host, let port):
            return "„\(printable(host))“ mit Port \(port) ist kein brauchbarer SMTP-Server (Rechnername oder Adresse,"
                + " Port 1–65535)."
        case .invalidHelloName(let name):
            return
                "„\(printable(name))“ ist als Name für EHLO ungültig; geben Sie den Domainnamen des sendenden Rechners an."
        case .hostNotFound(let host, let problem):
            return "Der SMTP-Server \(host) wurde nicht gefunden: \(problem)."
        case .connectionFailed(let server, let number):
            return "Keine Verbindung zum SMTP-Server \(server): \(systemMessage(number))."
        case .timedOut(let server, let stage):
            return "Der SMTP-Server \(server) hat \(stage.name(language: "de")) nicht rechtzeitig geantwortet."
        case .connectionLost(let server, let stage):
            return "Der SMTP-Server \(server) hat die Verbindung \(stage.name(language: "de")) beendet."
        case .outcomeUnknown(let server):
            return "Der SMTP-Server \(server) hat die Verbindung beendet, nachdem die ganze Nachricht gesendet war und"
                + " bevor er geantwortet hat; vielleicht hat er sie angenommen. Prüfen Sie sein Protokoll, bevor Sie"
                + " sie noch einmal senden."
        case .rejected(let server, let stage):
            return "Der SMTP-Server \(server) hat \(stage.name(language: "de")) "
                + (kind == .temporary ? "vorläufig abgelehnt." : "endgültig abgelehnt.")
        case .unexpectedReply(let server, let stage):
            return "Der SMTP-Server \(server) hat \(stage.name(language: "de")) eine Antwort gegeben, die dort keinen"
                + " Sinn ergibt."
        case .malformedReply(let server, let stage, let problem):
            return "Der SMTP-Server \(server) hat \(stage.name(language: "de")) eine fehlerhafte Antwort gesendet: "
                + "\(problem.text(language: "de"))."
        case .authenticationNotOffered(let server):
            return
                "Der SMTP-Server \(server) bietet keine Anmeldung (AUTH) an, deshalb wurden Benutzername und Passwort"
                + " nicht gesendet; entfernen Sie sie aus den Einstellungen oder nutzen Sie einen Server, der sie verlangt."
        case .authenticationRequiresTLS(let server):
            return "Der SMTP-Server \(server) bietet die Anmeldung (AUTH) erst nach STARTTLS an, doch der Versand über"
                + " SMTP beherrscht hier kein TLS; Benutzername und Passwort wurden nicht gesendet. Senden Sie"
                + " stattdessen über sendmail mit msmtp oder postfix."
        case .authenticationMechanismsUnsupported(let server, let offered):
            return "Der SMTP-Server \(server) bietet zur Anmeldung nur \(offered.joined(separator: ", ")) an;"
                + " unterstützt werden PLAIN und LOGIN."
        case .authenticationRejected(let server):
            return "Der SMTP-Server \(server) hat Benutzername oder Passwort abgelehnt."
        case .credentialsUnusable:
            return "Benutzername oder Passwort für SMTP enthalten ein NUL-Zeichen und können nicht gesendet werden."
        }
    }

    private func outputSuffix(_ output: String, language: String) -> String {
        let flat = printable(output).trimmingSpaces()
        guard !flat.isEmpty else { return "" }
        return language == "de" ? " Ausgabe: „\(flat)“" : " Output: \"\(flat)\""
    }

    private func systemMessage(_ number: Int32) -> String {
        strerror(number).map { String(cString: $0) } ?? "errno \(number)"
    }

    /// A duration as seconds with the language's decimal separator, e.g. „0,5 s“.
    private func seconds(_ duration: Duration, language: String) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let whole = milliseconds / 1000
        let fraction = milliseconds % 1000
        guard fraction != 0 else { return "\(whole) s" }
        var digits = String(fraction + 1000).dropFirst()
        while digits.last == "0" { digits.removeLast() }
        return "\(whole)\(language == "de" ? "," : ".")\(digits) s"
    }
}

/// Text from outside (a program's output, an address) with line breaks and other control
/// characters shown as spaces, so a message stays one line and a terminal escape cannot act.
private func printable(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var result = Substring(self)
        while result.first == " " { result.removeFirst() }
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}

extension MailTransportError.AddressProblem {
    func text(language: String) -> String {
        let german = language == "de"
        switch self {
        case .empty: return german ? "sie ist leer" : "it is empty"
        case .tooLong: return german ? "sie ist länger als 254 Zeichen" : "it is longer than 254 characters"
        case .controlCharacter:
            return german
                ? "sie enthält einen Zeilenumbruch oder ein Steuerzeichen"
                : "it contains a line break or control character"
        case .forbiddenCharacter:
            return german ? "sie enthält ein Leerzeichen, „<“ oder „>“" : "it contains a space, \"<\" or \">\""
        case .notASCII:
            return german
                ? "sie enthält Zeichen außerhalb von ASCII (Umlaute im Rechnernamen als xn--…)"
                : "it contains characters outside ASCII (write an umlaut domain as xn--…)"
        case .leadingHyphen: return german ? "sie beginnt mit „-“" : "it starts with \"-\""
        case .missingAt: return german ? "das @ fehlt" : "the @ is missing"
        }
    }
}
