/// The tallies of every question for one set of responses (all, or one breakdown group).
public struct GroupTally: Sendable, Hashable {
    /// Submitted responses counted.
    public private(set) var submitted = 0
    /// One tally per question of the plan.
    public private(set) var questions: [QuestionTally]

    init(plan: EvaluationPlan) {
        questions = plan.questions.map { QuestionTally(kind: $0.kind) }
    }

    mutating func add(_ facts: ResponseFacts, plan: EvaluationPlan, weight: Int) {
        submitted += weight
        for index in questions.indices {
            let observation = facts.observations.indices.contains(index) ? facts.observations[index] : .missing
            let shown = facts.shown.indices.contains(index) ? facts.shown[index] : true
            questions[index].add(observation, shown: shown, plan: plan.questions[index].kind, weight: weight)
        }
    }
}
