import Foundation
import SurveyEvaluation
import SurveyModel
import SurveyStore
import Synchronization

/// The maintainers that keep every online survey's `columns.bin` current while the server runs: one per
/// survey and definition version, started when the survey comes online and replaced when its definition
/// changes, so the office's first report finds the columns ready instead of parsing the whole log.
final class ColumnFiles: Sendable {
    private struct Followed {
        let version: String
        let maintainer: ColumnMaintainer
    }

    private let cadence: ColumnMaintainer.Cadence
    private let invitees: InviteeDirectory
    private let warn: @Sendable (String) -> Void
    private let now: @Sendable () -> Date
    private let followed = Mutex<[String: Followed]>([:])

    init(
        cadence: ColumnMaintainer.Cadence, invitees: InviteeDirectory, now: @escaping @Sendable () -> Date,
        warn: @escaping @Sendable (String) -> Void
    ) {
        self.cadence = cadence
        self.invitees = invitees
        self.now = now
        self.warn = warn
    }

    /// Starts a maintainer for each entry that has none for its definition version, closing the one it replaces.
    func follow(_ entries: [SurveyEntry]) {
        for entry in entries {
            let survey = entry.survey
            guard followed.withLock({ $0[survey.id]?.version }) != entry.version,
                let plan = try? EvaluationPlan(survey: survey, language: survey.defaultLanguage, by: nil)
            else { continue }
            let (invitees, now) = (self.invitees, self.now)
            let subject = ColumnMaintainer.Subject(
                plan: plan, participantFields: survey.participantFields.map(\.id),
                participants: { invitees.fieldsByParticipant(of: survey.id) },
                today: { survey.today(at: now()).expressionValue })
            let maintainer = ColumnMaintainer(
                log: entry.log, store: Self.store(for: entry), survey: subject, cadence: cadence, notice: warn)
            let replaced = followed.withLock { followed in
                defer { followed[survey.id] = Followed(version: entry.version, maintainer: maintainer) }
                return followed[survey.id]
            }
            replaced?.maintainer.close()
            maintainer.start()
        }
    }

    /// Waits until the survey's maintainer, if any, has built or caught up its file once; a report's first
    /// count then reads the columns instead of parsing the log a second time beside the maintainer.
    func waitUntilReady(surveyID: String, version: String) {
        let found = followed.withLock { $0[surveyID] }
        guard let found, found.version == version else { return }
        found.maintainer.waitUntilStarted()
    }

    /// Writes what every maintainer has not written yet and stops them; call it before the logs close.
    func close() {
        let all = followed.withLock { followed in
            defer { followed = [:] }
            return Array(followed.values)
        }
        for entry in all { entry.maintainer.close() }
    }

    /// The columns beside a survey's log, counted and built on all cores.
    static func store(for entry: SurveyEntry) -> ColumnStore {
        ColumnStore(
            logPath: entry.log.path, columnsPath: entry.log.folder.columns, definitionVersion: entry.version,
            workers: ProcessInfo.processInfo.activeProcessorCount)
    }
}
