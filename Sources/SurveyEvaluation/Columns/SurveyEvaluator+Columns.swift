import SurveyModel
import SurveyStore

extension SurveyEvaluator {
    /// Evaluates the survey's current responses from its columns (``ColumnStore``), built or caught up from
    /// the log as needed; the result is the one ``evaluate(logPath:participants:includeTexts:progress:)`` gives.
    ///
    /// - Parameters:
    ///   - participants: Participant fields by participant id.
    ///   - includeTexts: Whether free texts are listed.
    ///   - progress: Called now and then with the bytes of the log read so far, when the columns are built.
    ///   - notice: Hears why a columnar file was not used or not written.
    public func evaluate(
        columns store: ColumnStore, participants: [String: [String: String]] = [:], includeTexts: Bool = false,
        progress: (@Sendable (Int) -> Void)? = nil, notice: (String) -> Void = { _ in }
    ) throws(FileError) -> (result: EvaluationResult, scan: LogEvaluator.Scan) {
        let (evaluation, scan) = try store.evaluate(
            decoder, participantFields: survey.participantFields.map(\.id), participants: participants,
            progress: progress, notice: notice)
        return (evaluation.result(filter: filterSource, includeTexts: includeTexts), scan)
    }
}
