import Foundation
import HTTPServer
import HTTPServerTesting
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// What a posted page may make the server keep: bounded values, clean text, nothing beyond a question's limits.
@Suite struct DraftLimitTests {
    /// Enters with the personal link and returns the browser holding the grant.
    private func enter(_ site: TestSite) async -> TestBrowser {
        var browser = site.browser()
        _ = await browser.get("/t/\(site.token)")
        return browser
    }

    /// The fields of the only draft in the log.
    private func storedDraft(_ site: TestSite, sourceLocation: SourceLocation = #_sourceLocation) throws -> FormValues {
        let log = try #require(site.application.responseLog(of: "alle-typen"), sourceLocation: sourceLocation)
        let id = try #require(log.view.drafts.keys.first, sourceLocation: sourceLocation)
        return FormValues(
            draft: try #require(try log.draftAnswers(of: id), sourceLocation: sourceLocation), language: "de")
    }

    @Test func forgedRepeatsAndUnknownFieldsAreDroppedWhileDecoding() async throws {
        let site = try TestSite()
        var browser = await enter(site)
        // About 240 KB, just under the body limit: one checkbox 25,000 times, and fields no page has.
        let forged =
            Array(repeating: ("viele", "m1"), count: 25_000) + (0..<1_000).map { ("fremd\($0)", "x") }
        let response = await browser.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", [("_action", "save"), ("art", "a")] + forged)
        #expect(response.status == .seeOther)
        let draft = try storedDraft(site)
        // Three options and "other": a form can post no more.
        #expect(draft.values("viele").count <= 4)
        #expect(draft.fields.keys.allSatisfy { !$0.hasPrefix("fremd") })
        let posted = URLEncodedForm(fields: forged.map { (name: $0.0, value: $0.1) })
        let decoded = FormValues(form: posted, questions: Fixtures.allTypes.questions)
        #expect(decoded.fields.values.map(\.count).reduce(0, +) == 4)
    }

    @Test func draftDoesNotKeepTextBeyondMaxLengthButShowsItBack() async throws {
        let site = try TestSite()
        var browser = await enter(site)
        _ = await browser.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", [("_action", "save"), ("name", "Am Bach")])
        let long = String(repeating: "x", count: 51)
        let refused = await browser.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins",
            [("_action", "save"), ("name", long), ("anzahl", "7")])
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("value=\"\(long)\""))
        #expect(refused.text.contains("href=\"#f-name\""))
        let draft = try storedDraft(site)
        // The last good name stays; the valid number of the same post is kept.
        #expect(draft["name"] == "Am Bach")
        #expect(draft["anzahl"] == "7")
    }

    @Test func draftDoesNotKeepNumbersOutOfRange() async throws {
        let site = try TestSite()
        var browser = await enter(site)
        let refused = await browser.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", [("_action", "back"), ("anzahl", "101")])
        #expect(refused.status == .unprocessableContent)
        #expect(try storedDraft(site)["anzahl"] == nil)
    }

    @Test func controlCharactersAreRemovedBeforeStorage() async throws {
        let site = try TestSite()
        var browser = await enter(site)
        _ = await browser.submitForm(
            on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins",
            [("_action", "save"), ("name", "\u{1B}[2JAm\u{0} Bach\u{85}")])
        #expect(try storedDraft(site)["name"] == "[2JAm Bach")
    }
}
