import Foundation
import HTTPServer
import HTTPServerTesting
import StrictJSON
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyEvaluation
@testable import SurveyWeb

/// While the server runs, each survey's `columns.bin` follows its log: after submissions, revisions and
/// voids it covers the whole committed log and gives the reference's figures, though no command and no
/// report ever opened it.
@Suite struct ColumnFilesTests {
    @Test func theServerKeepsTheColumnsCurrent() async throws {
        let site = try TestSite { $0.columnFiles = ColumnMaintainer.Cadence(records: 3, idleSeconds: 3600) }
        var school = site.browser()
        _ = await school.get("/t/\(site.token)")
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        #expect(await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text)).status == .seeOther)

        let log = try #require(site.application.responseLog(of: "alle-typen"))
        let version = try #require(log.view.submitted.values.first?.definitionVersion)
        for (index, answers) in [#"{"anzahl":3,"art":"a"}"#, #"{"anzahl":5,"art":"b"}"#, #"{"anzahl":7}"#].enumerated()
        {
            let document = try JSONDocument(parsing: Array(answers.utf8))
            for response in ["x1", "x2", "x3", "x4"] where index == 0 || response != "x4" {
                // The second and third rounds revise x1 to x3.
                _ = try log.appendBatch([
                    AppendRequest(
                        .submit(answers: JSON(document.root)), responseID: response, definitionVersion: version)
                ])[0].get()
            }
        }
        var office = try await OfficeAreaTests().signedIn(site)
        let view = await office.get("/admin/s/alle-typen/r/x2")
        let void = await office.post(
            "/admin/s/alle-typen/r/x2/void", TestBrowser.hiddenFields(view.text) + [("reason", "doppelt")])
        #expect(void.status == .seeOther)
        #expect(log.view.voided["x2"] != nil)

        // A clean shutdown writes what the last batch left.
        site.application.close()
        let file = log.folder.columns
        let reader = try DerivedFile.Reader(path: file, version: ColumnsMetadata.formatVersion)
        #expect(try ColumnsMetadata(parsing: reader.metadata).covered == log.committedLength)

        let survey = try #require(Survey.load(path: site.surveys + "/alle-typen.json").survey)
        let definition = [UInt8](try Data(contentsOf: URL(fileURLWithPath: site.surveys + "/alle-typen.json")))
        let participants = site.application.invitees.fieldsByParticipant(of: "alle-typen")
        let evaluator = try SurveyEvaluator(
            survey: survey, language: "de", filter: nil, by: "schulart",
            today: survey.today(at: site.clock.now).expressionValue)
        let (reference, referenceScan) = try LogEvaluator(decoder: evaluator.decoder, participants: participants)
            .evaluate(path: log.path)
        let store = ColumnStore(
            logPath: log.path, columnsPath: file, definitionVersion: DefinitionVersion.of(definition))
        var notices: [String] = []
        let (columns, scan) = try store.evaluate(
            evaluator.decoder, participantFields: ["schulart"], participants: participants,
            notice: { notices.append($0) })
        #expect(notices.isEmpty)
        #expect(scan == referenceScan)
        #expect(scan.submitted == 4)
        var (left, right): ([UInt8], [UInt8]) = ([], [])
        reference.result(filter: nil, includeTexts: true).json.write(to: &left)
        columns.result(filter: nil, includeTexts: true).json.write(to: &right)
        #expect(left == right)
    }
}
