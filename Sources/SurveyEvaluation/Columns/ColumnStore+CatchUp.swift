import SurveyModel
import SurveyStore

extension ColumnStore {
    /// Brings the file up to `limit` of the log and writes it, without counting anything: what
    /// ``ColumnMaintainer`` does while the server runs, so that a report finds the file current.
    ///
    /// A file that cannot be written is removed, so that the next reader rebuilds it rather than
    /// trusting a file that failed part-way (a damaged block found while copying it, a full disk).
    ///
    /// - Parameters:
    ///   - plan: The survey's plan; the columns do not depend on its language or breakdown.
    ///   - today: The day `today()` means in conditions.
    ///   - notice: Hears why the file was rebuilt or not written.
    public func catchUp(
        plan: EvaluationPlan, today: ExpressionValue, participantFields: [String],
        participants: [String: [String: String]], upTo limit: Int?, notice: (String) -> Void
    ) throws(FileError) {
        let layout = ColumnLayout(plan: plan, participantFields: participantFields, participants: participants)
        let opened = try open(
            layout: layout, participants: participants, today: today, upTo: limit, progress: nil, notice: notice)
        guard let save = opened.save, let message = save() else { return }
        notice(message)
        if let columnsPath { DerivedFile.remove(columnsPath) }
    }
}
