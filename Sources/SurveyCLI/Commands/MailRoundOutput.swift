import InternetMessage
import MailTransport
import SurveyMail
import SurveyModel
import SurveyStore

/// What `survey mail` prints: the messages of a dry run, a line per message sent, the summary.
struct MailRoundOutput {
    let console: Console
    let language: String

    private var german: Bool { language == "de" }

    /// Each message that would be sent, with a placeholder token, then the counts.
    func dryRun(_ plan: MailRoundPlan) {
        for participant in plan.recipients {
            guard let message = plan.preview(for: participant) else { continue }
            console.print(Self.readable(message))
            console.print(String(repeating: "-", count: 72))
        }
        let count = plan.recipients.count
        console.print(
            german
                ? "Probelauf: \(count) \(count == 1 ? "Nachricht würde" : "Nachrichten würden") gesendet werden (Runde \(plan.round)); nichts wurde gesendet."
                : "Dry run: \(count) message\(count == 1 ? "" : "s") would be sent (round \(plan.round)); nothing was sent."
        )
        printSkipped(plan.skipped)
    }

    /// One line per message: outcome, participant, the transport's reply.
    func progress(_ progress: MailProgress) {
        let participant = progress.participant
        let counter = "[\(progress.done)/\(progress.total)]"
        switch progress.outcome {
        case .sent(let reply):
            console.print(
                "\(counter) \(german ? "gesendet" : "sent") \(participant.id) \(participant.email ?? ""): \(reply)")
        case .failed(let reply, let temporary):
            let word =
                temporary
                ? (german ? "vorläufig fehlgeschlagen" : "failed (temporary)")
                : (german ? "fehlgeschlagen" : "failed")
            console.print("\(counter) \(word) \(participant.id) \(participant.email ?? ""): \(reply)")
        case .uncertain(let detail):
            let word = german ? "ungewiss" : "uncertain"
            console.print("\(counter) \(word) \(participant.id) \(participant.email ?? ""): \(detail)")
        case .submittedMeanwhile:
            console.print(
                german
                    ? "\(counter) ausgelassen \(participant.id): hat inzwischen geantwortet"
                    : "\(counter) skipped \(participant.id): has submitted since the round was planned")
        }
    }

    /// Sent, failed with replies, skipped by reason, and why the round stopped if it did.
    func summary(_ summary: MailRoundSummary) {
        guard !(summary.sent.isEmpty && summary.failed.isEmpty && summary.uncertain.isEmpty) || summary.stoppedBy != nil
        else {
            console.print(
                german ? "Niemand bekommt in dieser Runde eine Nachricht." : "Nobody gets a message in this round.")
            return printSkipped(summary.skipped)
        }
        console.print(
            german
                ? "Runde \(summary.round): \(summary.sent.count) gesendet, \(summary.failed.count) fehlgeschlagen."
                : "Round \(summary.round): \(summary.sent.count) sent, \(summary.failed.count) failed.")
        for failure in summary.failed {
            console.print("  \(failure.participant.id) \(failure.participant.email ?? ""): \(failure.reply)")
        }
        for participant in summary.uncertain {
            console.print(
                german
                    ? "  \(participant.id): Versand ungewiss, die Antwort des Servers ging verloren; --resend-uncertain sendet erneut"
                    : "  \(participant.id): delivery uncertain, the server's answer was lost; --resend-uncertain sends again"
            )
        }
        printSkipped(summary.skipped)
        if let stop = summary.stoppedBy {
            let left = summary.notReached.count
            console.printError(
                german
                    ? "survey: Fehler: Der Versand wurde abgebrochen, \(left) Nachrichten stehen noch aus; ein neuer Aufruf sendet sie: \(stop.message(language: language))"
                    : "survey: error: the round stopped with \(left) messages left; running it again sends them: \(stop.message(language: language))"
            )
        }
    }

    private func printSkipped(_ skipped: [MailSkip]) {
        guard !skipped.isEmpty else { return }
        let counts = skipped.reduce(into: [MailSkip.Category: Int]()) { $0[$1.reason.category, default: 0] += 1 }
        let parts = MailSkip.Category.allCases.compactMap { category in
            counts[category].map { "\($0) \(category.label(language: language))" }
        }
        console.print((german ? "Ausgelassen: " : "Skipped: ") + parts.joined(separator: ", "))
        for skip in skipped {
            if case .uncertain(let messageID) = skip.reason {
                console.print(
                    german
                        ? "  \(skip.participant.id): Versand ungewiss (\(messageID)); --resend-uncertain sendet erneut"
                        : "  \(skip.participant.id): delivery uncertain (\(messageID)); --resend-uncertain sends again")
            }
        }
    }

    /// The headers people read and the plain text, as the recipient's mail program shows them.
    static func readable(_ message: MailMessage) -> String {
        var lines = ["From: \(message.from)"]
        if let replyTo = message.replyTo { lines.append("Reply-To: \(replyTo)") }
        lines.append("To: " + message.to.map(\.description).joined(separator: ", "))
        lines.append("Subject: \(message.subject)")
        lines.append("")
        lines.append(message.text)
        return lines.joined(separator: "\n")
    }
}
