import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyStore
import Testing

@testable import SurveyWeb

extension OfficeAreaTests {
    /// Writes one submission to `folder`, from `participant`.
    private func submit(
        _ responseID: String, participant: String?, answers: JSON = .object([]), in log: ResponseLog
    ) throws {
        _ = try log.appendBatch([
            AppendRequest(
                .submit(answers: answers), responseID: responseID, definitionVersion: "v",
                participantID: participant)
        ])[0].get()
    }

    /// A submission of nobody registered never pushes the rate past 100 %; it is shown apart.
    @Test func theRateCountsOnlyRegisteredParticipants() async throws {
        let site = try TestSite()
        let log = try #require(site.application.responseLog(of: "alle-typen"))
        for number in 1...3 { try submit("gen-1-\(number)", participant: "gen-1-\(number)", in: log) }
        var office = try await signedIn(site)
        let overview = await office.get("/admin")
        #expect(overview.text.contains("0 (dazu 3 ohne registrierte Teilnehmende)"))
        #expect(overview.text.contains("0 %"))
        let detail = await office.get("/admin/s/alle-typen?lang=en")
        #expect(detail.text.contains("Submitted: 0 (plus 3 without a registered participant) · Response rate: 0 %"))
    }

    @Test func testDataIsShownApartAndWipedOnConfirmation() async throws {
        let site = try TestSite()
        let folder = TestData.folder(of: site.responses + "/alle-typen")
        let testLog = try ResponseLog(directory: folder)
        // Five schools answering, the minimum group size, so that the test report has a chart to download.
        _ = try ParticipantRegistry(directory: folder).register(
            (1...5).map { .init(id: "gen-1-\($0)", label: "Test \($0)", email: nil, fields: ["schulart": "gs"]) })
        for number in 1...5 {
            try submit(
                "gen-1-\(number)", participant: "gen-1-\(number)", answers: ["anzahl": .number(Double(number))],
                in: testLog)
        }
        testLog.close()
        let realLog = try #require(site.application.responseLog(of: "alle-typen"))

        var office = try await signedIn(site)
        let page = await office.get("/admin/s/alle-typen")
        #expect(page.text.contains("<h2>Testdaten</h2>"))
        #expect(page.text.contains("Testdaten: Eingeladen: 5 · Begonnen: 0 · Abgeschickt: 5 · Rücklauf: 100 %"))
        #expect(page.text.contains("href=\"/admin/s/alle-typen/report?data=test\""))

        let report = await office.get("/admin/s/alle-typen/report?data=test")
        #expect(report.status == .ok)
        #expect(report.text.contains("<h1>Testdaten: "))
        #expect(report.text.contains("Diese Auswertung zeigt die erzeugten Testdaten, nicht die echten Antworten."))
        #expect(report.text.contains("<input type=\"hidden\" name=\"data\" value=\"test\">"))
        #expect(report.text.contains("<caption>Rücklauf nach Schulart</caption>"))
        #expect(report.text.contains("download=\"alle-typen-testdaten-"))
        let real = await office.get("/admin/s/alle-typen/report")
        #expect(!real.text.contains("Testdaten"))

        // Without the tick box nothing is deleted; without the form's token the request is refused.
        let fields = TestBrowser.hiddenFields(page.text)
        let unconfirmed = await office.post("/admin/s/alle-typen/test-data/wipe", fields)
        #expect(unconfirmed.headers["Location"] == "/admin/s/alle-typen?test-data=unconfirmed#test-data")
        #expect(FileManager.default.fileExists(atPath: folder))
        let forged = await office.post("/admin/s/alle-typen/test-data/wipe", [("confirm", "yes")])
        #expect(forged.status == .forbidden)
        #expect(FileManager.default.fileExists(atPath: folder))
        var stranger = site.browser()
        #expect(await stranger.post("/admin/s/alle-typen/test-data/wipe", [("confirm", "yes")]).status == .unauthorized)

        let wiped = await office.post("/admin/s/alle-typen/test-data/wipe", fields + [("confirm", "yes")])
        #expect(wiped.headers["Location"] == "/admin/s/alle-typen?test-data=wiped#test-data")
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(await office.get("/admin/s/alle-typen?test-data=wiped").text.contains("Die Testdaten wurden gelöscht."))
        #expect(await office.get("/admin/s/alle-typen/report?data=test").status == .notFound)
        #expect(realLog.view.submitted.isEmpty)
    }
}
