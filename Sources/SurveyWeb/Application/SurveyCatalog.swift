import Foundation
import StrictJSON
import SurveyModel
import SurveyStore
import Synchronization

/// The surveys in a folder, reloaded when their files change.
///
/// A file that fails to load is reported and not served; an edit that breaks a
/// survey already online keeps the last good version online and shows the
/// diagnostics in the office area.
final class SurveyCatalog: Sendable {
    /// What the catalog knows about one file.
    struct FileState: Sendable {
        var modified: Date?
        var size: Int
    }

    private struct State {
        var entries: [String: SurveyEntry] = [:]
        /// Diagnostics of files that never loaded, by file name.
        var failures: [String: [Diagnostic]] = [:]
        var files: [String: FileState] = [:]
    }

    let surveysFolder: String
    let responsesFolder: String
    private let state = Mutex(State())
    private let logOptions: ResponseLog.Options
    /// Where warnings for the operator go.
    private let warn: @Sendable (String) -> Void

    /// Creates a catalog; call ``reload()`` to read the files.
    init(
        surveysFolder: String, responsesFolder: String, logOptions: ResponseLog.Options = ResponseLog.Options(),
        warn: @escaping @Sendable (String) -> Void
    ) {
        self.surveysFolder = surveysFolder
        self.responsesFolder = responsesFolder
        self.logOptions = logOptions
        self.warn = warn
    }

    /// The survey with `id`, if it is online.
    func entry(_ id: String) -> SurveyEntry? {
        state.withLock { $0.entries[id] }
    }

    /// Every survey online, by id.
    var entries: [SurveyEntry] {
        state.withLock { $0.entries.values.sorted { $0.survey.id < $1.survey.id } }
    }

    /// Diagnostics of files that are not online at all, by file name.
    var failures: [String: [Diagnostic]] {
        state.withLock { $0.failures }
    }

    /// Reads every changed `*.json` file of the folder.
    ///
    /// - Returns: one line per event worth telling the operator (loaded, failed, kept the last good version).
    @discardableResult
    func reload() -> [String] {
        let manager = FileManager.default
        let names = ((try? manager.contentsOfDirectory(atPath: surveysFolder)) ?? []).filter { $0.hasSuffix(".json") }
            .sorted()
        var messages: [String] = []
        for name in names {
            let path = surveysFolder + "/" + name
            let attributes = try? manager.attributesOfItem(atPath: path)
            let current = FileState(
                modified: attributes?[.modificationDate] as? Date, size: (attributes?[.size] as? Int) ?? -1)
            let known = state.withLock { $0.files[name] }
            if let known, known.modified == current.modified, known.size == current.size { continue }
            state.withLock { $0.files[name] = current }
            messages += load(path: path, name: name)
        }
        return messages
    }

    private func load(path: String, name: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ["\(path): cannot be read; check its permissions"]
        }
        let bytes = [UInt8](data)
        let id = String(name.dropLast(".json".count))
        switch Survey.load(bytes: bytes, file: path) {
        case .failed(let diagnostics):
            let kept = state.withLock { state -> Bool in
                if var entry = state.entries[id] {
                    entry.brokenEdit = diagnostics
                    state.entries[id] = entry
                    return true
                }
                state.failures[name] = diagnostics
                return false
            }
            let summary = diagnostics.map(\.rendered)
            return kept
                ? ["\(path): the edit has errors; the last good version stays online"] + summary
                : ["\(path): not served because of errors"] + summary
        case .loaded(let survey, let warnings):
            let version = DefinitionVersion.of(bytes)
            let existing = state.withLock { $0.entries[survey.id] }
            let log: ResponseLog
            let participants: ParticipantRegistry
            if let existing {
                log = existing.log
                participants = existing.participants
            } else {
                do {
                    let directory = SurveyFolder(responsesRoot: responsesFolder, surveyID: survey.id).path
                    var options = logOptions
                    let (warn, budget) = (self.warn, options.draftBudget.answerBytesPerDay)
                    options.draftBudgetExhausted = { [id = survey.id] in
                        warn(
                            "responses/\(id): today's drafts reached \(budget) bytes; new drafts are refused until "
                                + "midnight UTC, submissions are not")
                    }
                    log = try ResponseLog(
                        directory: directory, displayName: "responses/" + survey.id, options: options)
                    participants = try ParticipantRegistry(directory: directory, clock: logOptions.clock)
                } catch {
                    state.withLock { $0.failures[name] = [] }
                    return ["\(path): not served: \(error)"]
                }
            }
            var entry = SurveyEntry(
                survey: survey, version: version, log: log, participants: participants, warnings: warnings)
            entry.orphanWarnings = OrphanCheck.warnings(for: survey, version: version, log: log)
            state.withLock { state in
                state.entries[survey.id] = entry
                state.failures[name] = nil
            }
            var messages = ["\(path): serving \(survey.id) (version \(version.prefix(12)))"]
            if let recovery = log.recovery {
                messages.append(
                    "responses/\(survey.id): a torn last record (line \(recovery.line), \(recovery.byteCount) bytes) was moved to \(recovery.sideFile)"
                )
            }
            messages += warnings.map(\.rendered) + entry.orphanWarnings
            return messages
        }
    }
}
