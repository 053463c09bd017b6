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

    /// Attaching from the columns gives the count of the log: records behind the columnar file's covered
    /// offset are caught up (new responses, revisions and voids of covered ones), later ones applied once.
    @Test func attachFromColumnsAgreesWithTheLog() throws {
        let survey = try SurveyEvaluationTests.survey()
        let folder = NSTemporaryDirectory() + "live-columns-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let log = try ResponseLog(directory: folder)
        let plan = try EvaluationPlan(survey: survey, language: "de", by: "schulart")
        let decoder = ResponseDecoder(
            plan: plan, groupSource: try EvaluationPlan.groupSource("schulart", survey: survey, plan: plan),
            today: .date(year: 2026, month: 11, day: 27))
        let responses = SurveyEvaluationTests.responses(survey, count: 80)
        func append(_ requests: [AppendRequest]) throws {
            for result in log.appendBatch(requests) { _ = try result.get() }
        }
        func submit(_ id: String, _ response: GeneratedResponse) throws {
            try append([
                AppendRequest(
                    .submit(answers: response.answers.json(in: survey)), responseID: id, definitionVersion: "v")
            ])
        }
        func void(_ ids: Range<Int>) throws {
            try append(
                ids.map { AppendRequest(.void(reason: "doppelt"), responseID: "r\($0)", definitionVersion: "v") })
        }
        let store = ColumnStore(
            logPath: log.path, columnsPath: log.folder.columns, definitionVersion: "v", workers: 2)
        let fields = survey.participantFields.map(\.id)
        for index in 0..<20 { try submit("r\(index)", responses[index]) }
        _ = try store.evaluate(decoder, participantFields: fields, participants: [:])
        #expect(FileManager.default.fileExists(atPath: log.folder.columns))
        // Behind the file's back: new responses, revisions and voids of responses it covers.
        for index in 20..<30 { try submit("r\(index)", responses[index]) }
        for index in 0..<5 { try submit("r\(index)", responses[30 + index]) }
        try void(5..<8)
        let fromColumns = LiveEvaluation(decoder: decoder)
        let fromLog = LiveEvaluation(decoder: decoder)
        let columnsSubscription = try fromColumns.attach(
            to: log, from: .columns(store, participantFields: fields, participants: [:]))
        let logSubscription = try fromLog.attach(to: log)
        defer {
            log.unsubscribe(columnsSubscription)
            log.unsubscribe(logSubscription)
        }
        // After attaching: more of each, touching rows from the file, from the catch-up and new ones.
        for index in 30..<40 { try submit("r\(index)", responses[index + 10]) }
        for index in [1, 22, 35] { try submit("r\(index)", responses[50 + index % 20]) }
        try void(8..<10)
        try void(24..<26)
        let (scanned, _) = try LogEvaluator(decoder: decoder).evaluate(path: log.path)
        #expect(fromColumns.result() == scanned.result())
        #expect(fromColumns.result() == fromLog.result())
        #expect(fromColumns.result().responses == 33)
    }
}
