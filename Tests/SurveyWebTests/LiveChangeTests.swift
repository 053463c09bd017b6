import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// Changing a survey that already has responses: answered values stay, drops and hides are confirmed.
@Suite struct LiveChangeTests {
    let site: TestSite
    let files: DefinitionFiles
    static let page = "/admin/designer/alle-typen"

    init() throws {
        site = try TestSite()
        files = DefinitionFiles(folder: site.surveys)
    }

    /// Three submitted responses that chose option "x" of question "liste" and answered "name".
    private func submitAnswers() throws {
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        for number in 1...3 {
            let answers: JSON = ["name": .string("Schule \(number)"), "liste": "x", "matrix": ["r1": 2]]
            _ = try log.appendBatch([
                AppendRequest(.submit(answers: answers), responseID: "antwort-\(number)", definitionVersion: "v")
            ])[0].get()
        }
    }

    private func change() -> DesignerChange {
        var change = DesignerChange(files: files, ui: .de)
        change.log = site.application.responseLog(of: "alle-typen")
        return change
    }

    private func form(_ fields: [(String, String)]) throws -> URLEncodedForm {
        let version = try files.current(id: "alle-typen").version
        return URLEncodedForm(fields: [("version", version)] + fields.map { (name: $0.0, value: $0.1) })
    }

    @Test func anAnsweredValueMayNotChangeButItsLabelMay() throws {
        try submitAnswers()
        let field = "pages[0].questions[4].options[0].value"
        let refused = try change().perform(id: "alle-typen", form: form([(field, "x2")]), author: "anna")
        guard case .rejected(let document) = refused else {
            Issue.record("not refused: \(refused.summary)")
            return
        }
        let messages = document.messages(at: DefinitionPath(parsing: field)!)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("„x“ steckt in 3 abgeschickten Antworten") == true, "\(messages)")
        let row = try change().perform(
            id: "alle-typen", form: form([("pages[1].questions[2].rows[0].value", "z1")]), author: "anna")
        guard case .rejected(let rowDocument) = row else {
            Issue.record("row not refused: \(row.summary)")
            return
        }
        #expect(!rowDocument.messages(at: DefinitionPath(parsing: "pages[1].questions[2].rows[0].value")!).isEmpty)
        let label = try change().perform(
            id: "alle-typen", form: form([("pages[0].questions[4].options[0].label.de", "Neu")]), author: "anna")
        guard case .saved = label else {
            Issue.record("label not saved: \(label.summary)")
            return
        }
        // An unanswered value changes freely.
        let unanswered = try change().perform(
            id: "alle-typen", form: form([("pages[0].questions[4].options[1].value", "y2")]), author: "anna")
        guard case .saved = unanswered else {
            Issue.record("unanswered value not saved: \(unanswered.summary)")
            return
        }
    }

    @Test func removingOrHidingAnsweredPartsAsksFirst() throws {
        try submitAnswers()
        let delete = DesignerAction.value(of: .deleteQuestion(QuestionAddress(page: 0, index: 4)))!
        let asked = try change().perform(id: "alle-typen", form: form([("action", delete)]), author: "anna")
        guard case .needsConfirmation(_, let consequences) = asked else {
            Issue.record("not asked: \(asked.summary)")
            return
        }
        #expect(
            consequences == [
                "Die Frage „liste“ wird entfernt; 3 abgeschickte Antworten enthalten sie. Ihre Antworten bleiben gespeichert, werden aber nicht mehr gezeigt und ausgewertet."
            ])
        let hide = try change().perform(
            id: "alle-typen", form: form([("pages[0].questions[4].visibleIf", "anzahl > 3")]), author: "anna")
        guard case .needsConfirmation(_, let hidden) = hide else {
            Issue.record("not asked: \(hide.summary)")
            return
        }
        #expect(hidden.first?.contains("nur noch gezeigt, wenn „anzahl > 3“ gilt") == true, "\(hidden)")
        let confirmed = try change().perform(
            id: "alle-typen", form: form([("action", delete), ("confirm", "1")]), author: "anna")
        guard case .saved = confirmed else {
            Issue.record("not saved after confirming: \(confirmed.summary)")
            return
        }
    }

    @Test func withoutAnswersNothingIsAsked() throws {
        let delete = DesignerAction.value(of: .deleteQuestion(QuestionAddress(page: 0, index: 4)))!
        let outcome = try change().perform(id: "alle-typen", form: form([("action", delete)]), author: "anna")
        guard case .saved = outcome else {
            Issue.record("asked without answers: \(outcome.summary)")
            return
        }
    }

    @Test func theConfirmationPagePostsTheSameFormAgain() async throws {
        try submitAnswers()
        var office = try await site.office()
        let version = try files.current(id: "alle-typen").version
        let delete = DesignerAction.value(of: .deletePage(0))!
        let asked = await office.submitForm(
            on: Self.page, to: Self.page, [("version", version), ("pages[1].title.de", "Zwei"), ("action", delete)])
        #expect(asked.status == .ok)
        let body = asked.text
        #expect(body.contains("Die Seite „eins“ wird entfernt; 3 abgeschickte Antworten beantworten Fragen auf ihr."))
        #expect(body.contains(#"name="pages[1].title.de" value="Zwei""#))
        #expect(body.contains(#"name="confirm" value="1""#))
        #expect(try files.current(id: "alle-typen").version == version)
        let confirmed = await office.submitForm(
            on: Self.page, to: Self.page,
            [("version", version), ("pages[1].title.de", "Zwei"), ("action", delete), ("confirm", "1")])
        #expect(confirmed.status == .seeOther)
        let saved = JSON(try JSONDocument(parsing: files.current(id: "alle-typen").bytes).root)
        #expect(saved.value(at: DefinitionPath(parsing: "pages[0].title.de")!) == "Zwei")
    }

    @Test func aConflictShowsTheirChangesYourEntriesAndTheVersions() async throws {
        var office = try await site.office()
        let version = try files.current(id: "alle-typen").version
        let first = await office.submitForm(
            on: Self.page, to: Self.page, [("version", version), ("pages[1].title.de", "Von Anna")])
        #expect(first.status == .seeOther)
        let stale = await office.submitForm(
            on: Self.page, to: Self.page, [("version", version), ("pages[2].title.de", "Von Bernd")])
        #expect(stale.status == .conflict)
        let body = stale.text
        #expect(body.contains("Ihre Eingaben"))
        #expect(body.contains("<code>pages[2].title.de</code></dt><dd>Von Bernd</dd>"))
        #expect(body.contains("Von Anna"))
        #expect(body.contains(#"href="/admin/designer/alle-typen/versions""#))
    }
}

extension DesignerChange.Outcome {
    /// The outcome in one line for a failed expectation: its case and its problems, not the whole definition.
    var summary: String {
        switch self {
        case .saved(let version, _): "saved \(version)"
        case .rejected(let document): "rejected: \(document.problems.map(\.message))"
        case .conflict: "conflict"
        case .needsConfirmation(_, let consequences): "asks: \(consequences)"
        }
    }
}
