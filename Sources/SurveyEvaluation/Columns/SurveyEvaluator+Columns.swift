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
        let layout = ColumnLayout(
            plan: plan, participantFields: survey.participantFields.map(\.id), participants: participants)
        var opened = try store.open(
            layout: layout, participants: participants, today: decoder.today, progress: progress, notice: notice)
        var counted: (evaluation: Evaluation, submitted: Int, filteredOut: Int)
        do throws(ColumnsDamage) {
            counted = try opened.set.evaluate(decoder, workers: store.workers)
        } catch {
            // A block went bad after the header was checked: drop the file and count again from the log.
            notice("\(store.columnsPath ?? store.logPath) is rebuilt from the log: \(error.description)")
            if let path = store.columnsPath { DerivedFile.remove(path) }
            opened = try store.open(
                layout: layout, participants: participants, today: decoder.today, progress: progress, notice: notice)
            do throws(ColumnsDamage) {
                counted = try opened.set.evaluate(decoder, workers: store.workers)
            } catch {
                return try evaluate(
                    logPath: store.logPath, participants: participants, includeTexts: includeTexts, progress: progress)
            }
        }
        var scan = LogEvaluator.Scan()
        scan.lines = opened.set.lines
        scan.drafts = opened.set.drafts
        scan.badLines = opened.set.badLines
        scan.submitted = counted.submitted
        scan.filteredOut = counted.filteredOut
        if opened.hasTail {
            scan.lines += 1
            scan.badLines.append(scan.lines)
        }
        return (counted.evaluation.result(filter: filterSource, includeTexts: includeTexts), scan)
    }
}
