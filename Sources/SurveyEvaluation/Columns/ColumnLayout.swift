import SurveyModel

/// Everything needed to read and write one survey's columns: the plan, the
/// schema, and the dictionaries of the participant fields.
struct ColumnLayout: Sendable {
    let plan: EvaluationPlan
    let schema: ColumnSchema
    /// Question id → position in the plan.
    let positions: [String: Int]
    /// Participant field id → position in ``ColumnSchema/participantFields``.
    let participantIndex: [String: Int]
    /// Per participant field: its distinct values, sorted; a row stores the position.
    let participantValues: [[String]]
    /// Per participant field: value → position in `participantValues`.
    let participantCodes: [[String: Int64]]
    /// The questions with conditions and their conditions; rows decide them when written.
    let conditions: [(question: Int, all: [Expression])]

    /// The layout for `plan`, with the participant fields `fields` of `participants` (id → field → value).
    init(plan: EvaluationPlan, participantFields fields: [String], participants: [String: [String: String]]) {
        self.plan = plan
        schema = ColumnSchema(plan: plan, participantFields: fields)
        var positions: [String: Int] = [:]
        for (index, question) in plan.questions.enumerated() { positions[question.id] = index }
        self.positions = positions
        var participantIndex: [String: Int] = [:]
        for (index, field) in fields.enumerated() { participantIndex[field] = index }
        self.participantIndex = participantIndex
        participantValues = fields.map { field in Set(participants.values.compactMap { $0[field] }).sorted() }
        participantCodes = participantValues.map { values in
            var codes: [String: Int64] = [:]
            for (index, value) in values.enumerated() { codes[value] = Int64(index) }
            return codes
        }
        conditions = plan.questions.indices.compactMap { index in
            plan.questions[index].visibleIf.isEmpty ? nil : (index, plan.questions[index].visibleIf)
        }
    }

    /// Stores the participant's field codes in `row`.
    func setParticipant(_ fields: [String: String], row: Int, in group: inout RowGroup) {
        for (index, field) in schema.participantFields.enumerated() {
            if let value = fields[field], let code = participantCodes[index][value] {
                group.ints[schema.participantColumns[index]][row] = code
            }
        }
    }

    /// Decides which questions `row` shows, in form order, and stores the flags.
    ///
    /// - Parameters:
    ///   - source: A holder for the group while conditions read it (its group is swapped back after).
    ///   - cache: What conditions gave for the values they read, kept by the caller from row to row.
    func decideShown(
        row: Int, in group: inout RowGroup, source: RowSource, cache: inout ConditionCache, today: ExpressionValue
    ) {
        for question in group.shown.indices { group.shown[question][row] = true }
        guard !conditions.isEmpty else { return }
        swap(&source.group, &group)
        defer { swap(&source.group, &group) }
        for (index, (question, all)) in conditions.enumerated() {
            let holds = cache.holds(index, row: row, in: source) {
                let context = ColumnRowContext(source: source, row: row, decidedUpTo: question, today: today)
                return all.allSatisfy { $0.isTrue(in: context) }
            }
            if !holds { source.group.shown[question][row] = false }
        }
    }
}
