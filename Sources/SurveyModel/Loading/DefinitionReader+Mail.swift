import StrictJSON
import Suggestions

/// The `mail` object: the invitation and reminder letters, their placeholders and languages.
extension DefinitionReader {
    /// Reads `mail`; absent, it is empty and the built-in letters are used without a word.
    mutating func readMail(
        _ fields: ObjectFields, participantFields: [ParticipantField], hasClosingDate: Bool
    ) -> MailTemplates {
        guard let value = fields["mail"],
            let mail = object(value, place: DiagnosticMessage(.placeMail), keys: DefinitionKeys.mail)
        else { return MailTemplates() }
        let context = MailCheck(fieldIDs: participantFields.map(\.id), hasClosingDate: hasClosingDate)
        return MailTemplates(
            invitation: readMailTemplate(mail, .invitation, context),
            reminder: readMailTemplate(mail, .reminder, context))
    }

    /// What the placeholder checks need to know of the rest of the survey.
    private struct MailCheck {
        let fieldIDs: [String]
        let hasClosingDate: Bool
    }

    /// One template: a one-line subject and a text with `{{link}}` in each language, and an optional HTML text.
    private mutating func readMailTemplate(
        _ mail: ObjectFields, _ kind: MailTemplateKind, _ context: MailCheck
    ) -> MailTemplate? {
        guard let value = mail[kind.rawValue] else { return nil }
        let place = DiagnosticMessage(.placeMailTemplate, kind.rawValue)
        guard let template = object(value, place: place, keys: DefinitionKeys.mailTemplate) else { return nil }
        let subject = mailText(template, "subject", of: place)
        let text = mailText(template, "text", of: place)
        let html = template["html"] == nil ? nil : mailText(template, "html", of: place)
        for (key, isSubject, needsLink) in [("subject", true, false), ("text", false, true), ("html", false, true)] {
            guard let part = template[key] else { continue }
            for (language, string) in Self.strings(of: part) {
                let what = Self.place(key, of: place)
                checkPlaceholders(
                    string, what: language.map { Self.translation($0, of: what) } ?? what, context: context,
                    isSubject: isSubject, needsLink: needsLink)
            }
        }
        guard let subject, let text else { return nil }
        warnOfMissingLanguages(MailTemplate(subject: subject, text: text, html: html), template, place: place)
        return MailTemplate(subject: subject, text: text, html: html)
    }

    /// A text of the template, required unless it is `html`; missing languages are explained by the caller.
    private mutating func mailText(_ template: ObjectFields, _ key: String, of place: DiagnosticMessage)
        -> LocalizedText?
    {
        guard let value = key == "html" ? template[key] : required(template, key) else { return nil }
        return text(value, what: Self.place(key, of: place), warnsOfMissingLanguages: false)
    }

    /// Each string of a text with its language; nil for a plain string.
    private static func strings(of value: JSONValue) -> [(String?, JSONValue)] {
        if value.string != nil { return [(nil, value)] }
        return (value.members ?? []).compactMap { $0.value.string == nil ? nil : ($0.key, $0.value) }
    }

    /// Unknown and unclosed placeholders, a subject over two lines, a text without the link.
    private mutating func checkPlaceholders(
        _ value: JSONValue, what: DiagnosticMessage, context: MailCheck, isSubject: Bool, needsLink: Bool
    ) {
        guard let string = value.string else { return }
        var hasLink = false
        var reportedCloses = false
        for piece in MailTemplateScanner.pieces(string) {
            switch piece {
            case .literal: continue
            case .unclosed(let offset):
                error(
                    DiagnosticMessage(.mailPlaceholderUnclosed, parts: [.phrase(what)]),
                    at: value.sourceOffset(ofScalar: offset))
            case .placeholder(let name, let offset):
                let at = value.sourceOffset(ofScalar: offset)
                guard let placeholder = MailPlaceholder(name: name) else {
                    error(Self.unknownPlaceholder(name, in: what, context: context), at: at)
                    continue
                }
                switch placeholder {
                case .link: hasLink = true
                case .field(let id) where !context.fieldIDs.contains(id):
                    error(Self.unknownField(id, in: what, context: context), at: at)
                case .closes where !context.hasClosingDate && !reportedCloses:
                    reportedCloses = true
                    report(.warning, DiagnosticMessage(.mailClosesWithoutDate, parts: [.phrase(what)]), at: at)
                default: continue
                }
            }
        }
        if isSubject, string.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
            error(DiagnosticMessage(.mailSubjectLineBreak, parts: [.phrase(what)]), at: value.offset)
        }
        if needsLink, !hasLink {
            error(DiagnosticMessage(.mailLinkMissing, parts: [.phrase(what)]), at: value.offset)
        }
    }

    private static func unknownPlaceholder(_ name: String, in what: DiagnosticMessage, context: MailCheck)
        -> DiagnosticMessage
    {
        let known = MailPlaceholder.fixed.map(\.name) + context.fieldIDs.map { MailPlaceholder.field($0).name }
        if let match = closestMatch(to: name, among: known) {
            return DiagnosticMessage(
                .mailPlaceholderUnknownSuggested, parts: [.literal(name), .phrase(what), .literal(match)])
        }
        let listed = (MailPlaceholder.fixed.map(\.written) + ["{{field.…}}"]).joined(separator: ", ")
        return DiagnosticMessage(.mailPlaceholderUnknown, parts: [.literal(name), .phrase(what), .literal(listed)])
    }

    private static func unknownField(_ id: String, in what: DiagnosticMessage, context: MailCheck)
        -> DiagnosticMessage
    {
        if let match = closestMatch(to: id, among: context.fieldIDs) {
            return DiagnosticMessage(.mailFieldUnknownSuggested, parts: [.literal(id), .phrase(what), .literal(match)])
        }
        let listed = context.fieldIDs.isEmpty ? "–" : context.fieldIDs.map { "\"\($0)\"" }.joined(separator: ", ")
        return DiagnosticMessage(.mailFieldUnknown, parts: [.literal(id), .phrase(what), .literal(listed)])
    }

    /// Warns of each survey language the template does not cover, saying what is sent instead.
    private mutating func warnOfMissingLanguages(
        _ template: MailTemplate, _ fields: ObjectFields, place: DiagnosticMessage
    ) {
        guard languagesAreValid else { return }
        for language in languages {
            let parts: [DiagnosticMessage.Argument] = [
                .phrase(place), .literal(LanguageCodes.describe(language)), .literal(language),
            ]
            if template.subject.exactText(in: language) == nil || template.text.exactText(in: language) == nil {
                report(.warning, DiagnosticMessage(.mailLanguageMissing, parts: parts), at: fields.value.offset)
            } else if let html = template.html, html.exactText(in: language) == nil, let value = fields["html"] {
                report(.warning, DiagnosticMessage(.mailHTMLLanguageMissing, parts: parts), at: value.offset)
            }
        }
    }
}
