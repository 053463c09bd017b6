import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// The settings page, the overview's structure buttons and the page editor, as a browser without
/// JavaScript uses them: each form posted, answered with a redirect, a form with its errors, or a conflict.
@Suite struct DesignerSettingsTests {
    let site: TestSite
    let files: DefinitionFiles

    init() throws {
        site = try TestSite()
        files = DefinitionFiles(folder: site.surveys)
    }

    private var version: String { (try? files.current(id: "alle-typen").version) ?? "" }

    private func stored(_ path: String) throws -> JSON? {
        JSON(try JSONDocument(parsing: files.current(id: "alle-typen").bytes).root).value(
            at: try #require(DefinitionPath(parsing: path)))
    }

    private func post(_ page: String, _ fields: [(String, String)], version: String? = nil) async throws
        -> HTTPResponse
    {
        var office = try await site.office()
        let address = "/admin/designer/alle-typen" + page
        return await office.submitForm(on: address, to: address, [("version", version ?? self.version)] + fields)
    }

    @Test func theSettingsPageShowsEveryPartAsFields() async throws {
        var office = try await site.office()
        let html = await office.get("/admin/designer/alle-typen/settings").text
        for name in [
            "title.de", "title.en", "privacy.en", "opens", "closes", "timeZone", "anonymous",
            "participantFields[0].options[1].value", "participantFields[0].label.en", "report.minGroupSize",
        ] {
            #expect(html.contains("name=\"\(name)\""), "\(name)")
        }
        #expect(html.contains("value=\"remove-language en\""))
        #expect(html.contains("value=\"add-language @new-language\""))
        #expect(html.contains("value=\"add-entry participantFields\""))
        #expect(html.contains("value=\"remove participantFields[0].options[1]\""))
    }

    @Test func savedSettingsLeadBackToTheSettings() async throws {
        let response = try await post(
            "/settings", [("title.de", "Neuer Titel"), ("report.minGroupSize", "3"), ("report.exclude", "name, mail")])
        #expect(response.status == .seeOther)
        #expect(response.headers["Location"] == "/admin/designer/alle-typen/settings?saved=1")
        #expect(try stored("title.de") == "Neuer Titel")
        #expect(try stored("report.minGroupSize") == 3)
        #expect(try stored("report.exclude") == ["name", "mail"])
    }

    @Test func entriesAreAddedAtTheirAnchorAndRemoved() async throws {
        let field = try await post("/settings", [("action", "add-entry participantFields")])
        #expect(
            field.headers["Location"]
                == "/admin/designer/alle-typen/settings?saved=1&at=field-participantFields.1#field-participantFields.1")
        #expect(try stored("participantFields[1].id") == "merkmal_2")
        let option = try await post("/settings", [("action", "add-entry participantFields[0].options")])
        #expect(option.headers["Location"]?.hasSuffix("#field-participantFields.0.options.2") == true)
        #expect(try stored("participantFields[0].options[2].value") == "wert_3")
        let section = try await post("/settings", [("action", "add-entry report.sections")])
        #expect(section.status == .seeOther)
        #expect(try stored("report.sections[0].questions") == ["anzahl"])
        let removed = try await post("/settings", [("action", "remove participantFields[1]")])
        #expect(removed.status == .seeOther)
        #expect(try stored("participantFields[1]") == nil)
    }

    @Test func languagesAreAddedFromTheListAndRemoved() async throws {
        let added = try await post("/settings", [("new-language", "fr"), ("action", "add-language @new-language")])
        #expect(added.status == .seeOther)
        #expect(try stored("languages") == ["de", "en", "fr"])
        let removed = try await post("/settings", [("action", "remove-language en")])
        #expect(removed.status == .seeOther)
        #expect(try stored("languages") == ["de", "fr"])
    }

    @Test func aWrongSettingIsShownAtItsFieldWithTheTypedValue() async throws {
        let before = version
        let response = try await post("/settings", [("timeZone", "Mars/Olympus"), ("title.de", "Getippt")])
        #expect(response.status == .unprocessableContent)
        let html = response.text
        #expect(html.contains("id=\"field-timeZone-error\""))
        #expect(html.contains("value=\"Mars/Olympus\""))
        #expect(html.contains("value=\"Getippt\""))
        #expect(html.contains("href=\"#field-timeZone\""))
        #expect(version == before)
    }

    @Test func errorsOfAccessAnonymousAndOpenQuestionnaireAreTiedToTheirControls() async throws {
        let response = try await post(
            "/settings", [("access", "weird"), ("anonymous", "vielleicht"), ("publicQuestionnaire", "vielleicht")])
        #expect(response.status == .unprocessableContent)
        let html = response.text
        for (id, controls) in [("access", 2), ("anonymous", 1), ("publicQuestionnaire", 1)] {
            #expect(html.contains(#"<p class="error" id="field-\#(id)-error">"#), "\(id)")
            let tied = #"aria-describedby="field-\#(id)-error" aria-invalid="true""#
            #expect(html.ranges(of: tied).count == controls, "\(id)")
        }
    }

    @Test func theTimeZoneFieldSuggestsCommonZonesBerlinFirst() async throws {
        var office = try await site.office()
        let html = await office.get("/admin/designer/alle-typen/settings").text
        #expect(
            html.contains(#"name="timeZone" aria-describedby="field-timeZone-help" list="field-timeZone-suggestions""#))
        let list = try #require(html.firstRange(of: #"<datalist id="field-timeZone-suggestions">"#))
        let options = html[list.upperBound...].split(separator: "</datalist>").first ?? ""
        let zones = options.matches(of: /value="([^"]*)"/).map { String($0.output.1) }
        #expect(zones == DesignerSettingsPage.commonTimeZones)
        #expect(zones.first == "Europe/Berlin" && zones.last == "UTC")
    }

    @Test func aFormOfAnOlderVersionIsAConflict() async throws {
        let response = try await post(
            "/settings", [("title.de", "Zu spät")], version: String(repeating: "0", count: 64))
        #expect(response.status == .conflict)
        #expect(try stored("title.de") != "Zu spät")
    }
}

/// The structure buttons of the overview: each lands at what it created or moved.
@Suite struct DesignerStructureTests {
    let site: TestSite
    let files: DefinitionFiles

    init() throws {
        site = try TestSite()
        files = DefinitionFiles(folder: site.surveys)
    }

    private func post(_ fields: [(String, String)]) async throws -> HTTPResponse {
        var office = try await site.office()
        let version = try files.current(id: "alle-typen").version
        let page = "/admin/designer/alle-typen"
        return await office.submitForm(on: page, to: page, [("version", version)] + fields)
    }

    private func questionIDs(page: Int) throws -> [String] {
        let json = JSON(try JSONDocument(parsing: files.current(id: "alle-typen").bytes).root)
        return json["pages"]?.elements?[page]["questions"]?.elements?.compactMap { $0["id"]?.string } ?? []
    }

    @Test func theOverviewOffersEveryButtonWithWordsForScreenReaders() async throws {
        var office = try await site.office()
        let html = await office.get("/admin/designer/alle-typen").text
        #expect(html.contains("value=\"move-question 0 1 0\""))
        #expect(html.contains("Frage „mail“ nach oben"))
        #expect(html.contains("value=\"add-question 0 @type-0\""))
        #expect(html.contains("value=\"move-question-to-page 0 0 @to-page-0-0\""))
        #expect(html.contains("href=\"/admin/designer/alle-typen/questions/mail\""))
        #expect(html.contains("href=\"/admin/designer/alle-typen/pages/2\""))
        #expect(html.contains("value=\"add-page\""))
    }

    @Test func movesLandWhereThePartWent() async throws {
        let up = try await post([("action", "move-question 0 1 0")])
        #expect(
            up.headers["Location"]
                == "/admin/designer/alle-typen?saved=1&at=field-pages.0.questions.0#field-pages.0.questions.0")
        #expect(try questionIDs(page: 0).prefix(2) == ["mail", "name"])
        let page = try await post([("action", "move-page 1 0")])
        #expect(page.headers["Location"] == "/admin/designer/alle-typen?saved=1&at=field-pages.0#field-pages.0")
        let moved = try await post([("to-page-1-0", "1"), ("action", "move-question-to-page 1 0 @to-page-1-0")])
        #expect(
            moved.headers["Location"]
                == "/admin/designer/alle-typen?saved=1&at=field-pages.1.questions.5#field-pages.1.questions.5")
        #expect(try questionIDs(page: 1).last == "mail")
    }

    @Test func addedAndDuplicatedQuestionsAreOpenedAt() async throws {
        let added = try await post([("type-1", "scale"), ("action", "add-question 1 @type-1")])
        let count = try questionIDs(page: 1).count
        #expect(
            added.headers["Location"]
                == "/admin/designer/alle-typen?saved=1&at=field-pages.1.questions.\(count - 1)#field-pages.1.questions.\(count - 1)"
        )
        let copy = try await post([("action", "duplicate-question 0 0")])
        #expect(
            copy.headers["Location"]
                == "/admin/designer/alle-typen?saved=1&at=field-pages.0.questions.1#field-pages.0.questions.1")
        let deleted = try await post([("action", "delete-question 0 1")])
        #expect(deleted.headers["Location"] == "/admin/designer/alle-typen?saved=1&at=field-pages.0#field-pages.0")
    }

    @Test func aRefusedDeleteIsShownOnTheOverview() async throws {
        // „art“ is read by the condition of „viele“, so it cannot be deleted first.
        let response = try await post([("action", "delete-question 0 3")])
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains("„art“ wird in Bedingungen oder Regeln verwendet"))
        #expect(try questionIDs(page: 0).contains("art"))
    }
}

/// The page editor: id, texts and the condition of one page.
@Suite struct DesignerPageEditorTests {
    let site: TestSite
    let files: DefinitionFiles

    init() throws {
        site = try TestSite()
        files = DefinitionFiles(folder: site.surveys)
    }

    private func post(_ fields: [(String, String)], page: String = "2") async throws -> HTTPResponse {
        var office = try await site.office()
        let version = try files.current(id: "alle-typen").version
        let address = "/admin/designer/alle-typen/pages/" + page
        return await office.submitForm(on: address, to: address, [("version", version)] + fields)
    }

    private func stored(_ path: String) throws -> JSON? {
        JSON(try JSONDocument(parsing: files.current(id: "alle-typen").bytes).root).value(
            at: try #require(DefinitionPath(parsing: path)))
    }

    @Test func aPageIsSavedAndTheEditorOpensAgain() async throws {
        let response = try await post([("pages[1].title.en", "Page two"), ("pages[1].visibleIf", "art == 'a'")])
        #expect(response.status == .seeOther)
        #expect(response.headers["Location"] == "/admin/designer/alle-typen/pages/2?saved=1")
        #expect(try stored("pages[1].title.en") == "Page two")
        #expect(try stored("pages[1].visibleIf") == "art == 'a'")
    }

    @Test func aWrongConditionIsShownAtItsFieldWithTheTypedText() async throws {
        let response = try await post([("pages[1].visibleIf", "artt == 'a'")])
        #expect(response.status == .unprocessableContent)
        #expect(response.text.contains("id=\"field-pages.1.visibleIf-error\""))
        #expect(response.text.contains("value=\"artt == &#39;a&#39;\"") || response.text.contains("artt == 'a'"))
        #expect(response.text.contains("href=\"#field-pages.1.visibleIf\""))
        #expect(try stored("pages[1].visibleIf") == nil)
    }

    @Test func aPageNumberOutsideTheSurveyIsNotFound() async throws {
        var office = try await site.office()
        for number in ["0", "4", "x", "-1"] {
            #expect(await office.get("/admin/designer/alle-typen/pages/\(number)").status == .notFound, "\(number)")
        }
    }
}

/// The buttons of the settings read back as their edits.
@Suite struct DesignerSettingsActionTests {
    @Test func removeAndAddEntryButtonsReadBack() throws {
        let edits: [DefinitionEdit] = [
            .remove(try #require(DefinitionPath(parsing: "participantFields[1].options[0]"))),
            .addEntry(.participantFields), .addEntry(.fieldOptions(2)), .addEntry(.reportSections),
        ]
        for edit in edits {
            let value = DesignerAction.value(of: edit)
            #expect(value.flatMap { DesignerAction.edit($0, form: URLEncodedForm()) } == edit, "\(edit)")
        }
        for nonsense in ["add-entry report", "add-entry pages[0]", "remove [x", "remove"] {
            #expect(DesignerAction.edit(nonsense, form: URLEncodedForm()) == nil, "\(nonsense)")
        }
    }
}
