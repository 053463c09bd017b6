import Foundation
import Testing

@testable import SurveyModel

/// The built-in letters, which languages they come in, and when the definition's own are used.
struct MailTemplateDefaultsTests {
    static func survey(closes: String? = "2027-01-29", mail: String? = nil) throws -> Survey {
        let text = """
            {"id": "test", "title": {"de": "Digitale Bildung", "en": "Digital education"}, "languages": ["de", "en"],
             "access": "token", \(closes.map { "\"closes\": \"\($0)\"," } ?? "")
             "pages": [{"id": "p", "title": "Seite", "questions": [{"id": "ja", "type": "boolean", "title": "Ja?"}]}]
             \(mail.map { ", \"mail\": \($0)" } ?? "")}
            """
        let result = Survey.load(bytes: Array(text.utf8), file: "test.json")
        return try #require(result.survey, "\(result.diagnostics.map(\.message))")
    }

    @Test(arguments: MailTemplateKind.allCases)
    func defaultsCarryLinkCodeAndClosingDate(kind: MailTemplateKind) throws {
        let survey = try Self.survey()
        for language in ["de", "en"] {
            let values = MailTemplateValues.sample(for: survey, language: language)
            let mail = survey.mail.resolved(kind, language: language)
                .render(language: language, values: values, escapeHTML: { $0 })
            #expect(mail.text.contains(values.link))
            #expect(mail.text.contains(values.code))
            #expect(mail.text.contains(values.closes))
            #expect(mail.text.contains(values.contact))
            #expect(mail.subject.contains(values.title))
            #expect(!mail.text.contains("{{"))
            #expect(mail.html == nil)
        }
    }

    @Test func germanLetterIsFormal() throws {
        let survey = try Self.survey()
        let text = survey.mail.resolved(.invitation, language: "de").text.text(in: "de")
        #expect(text.hasPrefix("Sehr geehrte Schulleitung,\n\n"))
        #expect(text.contains("Mit freundlichen Grüßen\n{{office}}"))
        #expect(!text.contains(" du ") && !text.contains(" dein"))
        let reminder = survey.mail.resolved(.reminder, language: "de").text.text(in: "de")
        #expect(reminder.contains("vielen Dank"))
    }

    @Test func withoutClosingDateTheLettersDoNotMentionIt() throws {
        let survey = try Self.survey(closes: nil)
        for kind in MailTemplateKind.allCases {
            for language in ["de", "en", "fr"] {
                #expect(!survey.mail.resolved(kind, language: language).text.text(in: language).contains("{{closes}}"))
            }
        }
    }

    @Test func otherLanguagesGetTheEnglishLetter() throws {
        let survey = try Self.survey()
        #expect(
            survey.mail.resolved(.invitation, language: "fr") == survey.mail.resolved(.invitation, language: "en"))
    }

    @Test func ownTemplateIsUsedOnlyInTheLanguagesItCovers() throws {
        let survey = try Self.survey(
            mail: #"""
                {"invitation": {"subject": {"de": "Hallo {{name}}", "en": "Hello {{name}}"},
                  "text": {"de": "{{link}}"}, "html": {"de": "<p>{{link}}</p>"}}}
                """#)
        let german = survey.mail.resolved(.invitation, language: "de")
        #expect(german.subject == LocalizedText("Hallo {{name}}"))
        #expect(german.html == LocalizedText("<p>{{link}}</p>"))
        let english = survey.mail.resolved(.invitation, language: "en")
        #expect(english.subject.text(in: "en").hasPrefix("Invitation"))
        #expect(english.html == nil)
        #expect(survey.mail.invitation != nil && survey.mail.reminder == nil)
    }

    @Test func closingDateIsTheLastDayInTheLanguagesForm() throws {
        let dateOnly = try Self.survey(closes: "2027-01-29")
        #expect(MailTemplateValues.closingDate(of: dateOnly, language: "de") == "29. Januar 2027")
        #expect(MailTemplateValues.closingDate(of: dateOnly, language: "en") == "29 January 2027")
        let noon = try Self.survey(closes: "2027-03-01T12:30")
        #expect(MailTemplateValues.closingDate(of: noon, language: "de") == "1. März 2027, 12:30 Uhr")
        #expect(MailTemplateValues.closingDate(of: noon, language: "en") == "1 March 2027, 12:30")
        #expect(MailTemplateValues.closingDate(of: try Self.survey(closes: nil), language: "de") == "")
    }
}
