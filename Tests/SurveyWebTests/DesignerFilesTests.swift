import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// The versions page and restoring, new surveys, and uploading a definition.
@Suite struct DesignerFilesTests {
    let site: TestSite
    let files: DefinitionFiles
    static let overview = "/admin/designer/alle-typen"
    static let versions = "/admin/designer/alle-typen/versions"

    init() throws {
        site = try TestSite()
        files = DefinitionFiles(folder: site.surveys)
    }

    private func stored(_ id: String = "alle-typen") throws -> JSON {
        JSON(try JSONDocument(parsing: files.current(id: id).bytes).root)
    }

    private func actions() throws -> [AuditAction] {
        try site.application.office.audit.entries().map(\.action)
    }

    // MARK: Versions

    @Test func theVersionsPageShowsEachChangeAndRestoresAfterShowingWhatChanges() async throws {
        var office = try await site.office()
        let first = try files.current(id: "alle-typen").version
        let saved = await office.submitForm(
            on: Self.overview, to: Self.overview, [("version", first), ("pages[1].title.de", "Zweite Seite")])
        #expect(saved.status == .seeOther)
        let list = await office.get(Self.versions)
        #expect(list.status == .ok)
        #expect(list.text.contains("Anna Meier") || list.text.contains("aktuell"))
        #expect(list.text.contains("Seite „zwei“"), "grouped by page")
        #expect(list.text.contains("„Seite zwei“"))
        #expect(list.text.contains("<code>\(first.prefix(10))</code>"))
        #expect(list.text.contains("?restore=\(first)"))

        let confirm = await office.get(Self.versions + "?restore=\(first)")
        #expect(confirm.status == .ok)
        #expect(confirm.text.contains("„Zweite Seite“"))
        let current = try files.current(id: "alle-typen").version
        #expect(try files.current(id: "alle-typen").version == current, "showing changes nothing")
        let restored = await office.submitForm(
            on: Self.versions, to: Self.versions, [("version", current), ("restore", first)])
        #expect(restored.status == .seeOther)
        #expect(try files.current(id: "alle-typen").bytes == files.bytes(of: "alle-typen", version: first))
        #expect(try actions().suffix(2) == [.definitionChanged, .definitionRestored])
        let stale = await office.submitForm(
            on: Self.versions, to: Self.versions, [("version", current), ("restore", first)])
        #expect(stale.status == .conflict)
        let unknown = await office.submitForm(
            on: Self.versions, to: Self.versions, [("version", first), ("restore", String(repeating: "0", count: 64))])
        #expect(unknown.status == .notFound)
        #expect(unknown.text.contains("Diese Version ist nicht gespeichert."))
    }

    @Test func aRestoreThatWouldDropAnswersAsksFirst() async throws {
        var office = try await site.office()
        let first = try files.current(id: "alle-typen").version
        let delete = DesignerAction.value(of: .deleteQuestion(QuestionAddress(page: 0, index: 4)))!
        let deleted = await office.submitForm(
            on: Self.overview, to: Self.overview, [("version", first), ("action", delete)])
        #expect(deleted.status == .seeOther)
        // The second version lacks "liste"; once it has an answer, going back to that version removes it.
        let second = try files.current(id: "alle-typen").version
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        _ = try log.appendBatch([
            AppendRequest(.submit(answers: ["liste": "x"]), responseID: "r1", definitionVersion: "v")
        ])[0].get()
        let restoredBack = await office.submitForm(
            on: Self.versions, to: Self.versions, [("version", second), ("restore", first)])
        #expect(restoredBack.status == .seeOther, "bringing a question back drops nothing")
        let now = try files.current(id: "alle-typen").version
        let again = await office.submitForm(
            on: Self.versions, to: Self.versions, [("version", now), ("restore", second)])
        #expect(again.status == .ok)
        #expect(again.text.contains("„liste“ wird entfernt; 1 abgeschickte Antwort enthält sie."))
        #expect(again.text.contains(#"name="restore" value="\#(second)""#))
        #expect(try files.current(id: "alle-typen").version == now)
    }

    // MARK: New surveys

    @Test func aBlankSurveyIsCreatedOnlineAndAudited() async throws {
        var office = try await site.office()
        let page = await office.get("/admin/designer/new")
        #expect(page.status == .ok)
        let created = await office.submitForm(
            on: "/admin/designer/new", to: "/admin/designer/new",
            [
                ("kind", "blank"), ("blank.id", "medien-2027"), ("blank.title", "Medien 2027"),
                ("blank.languages", "de"), ("blank.languages", "en"),
            ])
        #expect(created.status == .seeOther)
        #expect(created.headers["Location"] == "/admin/designer/medien-2027?saved=1")
        let json = try stored("medien-2027")
        #expect(json["title"]?["en"]?.string == "Medien 2027")
        #expect(site.application.responseLog(of: "medien-2027") != nil, "online at once")
        #expect(try actions().last == .definitionCreated)
        let bytes = try files.current(id: "medien-2027").bytes
        #expect(CanonicalDefinition.write(json).bytes == bytes, "written canonically")
    }

    @Test func newSurveyErrorsStandAtTheirFields() async throws {
        var office = try await site.office()
        let refused = await office.submitForm(
            on: "/admin/designer/new", to: "/admin/designer/new",
            [("kind", "blank"), ("blank.id", "Alle Typen"), ("blank.title", " ")])
        #expect(refused.status == .unprocessableContent)
        let text = refused.text
        #expect(text.contains(#"id="field-blank.id-error""#))
        #expect(text.contains("„Alle Typen“ ist keine gültige Kennung"))
        #expect(text.contains(#"id="field-blank.title-error""#))
        #expect(text.contains("Bitte wählen Sie mindestens eine Sprache."))
        #expect(text.contains(##"href="#field-blank.id""##), "the summary links to the field")
        let taken = await office.submitForm(
            on: "/admin/designer/new", to: "/admin/designer/new",
            [("kind", "blank"), ("blank.id", "alle-typen"), ("blank.title", "X"), ("blank.languages", "de")])
        #expect(taken.text.contains("Die Kennung „alle-typen“ ist schon vergeben."))
        let reserved = await office.submitForm(
            on: "/admin/designer/new", to: "/admin/designer/new",
            [("kind", "blank"), ("blank.id", "new"), ("blank.title", "X"), ("blank.languages", "de")])
        #expect(reserved.status == .unprocessableContent)
    }

    @Test func aWaveKeepsTheQuestionsWithNewIDDatesAndTitle() async throws {
        var office = try await site.office()
        let badDate = await office.submitForm(
            on: "/admin/designer/new", to: "/admin/designer/new",
            [("kind", "wave"), ("wave.source", "alle-typen"), ("wave.id", "alle-typen-2"), ("wave.opens", "1.9.2027")])
        #expect(badDate.status == .unprocessableContent)
        #expect(badDate.text.contains("„1.9.2027“ ist kein Datum der Form JJJJ-MM-TT."))
        let created = await office.submitForm(
            on: "/admin/designer/new", to: "/admin/designer/new",
            [
                ("kind", "wave"), ("wave.source", "alle-typen"), ("wave.id", "alle-typen-2"),
                ("wave.titleSuffix", " (2. Welle)"), ("wave.opens", "2027-09-01"), ("wave.closes", ""),
            ])
        #expect(created.status == .seeOther)
        let wave = try stored("alle-typen-2")
        #expect(wave["opens"]?.string == "2027-09-01")
        #expect(wave["closes"] == nil)
        #expect(wave["title"]?["de"]?.string?.hasSuffix(" (2. Welle)") == true)
        #expect(wave["participantFields"] == (try stored())["participantFields"])
    }

    @Test func aTemplateIsCopiedWithANewIDAndTitle() async throws {
        var office = try await site.office()
        let created = await office.submitForm(
            on: "/admin/designer/new", to: "/admin/designer/new",
            [
                ("kind", "template"), ("template.source", "alle-typen"), ("template.id", "vorlage-kopie"),
                ("template.title", "Kopie"),
            ])
        #expect(created.status == .seeOther)
        let copy = try stored("vorlage-kopie")
        #expect(copy["title"]?["de"]?.string == "Kopie")
        #expect(copy["opens"] == nil)
        let original = try #require(
            Survey.load(bytes: files.current(id: "alle-typen").bytes, file: "alle-typen.json").survey)
        let loaded = try #require(
            Survey.load(bytes: files.current(id: "vorlage-kopie").bytes, file: "vorlage-kopie.json").survey)
        let diff = DefinitionDiff(old: original, new: loaded)
        #expect(diff.changes.allSatisfy { $0.page == nil }, "only the survey's settings differ: \(diff.changes)")
    }

    // MARK: Upload

    private func csrf(_ office: inout TestBrowser, _ page: String) async -> [(String, String)] {
        TestBrowser.hiddenFields(named: ["_csrf", "version"], in: await office.get(page).text)
    }

    @Test func anUploadThatDoesNotLoadNamesLineAndColumnAndSavesNothing() async throws {
        var office = try await site.office()
        let page = Self.overview + "/upload"
        let before = try files.current(id: "alle-typen").bytes
        let broken = Array("{\n  \"id\": \"alle-typen\",\n  \"title\": \n}".utf8)
        let refused = await office.post(page, await csrf(&office, page), file: ("file", "x.json", broken))
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("Zeile 4, Spalte 1"), "\(refused.text)")
        let english = await office.post(
            page + "?lang=en", await csrf(&office, page), file: ("file", "x.json", broken))
        #expect(english.text.contains("Line 4, column 1"))
        let huge = [UInt8](repeating: 32, count: UploadedDefinition.sizeLimit + 1)
        let tooLarge = await office.post(page, await csrf(&office, page), file: ("file", "x.json", huge))
        #expect(tooLarge.text.contains("Die Datei ist größer als 1024 KB."))
        let otherID = Array(
            String(decoding: before, as: UTF8.self).replacingOccurrences(of: "\"alle-typen\"", with: "\"andere\"").utf8)
        let mismatch = await office.post(page, await csrf(&office, page), file: ("file", "x.json", otherID))
        #expect(mismatch.text.contains("Die Datei nennt die Kennung „andere“, erwartet ist „alle-typen“."))
        #expect(try files.current(id: "alle-typen").bytes == before)
    }

    @Test func anUploadReplacesTheFileCanonicallyAndCreatesNewOnes() async throws {
        var office = try await site.office()
        let page = Self.overview + "/upload"
        var json = try stored()
        json = try DefinitionEdit.set(.root.appending("closes"), "2027-06-30").apply(to: json)
        let uploaded = await office.post(
            page, await csrf(&office, page), file: ("file", "alle-typen.json", Array(json.serialized().utf8)))
        #expect(uploaded.status == .seeOther)
        #expect(try stored()["closes"]?.string == "2027-06-30")
        #expect(try files.current(id: "alle-typen").bytes == CanonicalDefinition.write(json).bytes)

        var fresh = json
        fresh = try DefinitionEdit.set(.root.appending("id"), "hochgeladen").apply(to: fresh)
        let created = await office.post(
            "/admin/designer/new/upload", await csrf(&office, "/admin/designer/new"),
            file: ("file", "neu.json", Array(fresh.serialized().utf8)))
        #expect(created.status == .seeOther)
        #expect(try stored("hochgeladen")["id"]?.string == "hochgeladen")
    }
}
