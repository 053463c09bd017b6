import Dispatch
import SurveyModel
import SurveyStore
import Synchronization

extension ColumnStore {
    /// Counts the current responses from the columns, built or caught up from the log as needed, with
    /// `decoder`'s plan, filter and breakdown: the figures ``LogEvaluator`` gives for the same log.
    ///
    /// - Parameters:
    ///   - participantFields: The survey's participant field ids, kept as dictionary codes.
    ///   - participants: Participant fields by participant id.
    ///   - limit: Read the log no further than this offset (e.g. ``ResponseLog/committedLength``); nil reads
    ///     all of it.
    ///   - progress: Called now and then with the bytes of the log read so far, when columns are built.
    ///   - notice: Hears why a columnar file was not used or not written.
    public func evaluate(
        _ decoder: ResponseDecoder, participantFields: [String], participants: [String: [String: String]],
        upTo limit: Int? = nil, progress: (@Sendable (Int) -> Void)? = nil, notice: (String) -> Void = { _ in }
    ) throws(FileError) -> (Evaluation, LogEvaluator.Scan) {
        let layout = ColumnLayout(
            plan: decoder.plan, participantFields: participantFields, participants: participants)
        var opened = try open(
            layout: layout, participants: participants, today: decoder.today, upTo: limit, progress: progress,
            notice: notice)
        var counted: (evaluation: Evaluation, submitted: Int, filteredOut: Int)
        do throws(ColumnsDamage) {
            counted = try countWhileSaving(opened, decoder, notice: notice)
        } catch {
            // A block went bad after the header was checked: drop the file and count again from the log.
            notice("\(columnsPath ?? logPath) is rebuilt from the log: \(error.description)")
            if let path = columnsPath { DerivedFile.remove(path) }
            opened = try open(
                layout: layout, participants: participants, today: decoder.today, upTo: limit, progress: progress,
                notice: notice)
            do throws(ColumnsDamage) {
                counted = try countWhileSaving(opened, decoder, notice: notice)
            } catch {
                return try LogEvaluator(decoder: decoder, participants: participants)
                    .evaluate(LogLines(path: logPath, upTo: limit), workers: workers, progress: progress)
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
        return (counted.evaluation, scan)
    }

    /// Counts the opened columns while they are written, when they changed: writing is mostly waiting for
    /// the disk, counting keeps the cores busy.
    private func countWhileSaving(
        _ opened: Opened, _ decoder: ResponseDecoder, notice: (String) -> Void
    ) throws(ColumnsDamage) -> (evaluation: Evaluation, submitted: Int, filteredOut: Int) {
        let writing = DispatchGroup()
        let outcome = Mutex<String?>(nil)
        if let save = opened.save {
            DispatchQueue.global().async(group: writing) {
                let message = save()
                outcome.withLock { $0 = message }
            }
        }
        let counted = Result { () throws(ColumnsDamage) in try opened.set.evaluate(decoder, workers: workers) }
        writing.wait()
        if let message = outcome.withLock({ $0 }) { notice(message) }
        return try counted.get()
    }
}
