/// The tallies of every question for one set of responses (all, or one breakdown group).
public struct GroupTally: Sendable, Hashable {
    /// Submitted responses counted.
    public internal(set) var submitted = 0
    /// One tally per question of the plan.
    public internal(set) var questions: [QuestionTally]

    init(plan: EvaluationPlan) {
        questions = plan.questions.map { QuestionTally(kind: $0.kind) }
    }

    mutating func add(_ facts: ResponseFacts, shapes: [TallyShape], weight: Int) {
        submitted += weight
        for index in questions.indices where shapes.indices.contains(index) {
            let observation = facts.observations.indices.contains(index) ? facts.observations[index] : .missing
            let shown = facts.shown.indices.contains(index) ? facts.shown[index] : true
            questions[index].add(observation, shown: shown, shape: shapes[index], weight: weight)
        }
    }
}
