import Testing

@testable import SurveyModel

/// Changed letters show in the history as which letter, part and language changed.
struct MailTemplateDiffTests {
    typealias F = DiffFixture

    static let withMail = F.edited(
        (
            #""access": "public","#,
            #"""
            "access": "public", "mail": {"invitation": {"subject": {"de": "Einladung", "en": "Invitation"},
              "text": {"de": "Hallo {{link}}", "en": "Hello {{link}}"}}},
            """#
        ))

    @Test func ownLetterAddedAndRemoved() {
        #expect(F.sentences(Self.withMail, .de) == ["Die Einladung hat jetzt einen eigenen Text."])
        #expect(F.sentences(F.base, from: Self.withMail) == ["The invitation uses the built-in letter again."])
    }

    @Test func partsAndLanguagesChanged() {
        let new = F.edited(
            (#""de": "Einladung""#, #""de": "Einladung zur Befragung""#),
            (#""en": "Hello {{link}}"}"#, #""en": "Hello {{link}}"}, "html": "<p>{{link}}</p>""#),
            from: Self.withMail)
        #expect(
            F.sentences(new, from: Self.withMail, .de) == [
                "Die Einladung (Betreff, Deutsch) wurde geändert.", "Die Einladung (HTML-Fassung) wurde hinzugefügt.",
            ])
        let dropped = F.edited((#", "en": "Hello {{link}}""#, ""), from: Self.withMail)
        #expect(F.sentences(dropped, from: Self.withMail) == ["The invitation (text, English) was removed."])
    }

    @Test func layoutAloneIsNoChange() throws {
        let reordered = F.edited(
            (#"{"de": "Einladung", "en": "Invitation"}"#, #"{"en": "Invitation", "de": "Einladung"}"#),
            from: Self.withMail)
        #expect(try F.diff(reordered, from: Self.withMail).isEmpty)
    }
}
