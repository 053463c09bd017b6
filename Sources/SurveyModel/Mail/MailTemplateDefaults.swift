/// The built-in letters, used for every template or language a definition leaves out.
///
/// Written as a county education office writes to the head of a school:
/// formal, short, with the personal link on a line of its own so every mail
/// program makes it clickable. German and English; other languages get the
/// English letter. Plain text only: a generated HTML copy would add nothing a
/// mail program does not already do with a link in plain text.
enum MailTemplateDefaults {
    static func template(_ kind: MailTemplateKind, language: String, mentionsClosingDate: Bool) -> MailTemplate {
        let german = language == "de"
        let letter =
            switch kind {
            case .invitation: german ? germanInvitation : englishInvitation
            case .reminder: german ? germanReminder : englishReminder
            }
        let paragraphs = letter.paragraphs.compactMap { paragraph in
            paragraph.aboutClosingDate && !mentionsClosingDate ? nil : paragraph.text
        }
        return MailTemplate(
            subject: LocalizedText(letter.subject), text: LocalizedText(paragraphs.joined(separator: "\n\n") + "\n"))
    }

    /// A letter as paragraphs, so the one naming the closing date can be left out.
    private struct Letter {
        let subject: String
        let paragraphs: [Paragraph]
    }

    private struct Paragraph {
        let text: String
        /// Left out when the survey has no closing date.
        var aboutClosingDate = false
    }

    private static let germanInvitation = Letter(
        subject: "Einladung zur Befragung „{{title}}“",
        paragraphs: [
            Paragraph(text: "Sehr geehrte Schulleitung,"),
            Paragraph(
                text: """
                    wir laden Sie herzlich ein, für Ihre Schule an der Befragung „{{title}}“ teilzunehmen. \
                    Ihre Antworten helfen uns, die Schulen gezielt zu unterstützen.
                    """),
            Paragraph(text: "Der persönliche Zugang für Ihre Schule ({{name}}):\n{{link}}"),
            Paragraph(text: "Fragt die Befragung nach einem Zugangscode, geben Sie bitte diesen ein:\n{{code}}"),
            Paragraph(text: "Bitte antworten Sie bis zum {{closes}}.", aboutClosingDate: true),
            Paragraph(
                text: """
                    Sie müssen nicht alles auf einmal ausfüllen: Ihre Angaben werden gespeichert, und Sie können \
                    später mit demselben Link weitermachen, auch auf einem anderen Gerät. Bitte geben Sie Link und \
                    Zugangscode nur innerhalb Ihrer Schule weiter.
                    """),
            Paragraph(text: "Bei Fragen helfen wir Ihnen gern:\n{{contact}}"),
            Paragraph(text: "Mit freundlichen Grüßen\n{{office}}"),
        ])

    private static let germanReminder = Letter(
        subject: "Erinnerung: Befragung „{{title}}“",
        paragraphs: [
            Paragraph(text: "Sehr geehrte Schulleitung,"),
            Paragraph(
                text: """
                    vor einiger Zeit haben wir Sie zur Befragung „{{title}}“ eingeladen. Von Ihrer Schule \
                    ({{name}}) liegen uns noch keine abgeschickten Antworten vor.
                    """),
            Paragraph(text: "Die Befragung läuft noch bis zum {{closes}}.", aboutClosingDate: true),
            Paragraph(
                text: """
                    Falls Sie schon begonnen haben: vielen Dank! Ihre bisherigen Angaben sind gespeichert. Mit Ihrem \
                    Link machen Sie dort weiter, wo Sie aufgehört haben, auch auf einem anderen Gerät:
                    {{link}}
                    """),
            Paragraph(text: "Fragt die Befragung nach einem Zugangscode, geben Sie bitte diesen ein:\n{{code}}"),
            Paragraph(
                text: """
                    Sollten sich diese Nachricht und Ihre Antworten überschnitten haben, betrachten Sie die \
                    Erinnerung bitte als gegenstandslos.
                    """),
            Paragraph(text: "Bei Fragen helfen wir Ihnen gern:\n{{contact}}"),
            Paragraph(text: "Mit freundlichen Grüßen\n{{office}}"),
        ])

    private static let englishInvitation = Letter(
        subject: "Invitation to the survey “{{title}}”",
        paragraphs: [
            Paragraph(text: "Dear Head of School,"),
            Paragraph(
                text: """
                    We would like to invite your school to take part in the survey “{{title}}”. Your answers \
                    help us support schools where it matters.
                    """),
            Paragraph(text: "The personal link for your school ({{name}}):\n{{link}}"),
            Paragraph(text: "If the survey asks for an access code, please enter:\n{{code}}"),
            Paragraph(text: "Please answer by {{closes}}.", aboutClosingDate: true),
            Paragraph(
                text: """
                    You do not need to finish in one go: your answers are saved, and you can continue later with \
                    the same link, on another device too. Please share the link and the code only within your \
                    school.
                    """),
            Paragraph(text: "If you have any questions, we are glad to help:\n{{contact}}"),
            Paragraph(text: "Kind regards\n{{office}}"),
        ])

    private static let englishReminder = Letter(
        subject: "Reminder: survey “{{title}}”",
        paragraphs: [
            Paragraph(text: "Dear Head of School,"),
            Paragraph(
                text: """
                    Some time ago we invited you to the survey “{{title}}”. We have not yet received submitted \
                    answers from your school ({{name}}).
                    """),
            Paragraph(text: "The survey is open until {{closes}}.", aboutClosingDate: true),
            Paragraph(
                text: """
                    If you have already started: thank you! Your answers so far are saved. With your link you \
                    continue where you left off, on another device too:
                    {{link}}
                    """),
            Paragraph(text: "If the survey asks for an access code, please enter:\n{{code}}"),
            Paragraph(text: "If this message has crossed with your answers, please disregard it."),
            Paragraph(text: "If you have any questions, we are glad to help:\n{{contact}}"),
            Paragraph(text: "Kind regards\n{{office}}"),
        ])
}
