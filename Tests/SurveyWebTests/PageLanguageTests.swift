import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyStore
import Testing

@testable import SurveyWeb

/// No German page shows English interface words, and no English page German ones.
///
/// Crawls the pages the router tests reach, as a school and as the office, in
/// each language. Text from the definition and from participants (titles,
/// labels, names) is removed first: a survey may be written in one language
/// only, and that is the office's choice, not the interface's.
@Suite struct PageLanguageTests {
    /// Interface words that must not appear on German pages (whole words, any case).
    static let english = [
        "draft", "drafts", "submit", "submitted", "started", "pending", "participant", "participants",
        "response rate", "response", "responses", "revision", "voided", "void", "overview", "evaluation",
        "required", "page", "next", "back", "review", "history", "sign in", "sign out", "password", "preview",
        "please", "choose", "not started", "last activity", "kind", "reason",
    ]
    /// Interface words that must not appear on English pages (whole words, any case).
    static let german = [
        "Entwurf", "Entwürfe", "abgeschickt", "begonnen", "Teilnehmende", "Rücklauf", "Antwort", "Antworten",
        "Seite", "weiter", "zurück", "Übersicht", "Auswertung", "Verlauf", "Fassung", "Pflichtangabe", "ungültig",
        "Passwort", "anmelden", "abmelden", "Vorschau", "Sprache", "nicht", "und", "oder", "Sie", "bitte",
        "Begründung", "ausstehend",
    ]

    @Test(arguments: UILanguage.allCases)
    func pagesSpeakOnlyTheirLanguage(ui: UILanguage) async throws {
        let site = try TestSite()
        let forbidden = ui == .de ? Self.english : Self.german
        let userTexts = try Self.userTexts(site)
        var problems: [String] = []
        func check(_ path: String, _ response: HTTPResponse) {
            #expect(response.status == .ok, "\(path)")
            let text = Self.visibleText(response.text, removing: userTexts)
            for word in forbidden where Self.containsWord(word, in: text) {
                problems.append("\(path): \(word)")
            }
        }

        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        let pages = ["/s/alle-typen", "/s/alle-typen/p/eins"]
        for path in pages { check(path, await school.get(path + "?lang=\(ui.rawValue)")) }
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        for path in ["/s/alle-typen/p/zwei", "/s/alle-typen/review", "/s/alle-typen/print"] {
            check(path, await school.get(path))
        }
        let review = await school.get("/s/alle-typen/review")
        _ = await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text))
        check("/s/alle-typen/done", await school.get("/s/alle-typen/done"))

        var office = try await site.office()
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        let responseID = try #require(log.view.submitted.keys.first)
        check("/admin", await office.get("/admin?lang=\(ui.rawValue)"))
        for path in [
            "/admin/s/alle-typen", "/admin/s/alle-typen/r/\(responseID)", "/admin/s/alle-typen/report",
            "/admin/s/alle-typen/preview/eins",
        ] {
            // The office area remembers no language of its own; each page is asked for in `ui`.
            check(path, await office.get(path + "?lang=\(ui.rawValue)"))
        }
        #expect(problems == [], "\(ui.rawValue) pages")
    }

    @Test func theCheckFindsAWordOutsideUserText() {
        let page = "<p>Fassung <b>Titel draft</b></p><p title=\"Submitted\">x</p>"
        let text = Self.visibleText(page, removing: ["Titel draft"])
        #expect(!Self.containsWord("draft", in: text))
        #expect(Self.containsWord("submitted", in: text))
        #expect(Self.containsWord("Fassung", in: text))
        #expect(!Self.containsWord("Fass", in: text))
    }

    /// Every text of the definition and of the participants, longest first.
    static func userTexts(_ site: TestSite) throws -> [String] {
        let bytes = try #require(FileManager.default.contents(atPath: site.surveys + "/alle-typen.json"))
        var texts: [String] = ["Grundschule <Am Bach> & Co", "Gymnasium Nord", "Grundschule <Am Bach>"]
        func collect(_ value: JSON) {
            switch value {
            case .string(let text): texts.append(text)
            case .array(let elements): for element in elements { collect(element) }
            case .object(let members): for member in members { collect(member.value) }
            default: break
            }
        }
        collect(JSON(try JSONDocument(parsing: [UInt8](bytes)).root))
        return texts.filter { $0.count > 1 }.sorted { $0.count > $1.count }
    }

    /// The page's text and the attributes people read (title, aria-label, placeholder, alt), without user texts.
    static func visibleText(_ html: String, removing userTexts: [String]) -> String {
        var text = html.replacing(#/<(script|style)[^>]*>.*?</\1>/#.dotMatchesNewlines(), with: " ")
        var attributes: [String] = []
        for match in text.matches(of: #/(?:title|aria-label|placeholder|alt)="([^"]*)"/#) {
            attributes.append(String(match.output.1))
        }
        text = text.replacing(#/<[^>]*>/#, with: " ") + " " + attributes.joined(separator: " ")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        for userText in userTexts { text = text.replacingOccurrences(of: userText, with: " ") }
        return text
    }

    /// Whether `word` occurs in `text` as a whole word, ignoring case.
    static func containsWord(_ word: String, in text: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: word, options: .caseInsensitive, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }
}
