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
        let log: ResponseLog
        let subscription: Int
        var lastUse: UInt64
    }

    private struct State {
        var slots: [Key: Slot] = [:]
        var clock: UInt64 = 0
    }

    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = 16) {
        precondition(capacity > 0, "a cache needs room for one evaluation")
        self.capacity = capacity
    }

    /// The number of evaluations held.
    var count: Int { state.withLock { $0.slots.count } }

    /// The evaluation for `key`, made with `make` and attached to `log` on first use.
    func evaluation(
        for key: Key, log: ResponseLog, make: () throws(EvaluationSetupError) -> LiveEvaluation
    ) throws(EvaluationSetupError) -> LiveEvaluation {
        let found = state.withLock { state -> LiveEvaluation? in
            state.clock += 1
            state.slots[key]?.lastUse = state.clock
            return state.slots[key]?.evaluation
        }
        if let found { return found }
        // Counting the log's current responses can take a while on a big log,
        // so it happens outside the lock; a request that raced us wins.
        let evaluation = try make()
        let subscription = evaluation.attach(to: log)
        let (kept, released) = state.withLock { state -> (LiveEvaluation, [Slot]) in
            state.clock += 1
            if let existing = state.slots[key] {
                state.slots[key]?.lastUse = state.clock
                return (
                    existing.evaluation,
                    [Slot(evaluation: evaluation, log: log, subscription: subscription, lastUse: 0)]
                )
            }
            state.slots[key] = Slot(evaluation: evaluation, log: log, subscription: subscription, lastUse: state.clock)
            var released: [Slot] = []
            while state.slots.count > capacity,
                let oldest = state.slots.min(by: { $0.value.lastUse < $1.value.lastUse })
            {
                released.append(oldest.value)
                state.slots[oldest.key] = nil
            }
            return (evaluation, released)
        }
        for slot in released { slot.log.unsubscribe(slot.subscription) }
        return kept
    }
}
