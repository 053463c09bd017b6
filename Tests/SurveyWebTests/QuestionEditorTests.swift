import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// The question editor through the router: every key of every type shown, each saved through the
/// designer's pipeline, errors at their fields, renames, type changes, options and expression problems.
@Suite struct QuestionEditorTests {
    static let base = "/admin/designer/alle-typen/questions/"

    /// The stored definition of the fixture.
    static func stored(_ site: TestSite) throws -> JSON {
        JSON(try JSONDocument(parsing: DefinitionFiles(folder: site.surveys).current(id: "alle-typen").bytes).root)
    }

    static func value(_ json: JSON, _ path: String) -> JSON? {
        DefinitionPath(parsing: path).flatMap { json.value(at: $0) }
    }

    /// Posts `fields` with the form's hidden fields (`_csrf`, `version`) read from the editor of `question`.
    static func save(
        _ office: inout TestBrowser, _ question: String, _ fields: [(String, String)], lang: String? = nil
    ) async -> HTTPResponse {
        let address = base + question + (lang.map { "?lang=\($0)" } ?? "")
        let html = await office.get(address).text
        return await office.post(address, TestBrowser.hiddenFields(named: ["_csrf", "version"], in: html) + fields)
    }

    @Test(arguments: [
        (
            "name",
            [
                "id", "title.de", "title.en", "help.de", "required", "personal", "report", "requiredIf", "visibleIf",
                "multiline", "maxLength", "pattern", "patternMessage.de", "format",
            ]
        ),
        ("anzahl", ["integer", "min", "max", "unit.de", "unit.en"]),
        ("art", ["options[0].value", "options[1].label.en", "display", "other.label.de"]),
        ("viele", ["options[2].exclusive", "minSelected", "maxSelected", "other.label.en"]),
        ("ja", ["labels.true.de", "labels.false.en"]),
        ("skala", ["scale.from", "scale.to", "scale.labels.1.de", "scale.labels.3.en", "notApplicable.label.de"]),
        ("matrix", ["rows[0].value", "rows[1].label.de", "scale.from"]),
        ("rang", ["options[0].value", "rankCount"]),
        ("datum", ["min", "max"]),
        ("hinweis", ["text.de", "title.en", "visibleIf"]),
    ])
    func theEditorShowsEveryKeyOfTheType(question: String, keys: [String]) async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let json = try Self.stored(site)
        let path = try #require(Self.questionPath(question, in: json))
        let page = await office.get(Self.base + question)
        #expect(page.status == .ok)
        for key in keys {
            #expect(page.text.contains("name=\"\(path).\(key)\""), "\(question) lacks \(key)")
        }
        #expect(page.text.contains("<details class=\"reference-list\">"))
    }

    static func questionPath(_ id: String, in json: JSON) -> String? {
        for (page, pageJSON) in (json["pages"]?.elements ?? []).enumerated() {
            for (index, question) in (pageJSON["questions"]?.elements ?? []).enumerated()
            where question["id"]?.string == id {
                return "pages[\(page)].questions[\(index)]"
            }
        }
        return nil
    }

    @Test func fieldsOfEachTypeAreSaved() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let changes: [(String, [(String, String)], [(String, JSON)])] = [
            (
                "name",
                [
                    ("pages[0].questions[0].multiline", ""), ("pages[0].questions[0].multiline", "true"),
                    ("pages[0].questions[0].pattern", "[A-Z].*"), ("pages[0].questions[0].report", "false"),
                ],
                [
                    ("pages[0].questions[0].multiline", .bool(true)), ("pages[0].questions[0].pattern", "[A-Z].*"),
                    ("pages[0].questions[0].report", .bool(false)),
                ]
            ),
            (
                "anzahl", [("pages[0].questions[2].max", "1.000,0"), ("pages[0].questions[2].unit.en", "pieces")],
                [("pages[0].questions[2].max", .number(1000)), ("pages[0].questions[2].unit.en", "pieces")]
            ),
            (
                "viele", [("pages[0].questions[5].maxSelected", "2")],
                [("pages[0].questions[5].maxSelected", .number(2))]
            ),
            (
                "ja",
                [("pages[1].questions[0].labels.true.de", "Stimmt"), ("pages[1].questions[0].labels.true.en", "True")],
                [("pages[1].questions[0].labels.true.de", "Stimmt")]
            ),
            (
                "skala",
                [
                    ("pages[1].questions[1].scale.labels.3.de", "mittel"),
                    ("pages[1].questions[1].scale.labels.3.en", "middle"),
                ],
                [("pages[1].questions[1].scale.labels.3.en", "middle")]
            ),
            ("rang", [("pages[1].questions[3].rankCount", "1")], [("pages[1].questions[3].rankCount", .number(1))]),
            ("datum", [("pages[1].questions[4].min", "2020-01-01")], [("pages[1].questions[4].min", "2020-01-01")]),
        ]
        for (question, fields, expected) in changes {
            let saved = await Self.save(&office, question, fields)
            #expect(saved.status == .seeOther, "\(question): \(saved.text)")
            #expect(saved.location == Self.base + question + "?saved=1")
            let json = try Self.stored(site)
            for (path, value) in expected { #expect(Self.value(json, path) == value, "\(path)") }
        }
    }

    @Test func anErrorIsShownAtItsFieldWithTheTypedValue() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let before = try Self.stored(site)
        let page = await Self.save(&office, "anzahl", [("pages[0].questions[2].min", "zehn")])
        #expect(page.status == .unprocessableContent)
        #expect(page.text.contains("id=\"field-pages.0.questions.2.min-error\""))
        #expect(page.text.contains("name=\"pages[0].questions[2].min\" lang") || page.text.contains("value=\"zehn\""))
        #expect(page.text.contains("href=\"#field-pages.0.questions.2.min\""))
        #expect(try Self.stored(site) == before)
    }

    @Test func aRenameLeadsToTheNewAddress() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let saved = await Self.save(&office, "name", [("pages[0].questions[0].id", "vorname")], lang: "en")
        #expect(saved.location == Self.base + "vorname?lang=en&saved=1")
        #expect(Self.value(try Self.stored(site), "pages[0].questions[0].id") == "vorname")
        #expect(await office.get(Self.base + "vorname").status == .ok)
        #expect(await office.get(Self.base + "name").status == .notFound)
    }

    @Test func aChangeOfTypeNamesTheDroppedKeys() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let saved = await Self.save(
            &office, "anzahl", [("type", "text"), ("action", "change-type 0 2 @type")])
        let location = try #require(saved.location)
        #expect(location == Self.base + "anzahl?dropped=integer,min,max,unit&saved=1")
        #expect(Self.value(try Self.stored(site), "pages[0].questions[2].type") == "text")
        let page = await office.get(location)
        #expect(page.text.contains("Beim Wechsel des Typs entfernt: integer,min,max,unit."))
        #expect(page.text.contains("name=\"pages[0].questions[2].maxLength\""))
    }

    @Test func optionsAreAddedMovedAndRemoved() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let added = await Self.save(&office, "art", [("action", "add-choice options 0 3")])
        #expect(
            added.location == Self.base
                + "art?saved=1&at=field-pages.0.questions.3.options.2#field-pages.0.questions.3.options.2")
        #expect(Self.value(try Self.stored(site), "pages[0].questions[3].options")?.elements?.count == 3)
        _ = await Self.save(&office, "art", [("action", "move-choice options 0 3 0 1")])
        #expect(Self.value(try Self.stored(site), "pages[0].questions[3].options[1].value") == "a")
        _ = await Self.save(&office, "art", [("action", "remove-choice options 0 3 2")])
        let options = Self.value(try Self.stored(site), "pages[0].questions[3].options")?.elements ?? []
        #expect(options.compactMap { $0["value"]?.string } == ["b", "a"])
        _ = await Self.save(&office, "art", [("action", "set-other 0 3 off")])
        #expect(Self.value(try Self.stored(site), "pages[0].questions[3].other") == nil)
    }

    @Test func rulesAreAddedAndRemoved() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let added = await Self.save(&office, "anzahl", [("action", "add-rule 0 2")])
        #expect(added.status == .seeOther, "\(added.text)")
        #expect(Self.value(try Self.stored(site), "pages[0].questions[2].validate[0].expr") == "answered(anzahl)")
        let page = await office.get(Self.base + "anzahl")
        #expect(page.text.contains("name=\"pages[0].questions[2].validate[0].message.en\""))
        _ = await Self.save(&office, "anzahl", [("pages[0].questions[2].validate[0].expr", "anzahl >= 2")])
        #expect(Self.value(try Self.stored(site), "pages[0].questions[2].validate[0].expr") == "anzahl >= 2")
        _ = await Self.save(&office, "anzahl", [("action", "remove-rule 0 2 0")])
        #expect(Self.value(try Self.stored(site), "pages[0].questions[2].validate") == nil)
    }

    @Test(arguments: [
        ("de", "meinten Sie „anzahl“?", "Die Stelle ist das 15. Zeichen des Ausdrucks."),
        ("en", "did you mean &#39;anzahl&#39;?", "At character 15 of the expression."),
    ])
    func anExpressionTypoShowsTheCaretAndDidYouMean(lang: String, suggestion: String, place: String) async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        defer { withExtendedLifetime(site) {} }
        var office = signedIn
        let typo = "art == 'a' or anzhal > 3"
        let page = await Self.save(&office, "viele", [("pages[0].questions[5].visibleIf", typo)], lang: lang)
        #expect(page.status == .unprocessableContent)
        let text = page.text
        #expect(
            text.contains("value=\"art == &#39;a&#39; or anzhal &gt; 3\"")
                || text.contains("value=\"art == 'a' or anzhal &gt; 3\""))
        #expect(text.contains(suggestion), "\(text)")
        #expect(text.contains(place))
        // The would-be survey does not load, so the references come from the version online.
        #expect(text.contains("<dt><code>anzahl</code>"))
        #expect(text.contains("<code>&#39;a&#39;</code>") || text.contains("<code>'a'</code>"))
        let excerpt = "art == 'a' or anzhal &gt; 3\n" + String(repeating: " ", count: 14) + "^</pre>"
        #expect(text.contains(excerpt) || text.contains(excerpt.replacingOccurrences(of: "'", with: "&#39;")))
    }

    @Test func escapesInTheWrittenStringCountAsOneCharacter() {
        #expect(ExpressionFieldPosition.decodedCount(ofWritten: 5, in: #"a \"b\" c"#) == 4)
        #expect(ExpressionFieldPosition.decodedCount(ofWritten: 8, in: #"\u0007xy"#) == 3)
        #expect(ExpressionFieldPosition.decodedCount(ofWritten: 13, in: #"\ud83d\ude00x"#) == 2)
    }

    @Test func optionalLabelsAndANotesTitleLeftEmptyAreLeftOut() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let note = await Self.save(
            &office, "hinweis", [("pages[1].questions[5].title.de", ""), ("pages[1].questions[5].title.en", "")])
        #expect(note.status == .seeOther, "\(note.text)")
        #expect(Self.value(try Self.stored(site), "pages[1].questions[5].title") == nil)
        // The yes/no question has no labels; its empty label fields save nothing.
        let boolean = await Self.save(&office, "ja", [("pages[1].questions[0].title.de", "Ja?")])
        #expect(boolean.status == .seeOther, "\(boolean.text)")
        #expect(Self.value(try Self.stored(site), "pages[1].questions[0].labels") == nil)
    }

    /// A hand-written file may give a question any id. Such a file does not load (ids are identifiers), so
    /// the overview links no such question; its editor, reached by address, still has to post back to it:
    /// the id travels as one encoded segment, and renaming it to a valid id saves and follows it.
    @Test func anIDWithSpaceQuestionMarkHashAndSlashTravelsEncoded() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        var office = signedIn
        let file = site.surveys + "/alle-typen.json"
        let id = "hin weis?a=1#b/c"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try DesignerTests.write(
            text.replacingOccurrences(of: #""id": "hinweis""#, with: #""id": "\#(id)""#), to: "alle-typen.json",
            in: site)
        site.application.reloadSurveys()
        let encoded = "hin%20weis%3Fa%3D1%23b%2Fc"
        let page = await office.get(Self.base + encoded)
        #expect(page.status == .ok)
        #expect(page.text.contains(#"action="\#(Self.base + encoded)""#))
        let path = try #require(Self.questionPath(id, in: Self.stored(site)))
        let renamed = await Self.save(&office, encoded, [(path + ".id", "hinweis")])
        #expect(renamed.status == .seeOther)
        #expect(renamed.headers["Location"] == Self.base + "hinweis?saved=1")
    }

    @Test func anUnknownQuestionIsNotFound() async throws {
        let (site, signedIn) = try await DesignerTests.staff()
        defer { withExtendedLifetime(site) {} }
        var office = signedIn
        let page = await office.get(Self.base + "gibtsnicht")
        #expect(page.status == .notFound)
        #expect(page.text.contains(QuestionEditorPhrase.questionMissing.text(.de)))
    }
}
