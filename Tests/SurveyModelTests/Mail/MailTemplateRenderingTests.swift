import Testing

@testable import SurveyModel

/// Filling in letters: each placeholder once, subjects on one line, HTML values escaped.
struct MailTemplateRenderingTests {
    static let values = MailTemplateValues(
        name: "Grundschule Nord", link: "https://umfrage.example/t/ABCD", code: "ABCD-EFGH", closes: "29. Januar 2027",
        title: "Digitale Bildung", office: "Schulamt", contact: "schulamt@kreis.example",
        fields: ["schulart": "Grundschule"])

    /// Marks what was escaped, so a test sees which text went through the escaper.
    static func mark(_ text: String) -> String { "[\(text)]" }

    @Test func everyPlaceholderIsFilled() {
        let template = MailTemplate(
            subject: LocalizedText("{{title}} – {{name}}"),
            text: LocalizedText(
                "{{name}} {{link}} {{code}} {{closes}} {{title}} {{office}} {{contact}} {{field.schulart}} {{ link }}"))
        let mail = template.render(language: "de", values: Self.values, escapeHTML: Self.mark)
        #expect(mail.subject == "Digitale Bildung – Grundschule Nord")
        #expect(
            mail.text
                == "Grundschule Nord https://umfrage.example/t/ABCD ABCD-EFGH 29. Januar 2027 Digitale Bildung "
                + "Schulamt schulamt@kreis.example Grundschule https://umfrage.example/t/ABCD")
        #expect(mail.html == nil)
    }

    @Test func valuesAreNeverExpandedAgain() {
        var values = Self.values
        values.name = "{{link}} {{code}"
        let template = MailTemplate(subject: LocalizedText("{{name}}"), text: LocalizedText("{{name}} {{link}}"))
        let mail = template.render(language: "de", values: values, escapeHTML: Self.mark)
        #expect(mail.subject == "{{link}} {{code}")
        #expect(mail.text == "{{link}} {{code} https://umfrage.example/t/ABCD")
    }

    @Test func lineBreaksInSubjectValuesBecomeSpaces() {
        var values = Self.values
        values.name = "Nord\r\nBcc: alle@example.org\u{2028}x\u{85}y"
        let template = MailTemplate(subject: LocalizedText("An {{name}}"), text: LocalizedText("{{name}}"))
        let mail = template.render(language: "de", values: values, escapeHTML: Self.mark)
        #expect(mail.subject == "An Nord Bcc: alle@example.org x y")
        #expect(mail.text == values.name)
    }

    @Test func htmlValuesAreEscapedAndTheLinkIsALink() throws {
        let template = MailTemplate(
            subject: LocalizedText("x"), text: LocalizedText("{{link}}"),
            html: LocalizedText("<p>{{name}}: {{link}}</p><a href=\"{{link}}\">hier</a>"))
        let html = try #require(template.render(language: "de", values: Self.values, escapeHTML: Self.mark).html)
        #expect(
            html
                == "<p>[Grundschule Nord]: <a href=\"[https://umfrage.example/t/ABCD]\">[https://umfrage.example/t/ABCD]</a></p>"
                + "<a href=\"[https://umfrage.example/t/ABCD]\">hier</a>")
    }

    @Test func unknownAndUnclosedPlaceholdersStayAsWritten() {
        let template = MailTemplate(subject: LocalizedText("{{nmae}}"), text: LocalizedText("{{link}} {{link"))
        let mail = template.render(language: "de", values: Self.values, escapeHTML: Self.mark)
        #expect(mail.subject == "{{nmae}}")
        #expect(mail.text == "https://umfrage.example/t/ABCD {{link")
    }

    @Test func missingFieldValueIsEmpty() {
        let template = MailTemplate(subject: LocalizedText("a{{field.region}}b"), text: LocalizedText("{{link}}"))
        #expect(template.render(language: "de", values: Self.values, escapeHTML: Self.mark).subject == "ab")
    }

    @Test func scannerCountsScalarOffsets() {
        #expect(
            MailTemplateScanner.pieces("ä{{ a }}b{{c")
                == [
                    .literal("ä"), .placeholder(name: "a", offset: 1), .literal("b"), .unclosed(offset: 9),
                    .literal("{{c"),
                ])
    }
}
