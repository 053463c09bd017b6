import SurveyModel

/// The wording of the settings page's part on e-mail templates, German and English side by side.
enum MailTemplatePhrase: Sendable {
    case heading, intro, placeholders
    case letter(MailTemplateKind)
    case subject, text, html, htmlHelp
    case placeholder(MailPlaceholder)
    /// A participant field's placeholder, described by the field's label.
    case fieldPlaceholder(label: String)
    case preview, previewHelp, previewUnavailable, previewSubject, previewHasHTML, previewBuiltIn

    /// The phrase in `language`.
    func text(_ language: UILanguage) -> String {
        let (german, english) = pair
        return language == .de ? german : english
    }

    private var pair: (String, String) {
        switch self {
        case .heading: ("E-Mail-Vorlagen", "E-mail templates")
        case .intro:
            (
                "Einladung und Erinnerung, die „survey mail“ und der Bereich „Teilnehmende“ verschicken. Ohne eigene Vorlage wird das eingebaute Anschreiben verwendet; leeren Sie alle Felder einer Vorlage, um wieder das eingebaute zu verwenden. Text und HTML-Fassung müssen {{link}} enthalten.",
                "The invitation and the reminder that “survey mail” and the participants page send. Without a template of your own the built-in letter is used; clear every field of a template to go back to it. The text and the HTML version must contain {{link}}."
            )
        case .placeholders: ("Platzhalter", "Placeholders")
        case .letter(.invitation): ("Einladung", "Invitation")
        case .letter(.reminder): ("Erinnerung", "Reminder")
        case .subject: ("Betreff", "Subject")
        case .text: ("Text", "Text")
        case .html: ("HTML-Fassung (freiwillig)", "HTML version (optional)")
        case .htmlHelp:
            (
                "Ohne HTML-Fassung wird die E-Mail als reiner Text verschickt, den jedes E-Mail-Programm zeigt. In der HTML-Fassung erscheinen eingesetzte Werte als Text, und {{link}} wird ein Link.",
                "Without an HTML version the mail is sent as plain text, which every mail program shows. In the HTML version, inserted values appear as text, and {{link}} becomes a link."
            )
        case .placeholder(let placeholder): Self.describe(placeholder)
        case .fieldPlaceholder(let label): ("Teilnehmendenfeld „\(label)“", "participant field “\(label)”")
        case .preview: ("Vorschau mit Beispielwerten", "Preview with sample values")
        case .previewHelp:
            (
                "So liest sich die gespeicherte Fassung mit Beispielwerten; Änderungen erscheinen nach dem Speichern.",
                "The saved version with sample values; changes appear after saving."
            )
        case .previewUnavailable:
            (
                "Die Vorschau erscheint, sobald die Definition keine Fehler mehr hat.",
                "The preview appears once the definition has no errors."
            )
        case .previewSubject: ("Betreff:", "Subject:")
        case .previewHasHTML: ("Dazu eine HTML-Fassung.", "With an HTML version.")
        case .previewBuiltIn: ("eingebautes Anschreiben", "built-in letter")
        }
    }

    /// The name of a key of `mail` for the error summary („Einladung › Betreff“); nil for other keys.
    static func name(ofKey key: String) -> MailTemplatePhrase? {
        switch key {
        case "mail": .heading
        case "invitation": .letter(.invitation)
        case "reminder": .letter(.reminder)
        case "subject": .subject
        case "text": .text
        case "html": .html
        default: nil
        }
    }

    private static func describe(_ placeholder: MailPlaceholder) -> (String, String) {
        switch placeholder {
        case .name: ("Name der Teilnehmenden, etwa der Schule", "name of the participant, e.g. the school")
        case .link: ("persönlicher Link zur Befragung", "personal link to the survey")
        case .code: ("Zugangscode", "access code")
        case .closes: ("letzter Tag der Befragung", "last day of the survey")
        case .title: ("Titel der Befragung", "title of the survey")
        case .office: ("Name der Dienststelle", "name of the office")
        case .contact: ("Kontakt der Dienststelle", "contact of the office")
        case .field(let id): ("Teilnehmendenfeld „\(id)“", "participant field “\(id)”")
        }
    }
}
