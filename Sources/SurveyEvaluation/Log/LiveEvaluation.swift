import SurveyModel
import SurveyStore
import Synchronization

/// An evaluation kept current as responses arrive, for the live report in the office area.
///
/// Subscribe it to a ``ResponseLog`` (``attach(to:)``): each new submit is
/// added, the submit it replaces or a void removes is taken back, one
/// response at a time, so ``result(includeTexts:)`` never rescans the log.
///
/// Nothing here can hold up a submission. The log hands changes over on a
/// queue of its own, never on its writer. Attaching counts the current
/// responses up to the committed length the subscription starts from, on the
/// caller's thread, from the survey's columns or from the log file
/// (``LiveStart``), holding no lock the writer or change delivery needs;
/// changes that arrive meanwhile wait in a list to be applied after the count,
/// in order, once each. (Counting the store's in-memory view instead would hold a
/// snapshot of it, and the writer would copy the whole view at its next commit.)
/// A change's answers are read straight from the record the log hands over
/// (``ResponseDecoder/facts(answers:participant:)`` reads owned JSON as well as
/// parsed lines), not written out and parsed again.
public final class LiveEvaluation: Sendable {
    public let decoder: ResponseDecoder
    private let participants: @Sendable (String) -> [String: String]
    private let state: Mutex<State>

    private struct State {
        var evaluation: Evaluation
        /// Changes that arrived while the starting view was being counted; nil once it is.
        var pending: [ViewChange]?
        /// The log followed and the subscription, once attached.
        var source: (log: ResponseLog, subscription: Int)?
        /// Set by ``detach()``; an attach still under way then lets go of the log itself.
        var detached = false
    }

    /// Creates an empty evaluation.
    ///
    /// - Parameter participants: The fields of a participant by id, for filters and breakdowns.
    public init(decoder: ResponseDecoder, participants: @escaping @Sendable (String) -> [String: String] = { _ in [:] })
    {
        self.decoder = decoder
        self.participants = participants
        state = Mutex(State(evaluation: Evaluation(plan: decoder.plan), pending: nil))
    }

    /// Counts the log's current responses and follows its changes; returns the subscription to end
    /// with `unsubscribe` (or ``detach()``).
    ///
    /// The count runs on the caller's thread; until it is done, ``result(includeTexts:)`` shows the
    /// empty evaluation, never a partial count.
    ///
    /// - Parameter start: Where the responses committed before the subscription are counted from.
    /// - Throws: ``FileError`` when the log cannot be read; the evaluation then follows nothing.
    @discardableResult
    public func attach(to log: ResponseLog, from start: LiveStart = .log) throws(FileError) -> Int {
        // Changes may arrive before the starting view is counted; they wait
        // in `pending` so that nothing is taken back before it was added.
        state.withLock { $0.pending = [] }
        let (length, subscription) = log.subscribe { [weak self] change in self?.apply(change) }
        let detached = state.withLock { state in
            if !state.detached { state.source = (log, subscription) }
            return state.detached
        }
        if detached { log.unsubscribe(subscription) }
        var counted: Evaluation
        do {
            switch start {
            case .log:
                // One worker: the other core stays with the writer and the server.
                (counted, _) = try LogEvaluator(decoder: decoder, participantFields: participants).evaluate(
                    LogLines(path: log.path, upTo: length), workers: 1)
            case .columns(let store, let participantFields, let participants):
                (counted, _) = try store.evaluate(
                    decoder, participantFields: participantFields, participants: participants, upTo: length)
            }
        } catch {
            detach()
            throw error
        }
        // Only the hand-over holds the lock, and the changes that arrived during the count are
        // applied outside it, a batch at a time, until none is left to hand over.
        while true {
            let changes = state.withLock { state -> [ViewChange]? in
                guard let pending = state.pending, !pending.isEmpty else {
                    state.evaluation = counted
                    state.pending = nil
                    return nil
                }
                state.pending = []
                return pending
            }
            guard let changes else { break }
            for change in changes { apply(change, to: &counted) }
        }
        return subscription
    }

    /// Stops following the log.
    public func detach() {
        let source = state.withLock { state in
            defer {
                state.source = nil
                state.detached = true
            }
            return state.source
        }
        if let source { source.log.unsubscribe(source.subscription) }
    }

    /// Applies one change of the response view.
    public func apply(_ change: ViewChange) {
        state.withLock { state in
            if state.pending != nil {
                state.pending?.append(change)
            } else {
                apply(change, to: &state.evaluation)
            }
        }
    }

    private func apply(_ change: ViewChange, to evaluation: inout Evaluation) {
        switch change {
        case .submitted(let record, let replacing):
            if let replacing { add(replacing, sign: -1, to: &evaluation) }
            add(record, sign: 1, to: &evaluation)
        case .voided(_, let removed):
            if let removed { add(removed, sign: -1, to: &evaluation) }
        case .drafted:
            break
        }
    }

    /// The evaluation as it stands, suppressed, including every record acknowledged before the call.
    public func result(includeTexts: Bool = false) -> EvaluationResult {
        state.withLock { $0.source?.log }?.waitForSubscribers()
        let evaluation = state.withLock { $0.evaluation }
        return evaluation.result(filter: decoder.filter?.source, includeTexts: includeTexts)
    }

    private func add(_ record: ResponseRecord, sign: Int, to evaluation: inout Evaluation) {
        guard let answers = record.answers,
            let facts = decoder.facts(answers: answers, participant: record.participantID.map(participants) ?? [:])
        else { return }
        if sign > 0 { evaluation.add(facts) } else { evaluation.remove(facts) }
    }
}
