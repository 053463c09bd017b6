/// Answers and participant fields as seen by expressions.
struct AnswerContext: ExpressionContext {
    var answers: [String: Answer]
    let participant: [String: String]
    let today: ExpressionValue

    func value(of path: ReferencePath) -> ExpressionValue {
        switch path {
        case .question(let id): answers[id]?.expressionValue ?? .missing
        case .matrixRow(let question, let row): answers[question]?.expressionValue(row: row) ?? .missing
        case .participant(let field):
            participant[field].flatMap { $0.isEmpty ? nil : ExpressionValue.text($0) } ?? .missing
        }
    }
}
