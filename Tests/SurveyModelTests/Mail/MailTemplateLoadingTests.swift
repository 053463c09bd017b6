import StrictJSON
import Testing

@testable import SurveyModel

/// The `mail` key as the loader reads it and `survey fmt` writes it.
struct MailTemplateLoadingTests {
    static func load(mail: String, languages: String = #"["de", "en"]"#, extra: String = "") -> SurveyLoadResult {
        let text = """
            {"id": "test", "title": "Test", "languages": \(languages), "access": "token", \(extra)
             "participantFields": [{"id": "schulart", "label": "Schulart"}],
             "pages": [{"id": "p", "title": "Seite", "questions": [{"id": "ja", "type": "boolean", "title": "Ja?"}]}],
             "mail": \(mail)}
            """
        return Survey.load(bytes: Array(text.utf8), file: "test.json")
    }

    @Test func absentMailIsEmptyAndSilent() throws {
        let result = Self.load(mail: "{}")
        let survey = try #require(result.survey)
        #expect(survey.mail.isEmpty)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func templateIsRead() throws {
        let result = Self.load(
            mail: #"""
                {"reminder": {"subject": "Erinnerung {{title}}", "text": {"de": "{{link}} {{field.schulart}}", "en": "{{ link }}"},
                  "html": "<p>{{link}}</p>"}}
                """#)
        let survey = try #require(result.survey, "\(result.diagnostics.map(\.rendered))")
        #expect(result.diagnostics.isEmpty)
        let reminder = try #require(survey.mail.reminder)
        #expect(reminder.subject == LocalizedText("Erinnerung {{title}}"))
        #expect(reminder.text.text(in: "en") == "{{ link }}")
        #expect(reminder.html == LocalizedText("<p>{{link}}</p>"))
        #expect(survey.mail.invitation == nil)
    }

    @Test func unknownPlaceholderPointsAtItsColumn() throws {
        let result = Self.load(mail: #"{"invitation": {"subject": "Hallo {{nmae}}", "text": "{{link}}"}}"#)
        #expect(result.survey == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.lineText.dropFirst(diagnostic.location.column - 1).hasPrefix("{{nmae}}"))
        #expect(diagnostic.message.contains("did you mean {{name}}?"))
        #expect(diagnostic.text.text(.de).contains("meinten Sie {{name}}?"))
    }

    @Test func placeholderAfterEscapesIsFoundInTheFile() throws {
        let result = Self.load(mail: #"{"invitation": {"subject": "\u00e4\n\"x\" {{lnk}}", "text": "{{link}}"}}"#)
        let unknown = try #require(result.diagnostics.first { $0.text.id == .mailPlaceholderUnknownSuggested })
        #expect(unknown.lineText.dropFirst(unknown.location.column - 1).hasPrefix("{{lnk}}"))
    }

    @Test func textWithoutLinkIsAnError() {
        let result = Self.load(mail: #"{"invitation": {"subject": "x", "text": {"de": "{{code}}", "en": "{{link}}"}}}"#)
        #expect(result.survey == nil)
        #expect(result.diagnostics.map(\.text.id) == [.mailLinkMissing])
    }

    @Test func missingLanguageIsAWarningAndTheDefaultFillsIn() throws {
        let result = Self.load(mail: #"{"invitation": {"subject": {"de": "Einladung"}, "text": {"de": "{{link}}"}}}"#)
        let survey = try #require(result.survey)
        #expect(result.diagnostics.map(\.text.id) == [.mailLanguageMissing])
        #expect(result.diagnostics.first?.severity == .warning)
        #expect(survey.mail.resolved(.invitation, language: "de").subject == LocalizedText("Einladung"))
        #expect(survey.mail.resolved(.invitation, language: "en").subject.text(in: "en").hasPrefix("Invitation"))
    }

    @Test func closesWithoutClosingDateIsAWarning() throws {
        let result = Self.load(mail: #"{"invitation": {"subject": "x", "text": "{{link}} {{closes}} {{closes}}"}}"#)
        #expect(result.survey != nil)
        #expect(result.diagnostics.map(\.text.id) == [.mailClosesWithoutDate])
        let dated = Self.load(
            mail: #"{"invitation": {"subject": "x", "text": "{{link}} {{closes}}"}}"#,
            extra: #""closes": "2027-01-29","#)
        #expect(dated.diagnostics.isEmpty)
    }

    @Test func canonicalLayoutKeepsMailLastWithOneLinePerPart() throws {
        let json = JSON(
            try JSONDocument(
                parsing: Array(
                    #"{"mail": {"reminder": {"text": "{{link}}", "subject": "R"}, "invitation": {"html": "<p>{{link}}</p>", "subject": "E", "text": "{{link}}"}}, "id": "t", "title": "T", "access": "token", "pages": []}"#
                        .utf8)
            ).root)
        let written = String(decoding: CanonicalDefinition.write(json).bytes, as: UTF8.self)
        #expect(
            written == """
                {
                  "id": "t",
                  "title": "T",
                  "access": "token",
                  "pages": [],
                  "mail": {
                    "invitation": {
                      "subject": "E",
                      "text": "{{link}}",
                      "html": "<p>{{link}}</p>"
                    },
                    "reminder": {
                      "subject": "R",
                      "text": "{{link}}"
                    }
                  }
                }

                """)
    }
}
