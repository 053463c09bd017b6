import Foundation
import InternetMessage
import Markup
import SurveyModel
import SurveyStore

/// Builds one participant's message from the survey's template, the settings and a token.
struct MailMessageBuilder: Sendable {
    /// Stands in for the token in previews and dry runs, which never show a real one.
    static let placeholderCode = "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
    /// Stands in for the Message-ID in previews.
    static let placeholderMessageID = "<preview@example.invalid>"

    let survey: Survey
    let settings: MailSettings
    /// The date previews show.
    let previewDate: Date

    /// The language a participant reads: the one chosen last, else the survey's default.
    func language(of participant: Participant) -> String {
        if let chosen = participant.language, survey.languages.contains(chosen) { return chosen }
        return survey.defaultLanguage
    }

    /// The message of `kind` to `participant`, whose address must be valid (the plan checked it).
    func message(
        _ kind: MailTemplateKind, to participant: Participant, code: String, messageID: String, date: Date
    ) -> MailMessage {
        let language = language(of: participant)
        let values = MailTemplateValues(
            name: participant.label, link: settings.link(code: code), code: code,
            closes: MailTemplateValues.closingDate(of: survey, language: language),
            title: survey.title.text(in: language), office: settings.office.text(in: language),
            contact: settings.contact.text(in: language), fields: fieldLabels(of: participant, language: language))
        let rendered = survey.mail.resolved(kind, language: language).render(
            language: language, values: values, escapeHTML: { HTMLEscaper.escape($0) })
        var message = MailMessage(
            from: settings.from, to: Self.recipient(participant).map { [$0] } ?? [], replyTo: settings.replyTo,
            subject: rendered.subject, text: rendered.text, html: rendered.html, date: date, messageID: messageID)
        // RFC 3834: keeps out-of-office replies from answering a letter nobody typed. A fixed, valid name.
        try? message.addHeader("Auto-Submitted", "auto-generated")
        return message
    }

    /// The participant's address with its label as display name; without the name if the label cannot be one
    /// (too long, say); nil if the address itself is invalid.
    static func recipient(_ participant: Participant) -> MailAddress? {
        guard let email = participant.email else { return nil }
        return (try? MailAddress(email, displayName: participant.label)) ?? (try? MailAddress(email))
    }

    /// The labels of the options a participant has in the survey's participant fields.
    private func fieldLabels(of participant: Participant, language: String) -> [String: String] {
        var labels: [String: String] = [:]
        for field in survey.participantFields {
            guard let value = participant.fields[field.id] else { continue }
            labels[field.id] = field.option(value)?.label.text(in: language) ?? value
        }
        return labels
    }
}
