/// The letters a survey's participants are sent by e-mail: the definition's `mail` object.
///
/// Templates live in the definition, so they are versioned with the questions
/// they invite to and edited in the designer. Either template may be absent;
/// the built-in German and English letters stand in for it.
public struct MailTemplates: Sendable, Hashable {
    /// The first letter, with the personal link.
    public let invitation: MailTemplate?
    /// The letter to participants who have not submitted yet.
    public let reminder: MailTemplate?
    /// Whether the survey has a closing date; the built-in letters mention it only then.
    ///
    /// Set by ``Survey``, which knows its own schedule.
    var surveyCloses = true

    public init(invitation: MailTemplate? = nil, reminder: MailTemplate? = nil) {
        self.invitation = invitation
        self.reminder = reminder
    }

    /// Whether the definition has no templates of its own.
    public var isEmpty: Bool { invitation == nil && reminder == nil }

    /// The definition's template of `kind`.
    public func template(_ kind: MailTemplateKind) -> MailTemplate? {
        switch kind {
        case .invitation: invitation
        case .reminder: reminder
        }
    }

    /// The letter of `kind` in `language`, each text a plain string in that language.
    ///
    /// The definition's template is used when its subject and text both exist in
    /// `language`; otherwise the whole built-in letter is, so a mail never mixes
    /// the office's words with the defaults. Its HTML alternative is kept only in
    /// the same language, never borrowed from another.
    public func resolved(_ kind: MailTemplateKind, language: String) -> MailTemplate {
        if let own = template(kind), let subject = own.subject.exactText(in: language),
            let text = own.text.exactText(in: language)
        {
            return MailTemplate(
                subject: LocalizedText(subject), text: LocalizedText(text),
                html: own.html?.exactText(in: language).map(LocalizedText.init))
        }
        return MailTemplateDefaults.template(kind, language: language, mentionsClosingDate: surveyCloses)
    }
}

/// One of the two letters.
public enum MailTemplateKind: String, Sendable, Hashable, CaseIterable {
    case invitation, reminder
}

/// One letter: a subject and a plain text in every language, and optionally an HTML alternative.
public struct MailTemplate: Sendable, Hashable {
    /// One line; line breaks in values become spaces.
    public let subject: LocalizedText
    /// The plain-text body, the part every mail program shows.
    public let text: LocalizedText
    /// An HTML alternative; without it the mail is plain text only.
    public let html: LocalizedText?

    public init(subject: LocalizedText, text: LocalizedText, html: LocalizedText? = nil) {
        self.subject = subject
        self.text = text
        self.html = html
    }
}

extension LocalizedText {
    /// The text written for `language` (or the plain string), without falling back to another language.
    func exactText(in language: String) -> String? {
        isPlain ? defaultText : translations[language]
    }
}
