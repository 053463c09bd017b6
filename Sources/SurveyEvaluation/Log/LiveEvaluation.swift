import StrictJSON
import SurveyModel
import SurveyStore
import Synchronization

/// An evaluation kept current as responses arrive, for the live report in the office area.
///
/// Subscribe it to a ``ResponseLog`` (``attach(to:)``): each new submit is
/// added, the submit it replaces or a void removes is taken back, one
/// response at a time, so ``result(includeTexts:)`` never rescans the log.
public final class LiveEvaluation: Sendable {
    public let decoder: ResponseDecoder
    private let participants: @Sendable (String) -> [String: String]
    private let state: Mutex<State>

    private struct State {
        var evaluation: Evaluation
        /// Changes that arrived while the starting view was being counted; nil once it is.
        var pending: [ViewChange]?
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

    /// Counts the log's current responses and follows its changes; returns the subscription to end with `unsubscribe`.
    public func attach(to log: ResponseLog) -> Int {
        // Changes may arrive before the starting view is counted; they wait
        // in `pending` so that nothing is taken back before it was added.
        state.withLock { $0.pending = [] }
        let (view, subscription) = log.subscribe { [weak self] change in self?.apply(change) }
        state.withLock { state in
            for record in view.submitted.values { add(record, sign: 1, to: &state.evaluation) }
            for change in state.pending ?? [] { apply(change, to: &state.evaluation) }
            state.pending = nil
        }
        return subscription
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

    /// The evaluation as it stands, suppressed.
    public func result(includeTexts: Bool = false) -> EvaluationResult {
        let evaluation = state.withLock { $0.evaluation }
        return evaluation.result(filter: decoder.filter?.source, includeTexts: includeTexts)
    }

    private func add(_ record: ResponseRecord, sign: Int, to evaluation: inout Evaluation) {
        guard let answers = record.answers else { return }
        // The record holds owned JSON; the decoder reads parsed documents, so
        // the answers are written and parsed once, which is cheap for one response.
        var bytes: [UInt8] = []
        answers.write(to: &bytes)
        guard let document = try? JSONDocument(parsing: bytes),
            let facts = decoder.facts(
                answers: document.root, participant: record.participantID.map(participants) ?? [:])
        else { return }
        if sign > 0 { evaluation.add(facts) } else { evaluation.remove(facts) }
    }
}
