/// The running evaluation of a survey: aggregates for all responses and for each breakdown group.
///
/// Adding or removing a response costs O(number of questions), independent of
/// how many responses were counted before; a live report applies each change
/// of the response view (``remove(_:)`` the replaced submit, ``add(_:)`` the new
/// one) and takes a ``result()`` whenever a page is requested.
public struct Evaluation: Sendable, Hashable {
    public let plan: EvaluationPlan
    /// All responses that passed the filter.
    public internal(set) var total: GroupTally
    /// One tally per breakdown group, in the breakdown's order.
    public internal(set) var groups: [GroupTally]
    private let shapes: [TallyShape]

    public init(plan: EvaluationPlan) {
        self.plan = plan
        shapes = plan.questions.map { TallyShape($0.kind) }
        total = GroupTally(plan: plan)
        groups = Array(repeating: GroupTally(plan: plan), count: plan.breakdown?.groups.count ?? 0)
    }

    /// Counts a submitted response.
    public mutating func add(_ facts: ResponseFacts) {
        apply(facts, weight: 1)
    }

    /// Takes back a response counted earlier with the same facts (a revision replaced it or it was voided).
    public mutating func remove(_ facts: ResponseFacts) {
        apply(facts, weight: -1)
    }

    private mutating func apply(_ facts: ResponseFacts, weight: Int) {
        total.add(facts, shapes: shapes, weight: weight)
        if let group = facts.group, groups.indices.contains(group) {
            groups[group].add(facts, shapes: shapes, weight: weight)
        }
    }
}
