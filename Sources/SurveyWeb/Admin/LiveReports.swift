import Dispatch
import SurveyEvaluation
import SurveyModel
import SurveyStore
import Synchronization

/// The live evaluations behind the office's report pages, kept current by their logs and bounded in number.
///
/// Each combination of survey, definition version, language, filter,
/// breakdown and day gets one ``LiveEvaluation``, attached to the survey's
/// log when first asked for; the least recently used beyond ``capacity`` is
/// detached, so an office trying many filters does not keep them all alive.
/// The first request for a combination counts the current responses on its
/// own thread, from the survey's columns when the caller offers them
/// (``LiveStart``); requests for the same combination meanwhile wait for that
/// count rather than start another or show a partial one. Neither holds up
/// a submission: the count takes no lock the log's writer needs.
final class LiveReports: Sendable {
    /// What one evaluation is for.
    struct Key: Hashable, Sendable {
        let surveyID: String
        let version: String
        let language: String
        let filter: String?
        let by: String?
        /// The day `today()` means in the filter; a new day needs a new evaluation.
        let today: CalendarDate
    }

    private struct Slot {
        let evaluation: LiveEvaluation
        /// Entered while the evaluation counts the log; requests that find the slot wait on it.
        let counting: DispatchGroup
        var lastUse: UInt64
    }

    private struct State {
        var slots: [Key: Slot] = [:]
        var clock: UInt64 = 0
    }

    let capacity: Int
    /// The maintainers of the surveys' columnar files, whose first build a new evaluation waits for.
    let columnFiles: ColumnFiles?
    private let state = Mutex(State())

    init(capacity: Int = 16, columnFiles: ColumnFiles? = nil) {
        precondition(capacity > 0, "a cache needs room for one evaluation")
        self.capacity = capacity
        self.columnFiles = columnFiles
    }

    /// The number of evaluations held.
    var count: Int { state.withLock { $0.slots.count } }

    /// The evaluation for `key`, made with `make` and attached to `log` on first use; returns once it
    /// has counted the current responses.
    ///
    /// - Parameter start: Where a new evaluation counts from; asked only when one is attached.
    func evaluation(
        for key: Key, log: ResponseLog, start: () -> LiveStart = { .log },
        make: () throws(EvaluationSetupError) -> LiveEvaluation
    ) throws(EvaluationSetupError) -> LiveEvaluation {
        if let found = use(key) {
            found.counting.wait()
            return found.evaluation
        }
        // Making one is cheap (a plan and a decoder); counting is not, and happens outside the lock.
        let made = Slot(evaluation: try make(), counting: DispatchGroup(), lastUse: 0)
        made.counting.enter()
        let (kept, released) = state.withLock { state -> (Slot, [Slot]) in
            state.clock += 1
            if let existing = state.slots[key] {
                // Another request got here first: wait for its count instead of repeating it.
                state.slots[key]?.lastUse = state.clock
                return (existing, [])
            }
            var slot = made
            slot.lastUse = state.clock
            state.slots[key] = slot
            var released: [Slot] = []
            while state.slots.count > capacity,
                let oldest = state.slots.min(by: { $0.value.lastUse < $1.value.lastUse })
            {
                released.append(oldest.value)
                state.slots[oldest.key] = nil
            }
            return (slot, released)
        }
        for slot in released { slot.evaluation.detach() }
        guard kept.evaluation === made.evaluation else {
            made.counting.leave()
            kept.counting.wait()
            return kept.evaluation
        }
        defer { made.counting.leave() }
        do {
            try made.evaluation.attach(to: log, from: start())
        } catch {
            // Not kept: the next request tries again.
            state.withLock { state in
                if state.slots[key]?.evaluation === made.evaluation { state.slots[key] = nil }
            }
            throw .unreadableLog(StoreError.file(error).description)
        }
        return made.evaluation
    }

    /// The slot for `key`, marked as used now, if there is one.
    private func use(_ key: Key) -> Slot? {
        state.withLock { state in
            state.clock += 1
            state.slots[key]?.lastUse = state.clock
            return state.slots[key]
        }
    }
}
