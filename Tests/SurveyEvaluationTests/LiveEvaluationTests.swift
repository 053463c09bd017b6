import Foundation
import StrictJSON
import SurveyModel
import SurveyStore
import SyntheticResponses
import Testing

@testable import SurveyEvaluation

/// The live evaluation follows a response log and agrees with a fresh scan of it.
struct LiveEvaluationTests {
    /// Changes are decoded from the records' owned JSON, the count from parsed lines: both give the same facts.
    @Test func decoderReadsOwnedJSONLikeParsedLines() throws {
        let survey = try SurveyEvaluationTests.survey()
        let plan = try EvaluationPlan(survey: survey, language: "de", by: "schulart")
        let decoder = ResponseDecoder(
            plan: plan, groupSource: try EvaluationPlan.groupSource("schulart", survey: survey, plan: plan),
            today: .date(year: 2026, month: 11, day: 27))
        for response in SurveyEvaluationTests.responses(survey, count: 200) {
            let owned = response.answers.json(in: survey)
            let parsed = try JSONDocument(parsing: owned.serialized()).root
            let fromOwned = decoder.facts(answers: owned, participant: response.participant)
            let fromParsed = decoder.facts(answers: parsed, participant: response.participant)
            #expect(fromOwned == fromParsed)
            #expect(fromOwned != nil)
        }
    }

    @Test func followsSubmitsRevisionsAndVoids() throws {
        let survey = try SurveyEvaluationTests.survey()
        let folder = NSTemporaryDirectory() + "live-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = try ResponseLog(directory: folder)
        let plan = try EvaluationPlan(survey: survey, language: "de", by: "schulart")
        let decoder = ResponseDecoder(
            plan: plan, groupSource: try EvaluationPlan.groupSource("schulart", survey: survey, plan: plan),
            today: .date(year: 2026, month: 11, day: 27))
        let responses = SurveyEvaluationTests.responses(survey, count: 60)
        func submit(_ id: String, _ response: GeneratedResponse) throws {
            for result in log.appendBatch([
                AppendRequest(
                    .submit(answers: response.answers.json(in: survey)), responseID: id, definitionVersion: "v")
            ]) {
                _ = try result.get()
            }
        }
        // Some responses exist before the live evaluation starts, the rest arrive after.
        for index in 0..<20 { try submit("r\(index)", responses[index]) }
        let live = LiveEvaluation(decoder: decoder)
        let subscription = try live.attach(to: log)
        defer { log.unsubscribe(subscription) }
        for index in 20..<50 { try submit("r\(index)", responses[index]) }
        for index in 0..<10 { try submit("r\(index)", responses[50 + index]) } // revisions
        for result in log.appendBatch(
            (10..<15).map { AppendRequest(.void(reason: "doppelt"), responseID: "r\($0)", definitionVersion: "v") })
        {
            _ = try result.get()
        }
        let (scanned, _) = try LogEvaluator(decoder: decoder).evaluate(path: "\(folder)/\(ResponseLog.logFileName)")
        #expect(live.result() == scanned.result())
        #expect(live.result().responses == 45)
    }
}
