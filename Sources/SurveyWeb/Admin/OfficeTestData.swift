import Foundation
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// A survey's test data (`survey generate --test`) as the office looks at it: read from its files on each request.
///
/// The server never writes the test folder and holds no lock on it, so a
/// generator can fill it while the server runs; reading it afresh shows what
/// is there now. It is small by nature, so no live evaluation is kept.
struct OfficeTestData {
    let folder: SurveyFolder

    init(entry: SurveyEntry) {
        folder = entry.log.folder.testData
    }

    /// Whether the survey has test data at all.
    var exists: Bool { folder.hasLog }

    /// The test participants' ids and fields.
    private func participants() throws(StoreError) -> [(id: String, fields: [String: String])] {
        guard folder.hasParticipants else { return [] }
        return try ParticipantRegistry(directory: folder.path).all().map { ($0.id, $0.fields) }
    }

    /// Invited, started and submitted among the test participants.
    func participation(survey: Survey, language: String) throws(StoreError) -> ParticipationCounts {
        let view = try ResponseView.read(logPath: folder.log, keepAnswers: false)
        return ParticipationCounts(survey: survey, participants: try participants(), view: view, language: language)
    }

    /// Why the test data cannot be evaluated.
    enum Failure: Error {
        case setup(EvaluationSetupError)
        case store(StoreError)
    }

    /// The evaluation of the test data with the office's filter and breakdown, titled as test data.
    func result(survey: Survey, language: String, filter: String?, by: String?, now: Date) throws(Failure)
        -> EvaluationResult
    {
        let evaluator: SurveyEvaluator
        do {
            evaluator = try SurveyEvaluator(
                survey: survey, language: language, filter: filter, by: by,
                today: survey.today(at: now).expressionValue)
        } catch {
            throw .setup(error)
        }
        let fields: [String: [String: String]]
        do {
            fields = Dictionary(try participants().map { ($0.id, $0.fields) }, uniquingKeysWith: { _, last in last })
        } catch {
            throw .store(error)
        }
        do {
            let result = try evaluator.evaluate(logPath: folder.log, participants: fields)
                .result
            return result.markedAsTestData(language: OutputLanguage(code: language))
        } catch {
            throw .store(.file(error))
        }
    }
}
