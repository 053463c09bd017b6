import Markup
import SurveyModel
import Testing

@testable import SurveyWeb

/// The pieces every designer editing page is made of: field ids from definition paths, labelled fields
/// with inline errors, texts per language side by side, breadcrumbs, messages and the error summary.
@Suite struct DesignerBuildingBlockTests {
    static let titlePath = DefinitionPath.root.appending("pages").appending(1).appending("questions").appending(0)
        .appending("title")

    func html(_ write: (inout HTMLBuilder) -> Void) -> String {
        var html = HTMLBuilder()
        write(&html)
        return String(decoding: html.bytes, as: UTF8.self)
    }

    @Test func aFieldIdIsItsPathWithoutBrackets() throws {
        #expect(DesignerField.id(of: Self.titlePath.appending("de")) == "field-pages.1.questions.0.title.de")
        #expect(DesignerField.id(of: .root) == "field-")
        // Distinct paths give distinct ids, also where a key and an index look alike in the notation.
        let paths = [
            "pages[1].questions[0]", "pages[10].questions", "pages[1].questions[0].title.de-AT",
            "pages[1].questions[0].title.de", "pages[1].questions", "participantFields[0].label",
        ].compactMap(DefinitionPath.init(parsing:))
        #expect(paths.count == 6)
        #expect(Set(paths.map(DesignerField.id(of:))).count == paths.count)
    }

    @Test func aFieldWithErrorsIsMarkedInvalidAndDescribedByThem() {
        let path = Self.titlePath.appending("de")
        let text = html { html in
            DesignerField.text(
                path, label: "Titel", value: "Schul<art>", help: "Wie die Frage lautet", errors: ["Bitte ausfüllen."],
                language: "de", into: &html)
        }
        let id = "field-pages.1.questions.0.title.de"
        #expect(text.contains("<label for=\"\(id)\">Titel</label>"))
        #expect(text.contains("<p class=\"error\" id=\"\(id)-error\">Bitte ausfüllen.</p>"))
        #expect(text.contains("name=\"pages[1].questions[0].title.de\""))
        #expect(text.contains("value=\"Schul&lt;art&gt;\""))
        #expect(text.contains("aria-describedby=\"\(id)-help \(id)-error\""))
        #expect(text.contains("aria-invalid=\"true\""))
        #expect(text.contains("class=\"field has-error\""))

        let clean = html { html in DesignerField.text(path, label: "Titel", value: "", into: &html) }
        #expect(!clean.contains("aria-invalid"))
        #expect(!clean.contains("aria-describedby"))
    }

    @Test func aLocalizedTextHasOneFieldPerLanguageSideBySide() {
        let title = LocalizedText(translations: ["de": "Schulart", "en": "Type of school"], defaultText: "Schulart")
        let text = html { html in
            DesignerField.localized(
                Self.titlePath, label: "Titel", text: title, languages: ["de", "en", "fr"],
                errors: [Self.titlePath.appending("en"): ["Zu lang."]], into: &html)
        }
        #expect(
            text.contains("<fieldset class=\"localized\" id=\"field-pages.1.questions.0.title\"><legend>Titel</legend>")
        )
        #expect(text.contains("<div class=\"side-by-side\">"))
        #expect(text.contains("name=\"pages[1].questions[0].title.de\" lang=\"de\""))
        #expect(text.contains("value=\"Type of school\""))
        // A language without a text gets an empty field; the error stands at its own language.
        #expect(text.contains("<label for=\"field-pages.1.questions.0.title.fr\">Français</label>"))
        #expect(text.contains("<p class=\"error\" id=\"field-pages.1.questions.0.title.en-error\">Zu lang.</p>"))
        // A plain string reads the same in every language's field.
        let plain = html { html in
            DesignerField.localized(
                Self.titlePath, label: "Titel", text: LocalizedText("Mbit/s"), languages: ["de", "en"], into: &html)
        }
        #expect(plain.matches(of: /value="Mbit\/s"/).count == 2)
    }

    @Test func breadcrumbsEndWithThePageItself() {
        let crumbs = DesignerPage.crumbs(
            survey: (id: "zahlen", title: "Zahlen <&>"), ui: .en, [DesignerPage.Crumb(text: "Seite 1")])
        let text = html { html in DesignerPage(ui: .en, crumbs: crumbs).renderBreadcrumbs(into: &html) }
        #expect(text.contains("<nav class=\"breadcrumbs\" aria-label=\"You are here\"><ol>"))
        #expect(text.contains("<a href=\"/admin/designer?lang=en\">Designer</a>"))
        #expect(text.contains("<a href=\"/admin/designer/zahlen?lang=en\">Zahlen &lt;&amp;&gt;</a>"))
        #expect(text.contains("<span aria-current=\"page\">Seite 1</span>"))
        #expect(DesignerPage.crumbs(ui: .de).map(\.href) == [nil])
    }

    @Test func theErrorSummaryLinksToEachFieldAndTheMessagesAreListed() {
        var page = DesignerPage(ui: .de, crumbs: DesignerPage.crumbs(ui: .de))
        page.fieldProblems = [
            DesignerPage.FieldProblem(path: Self.titlePath.appending("de"), label: "Titel (Deutsch)", message: "Fehlt.")
        ]
        page.messages = DesignerPage.Messages(success: "Gespeichert.", warnings: ["Hinweis <1>"], errors: ["Fehler 1"])
        let text = html { html in page.renderMessages(into: &html) }
        #expect(text.contains("role=\"alert\""))
        #expect(text.contains("Bitte korrigieren Sie 1 Angabe"))
        #expect(text.contains("<a href=\"#field-pages.1.questions.0.title.de\">Titel (Deutsch): Fehlt.</a>"))
        #expect(text.contains("<p class=\"notice\" role=\"status\">Gespeichert.</p>"))
        #expect(
            text.contains("<h2 id=\"messages-warnings\">Hinweise</h2><ul class=\"messages\"><li>Hinweis &lt;1&gt;</li>")
        )
        #expect(text.contains("<h2 id=\"messages-errors\">Fehler</h2>"))
        let quiet = html { html in DesignerPage(ui: .de, crumbs: []).renderMessages(into: &html) }
        #expect(quiet.isEmpty)
    }
}
