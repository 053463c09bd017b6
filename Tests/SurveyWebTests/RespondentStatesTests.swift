import Foundation
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// Parsed answers and plans are kept per stored revision: never another respondent's, never an old one.
@Suite struct RespondentStatesTests {
    private func save(_ note: String, _ browser: inout TestBrowser) async {
        let saved = await browser.submitForm(
            on: "/s/oeffentlich/p/eins", to: "/s/oeffentlich/p/eins", [("_action", "save"), ("note", note)])
        #expect(saved.location == "/s/oeffentlich/p/eins?saved=1")
    }

    private func checked(_ browser: inout TestBrowser) async -> [String] {
        let page = await browser.get("/s/oeffentlich/p/eins").text
        return page.matches(of: /name="note" value="(\d)" checked/).map { String($0.1) }
    }

    @Test func twoRespondentsEachSeeTheirOwnAnswersAndTheirLatest() async throws {
        let site = try TestSite(survey: "oeffentlich")
        var first = site.browser()
        var second = site.browser()
        _ = await first.get("/s/oeffentlich")
        _ = await second.get("/s/oeffentlich")
        await save("2", &first)
        await save("5", &second)
        for _ in 0..<2 {
            #expect(await checked(&first) == ["2"])
            #expect(await checked(&second) == ["5"])
        }
        await save("3", &first)
        #expect(await checked(&first) == ["3"])
        #expect(await checked(&second) == ["5"])
    }

    @Test func aStateIsKeptPerRevisionWithinTheBound() throws {
        let site = try TestSite(survey: "oeffentlich")
        let entry = try #require(site.application.services.catalog.entry("oeffentlich"))
        let today = entry.survey.today(at: site.clock.now)
        func visit(_ responseID: String) -> Visit {
            let grant = Grant(
                surveyID: entry.survey.id, responseID: responseID, participantID: nil, generation: 0,
                expires: site.clock.now.addingTimeInterval(3600))
            return Visit(
                entry: entry, grant: grant, csrf: "c", context: RenderContext(survey: entry.survey, language: nil),
                participant: [:], path: "/s/oeffentlich/p/eins")
        }
        func draft(_ responseID: String, note: Double) throws {
            let request = AppendRequest(
                .draft(page: "eins", answers: ["note": .number(note)]), responseID: responseID,
                definitionVersion: entry.version)
            guard case .failure(let error) = entry.log.appendBatch([request])[0] else { return }
            throw error
        }
        let states = RespondentStates(capacity: 3)
        try draft("a", note: 1)
        #expect(try states.state(of: visit("a"), today: today).values.values("note") == ["1"])
        #expect(states.count == 1)
        #expect(try states.state(of: visit("a"), today: today).values.values("note") == ["1"])
        #expect(states.count == 1)
        try draft("a", note: 4)
        #expect(try states.state(of: visit("a"), today: today).values.values("note") == ["4"])
        for number in 0..<10 {
            _ = try states.state(of: visit("r\(number)"), today: today)
            #expect(states.count <= 3)
        }
    }
}
