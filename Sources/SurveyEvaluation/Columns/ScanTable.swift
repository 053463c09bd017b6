import SurveyModel

/// The survey's keys and option values as bytes, so the record scanner
/// compares raw bytes of a line and never builds a string for a key.
struct ScanTable: Sendable {
    /// Per question of the plan: its id.
    let questionKeys: [[UInt8]]
    /// Per question: the option values (single, multiple, ranking, matrix cells), in plan order.
    let optionValues: [[[UInt8]]]
    /// Per matrix question: the row values.
    let rowValues: [[[UInt8]]]
    static let other = Array(Question.otherValue.utf8)
    static let notApplicable = Array(Answer.notApplicableValue.utf8)

    init(plan: EvaluationPlan) {
        questionKeys = plan.questions.map { Array($0.id.utf8) }
        optionValues = plan.questions.map { question in
            switch question.kind {
            case .single(let options, _), .multiple(let options, _), .ranking(let options, _),
                .matrix(_, .options(let options)):
                options.map { Array($0.value.utf8) }
            default: []
            }
        }
        rowValues = plan.questions.map { question in
            if case .matrix(let rows, _) = question.kind { rows.map { Array($0.value.utf8) } } else { [] }
        }
    }

    /// The question whose id is the bytes at `key`, trying `next` and the few after it first
    /// (answers are stored in form order).
    func question(_ key: Range<Int>, in cursor: ByteCursor, next: Int) -> Int? {
        let count = questionKeys.count
        for offset in 0..<count {
            let index = (next + offset) % count
            if cursor.equals(key, questionKeys[index]) { return index }
        }
        return nil
    }

    /// The position of the option named by the bytes at `value`.
    func option(_ value: Range<Int>, in cursor: ByteCursor, question: Int) -> Int? {
        optionValues[question].firstIndex { cursor.equals(value, $0) }
    }
}
