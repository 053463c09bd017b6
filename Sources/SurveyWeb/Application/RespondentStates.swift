import SurveyModel
import SurveyStore
import Synchronization

/// A response's current form values and the plan they give, kept per stored revision, so a
/// respondent who reloads or pages through has the same answers parsed and their conditions
/// evaluated once rather than on every request.
///
/// An entry's key names everything the values and the plan are computed from: the survey and
/// its definition version, the response, the sequence numbers of its current draft and
/// submission (every commit for the response changes one of them), the language, the day and
/// the participant's fields. A state read while a record was being committed is kept only
/// when the key is the same after reading, so an entry never holds another revision's
/// values. At most `capacity` entries; a full table starts afresh.
final class RespondentStates: Sendable {
    /// What a response holds now, as the pages read it.
    struct State: Sendable {
        let values: FormValues
        let plan: PagePlan
    }

    private struct Key: Hashable {
        let surveyID: String
        let version: String
        let responseID: String
        let draft: Int?
        let submitted: Int?
        let language: String
        let today: CalendarDate
        let participant: [String: String]

        init(_ visit: Visit, today: CalendarDate) {
            let view = visit.entry.log.view
            let responseID = visit.grant.responseID
            surveyID = visit.survey.id
            version = visit.entry.version
            self.responseID = responseID
            draft = view.drafts[responseID]?.sequence
            submitted = view.submitted[responseID]?.sequence
            language = visit.language
            self.today = today
            participant = visit.participant
        }
    }

    private let capacity: Int
    private let table = Mutex([Key: State]())

    /// Creates an empty table for at most `capacity` states.
    init(capacity: Int = 2_000) {
        self.capacity = max(1, capacity)
    }

    /// The values and plan of `visit`'s response on `today`, kept or read from the store now.
    func state(of visit: Visit, today: CalendarDate) throws(StoreError) -> State {
        let key = Key(visit, today: today)
        if let kept = table.withLock({ $0[key] }) { return kept }
        let values = try ResponseSnapshot(visit).values
        let state = State(values: values, plan: PagePlan(values: values, visit: visit, today: today))
        // A record committed while the snapshot was read may or may not be in it: keep nothing then.
        guard Key(visit, today: today) == key else { return state }
        table.withLock { table in
            if table.count >= capacity { table.removeAll() }
            table[key] = state
        }
        return state
    }

    /// How many states are kept.
    var count: Int { table.withLock(\.count) }
}
