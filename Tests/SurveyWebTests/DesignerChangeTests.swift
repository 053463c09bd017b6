import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// The path every designer form takes: edits on the form's version, the loader's verdict, the locked save.
@Suite struct DesignerChangeTests {
    let site: TestSite
    let files: DefinitionFiles
    let change: DesignerChange

    init() throws {
        site = try TestSite()
        files = DefinitionFiles(folder: site.surveys)
        change = DesignerChange(files: files, ui: .de)
    }

    private func form(_ fields: [(String, String)], version: String? = nil) throws -> URLEncodedForm {
        let current = try files.current(id: "alle-typen").version
        return URLEncodedForm(fields: [("version", version ?? current)] + fields.map { (name: $0.0, value: $0.1) })
    }

    private func stored() throws -> JSON {
        JSON(try JSONDocument(parsing: files.current(id: "alle-typen").bytes).root)
    }

    @Test func changedFieldsAreSavedAndUnchangedOnesMakeNoEdit() throws {
        let outcome = try change.perform(
            id: "alle-typen",
            form: form([
                ("pages[0].questions[2].title.de", "Wie viele Geräte?"),
                ("pages[0].questions[2].title.en", "Anzahl <n>"),
                ("pages[0].questions[2].max", "1.000,0"), ("pages[0].questions[2].required", ""),
                ("pages[0].questions[2].required", "true"),
            ]), author: "anna")
        guard case .saved(_, let created) = outcome else {
            Issue.record("not saved: \(outcome)")
            return
        }
        #expect(created == nil)
        let after = try stored()
        #expect(after.value(at: DefinitionPath(parsing: "pages[0].questions[2].title.de")!) == "Wie viele Geräte?")
        #expect(after.value(at: DefinitionPath(parsing: "pages[0].questions[2].max")!) == .number(1000))
        #expect(after.value(at: DefinitionPath(parsing: "pages[0].questions[2].required")!) == .bool(true))
        #expect(try files.versions(of: "alle-typen").first?.author == "anna")
    }

    @Test func anErrorIsShownAtItsFieldAndNothingIsWritten() throws {
        let before = try files.current(id: "alle-typen")
        let outcome = try change.perform(
            id: "alle-typen", form: form([("pages[0].questions[2].min", "zehn")]), author: "anna")
        guard case .rejected(let document) = outcome else {
            Issue.record("saved: \(outcome)")
            return
        }
        let path = DefinitionPath(parsing: "pages[0].questions[2].min")!
        #expect(!document.messages(at: path).isEmpty, "\(document.problems)")
        #expect(document.json.value(at: path) == "zehn")
        #expect(try files.current(id: "alle-typen").bytes == before.bytes)
    }

    @Test func aRefusedEditNamesItsButton() throws {
        let outcome = try change.perform(
            id: "alle-typen", form: form([("action", "move-page 0 9")]), author: "anna")
        guard case .rejected(let document) = outcome else {
            Issue.record("saved: \(outcome)")
            return
        }
        #expect(document.errors.first?.path == DefinitionPath(parsing: "pages[0]"))
    }

    @Test func anActionAfterTypedFieldsKeepsBothAndNamesWhatItCreated() throws {
        let outcome = try change.perform(
            id: "alle-typen",
            form: form([("pages[1].title.de", "Zweite Seite"), ("type", "single"), ("action", "add-question 1 @type")]),
            author: "anna")
        guard case .saved(_, let created) = outcome else {
            Issue.record("not saved: \(outcome)")
            return
        }
        let after = try stored()
        #expect(after.value(at: DefinitionPath(parsing: "pages[1].title.de")!) == "Zweite Seite")
        let path = try #require(created)
        #expect(after.value(at: path.appending("type")) == "single")
    }

    @Test func aFormBuiltOnAnOlderVersionShowsWhatTheOtherPersonChanged() throws {
        let old = try files.current(id: "alle-typen").version
        _ = try change.perform(id: "alle-typen", form: form([("pages[0].title.de", "Andere")]), author: "bernd")
        let outcome = try change.perform(
            id: "alle-typen", form: form([("pages[0].title.de", "Meine")], version: old), author: "anna")
        guard case .conflict(let current, let theirs) = outcome else {
            Issue.record("saved: \(outcome)")
            return
        }
        #expect(current.json.value(at: DefinitionPath(parsing: "pages[0].title.de")!) == "Andere")
        #expect(theirs.count == 1)
        #expect(try stored().value(at: DefinitionPath(parsing: "pages[0].title.de")!) == "Andere")
    }

    @Test func emptyOptionalTextsAreRemovedAndRequiredOnesStay() throws {
        _ = try change.perform(
            id: "alle-typen",
            form: form([("pages[0].questions[0].help.de", "Hilfe"), ("pages[0].questions[0].help.en", "Help")]),
            author: "anna")
        let outcome = try change.perform(
            id: "alle-typen",
            form: form([("pages[0].questions[0].help.de", " "), ("pages[0].questions[0].help.en", "")]),
            author: "anna")
        guard case .saved = outcome else {
            Issue.record("not saved: \(outcome)")
            return
        }
        #expect(try stored().value(at: DefinitionPath(parsing: "pages[0].questions[0].help")!) == nil)
    }

    @Test func buttonValuesReadBackAsTheirEdits() {
        let question = QuestionAddress(page: 1, index: 2)
        let edits: [DefinitionEdit] = [
            .addPage, .renamePage(0, id: "start"), .movePage(1, to: 0), .deletePage(2), .addQuestion(.matrix, page: 1),
            .renameQuestion(question, id: "neu"), .duplicateQuestion(question), .moveQuestion(question, to: 0),
            .moveQuestionToPage(question, page: 0), .deleteQuestion(question), .changeType(question, to: .date),
            .addChoice(.rows(question)), .removeChoice(.options(question), 3),
            .moveChoice(.options(question), 1, to: 2),
            .setChoiceValue(.options(question), 0, "a1"), .setOther(question, true), .setNotApplicable(question, false),
            .addLanguage("fr"), .removeLanguage("en"),
        ]
        for edit in edits {
            let value = DesignerAction.value(of: edit)
            #expect(value.flatMap { DesignerAction.edit($0, form: URLEncodedForm()) } == edit, "\(edit)")
        }
        for nonsense in [
            "", "add-page 1", "move-page x 1", "add-question 1 essay", "remove-choice cells 0 0 0",
            "set-other 0 0 maybe",
        ] {
            #expect(DesignerAction.edit(nonsense, form: URLEncodedForm()) == nil, "\(nonsense)")
        }
    }
}

/// The overview takes every designer form and answers like every editing page.
@Suite struct DesignerOverviewPostTests {
    @Test func aButtonSavesAndLeadsToWhatItCreated() async throws {
        let site = try TestSite()
        var office = try await site.office()
        let version = try DefinitionFiles(folder: site.surveys).current(id: "alle-typen").version
        let page = "/admin/designer/alle-typen"
        let response = await office.submitForm(on: page, to: page, [("version", version), ("action", "add-page")])
        #expect(response.status == .seeOther)
        #expect(response.headers["Location"] == "/admin/designer/alle-typen?saved=1&at=field-pages.3#field-pages.3")
        let stale = await office.submitForm(on: page, to: page, [("version", version), ("action", "add-page")])
        #expect(stale.status == .conflict)
    }
}
