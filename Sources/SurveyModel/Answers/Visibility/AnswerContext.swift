/// Evaluates expressions against one response's answers and its participant's fields.
public struct AnswerContext: ExpressionContext {
    /// The answers expressions read; pass answers already pruned to what is visible.
    public var answers: Answers
    /// The participant's field values by field id (`schulart` → `gs`); empty for a public survey.
    public var participant: [String: String]
    /// The day `today()` returns.
    public var date: CalendarDate

    /// Creates a context.
    public init(answers: Answers, participant: [String: String], today: CalendarDate) {
        self.answers = answers
        self.participant = participant
        self.date = today
    }

    public var today: ExpressionValue { date.expressionValue }

    public func value(of path: ReferencePath) -> ExpressionValue {
        switch path {
        case .question(let id):
            return answers[id]?.expressionValue ?? .missing
        case .matrixRow(let id, let row):
            guard case .matrix(let cells)? = answers[id], let cell = cells[row] else { return .missing }
            return cell.expressionValue
        case .participant(let field):
            return participant[field].map(ExpressionValue.text) ?? .missing
        }
    }
}
