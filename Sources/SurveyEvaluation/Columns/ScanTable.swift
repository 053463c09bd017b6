import SurveyModel

/// The survey's keys and option values as bytes, so the record scanner
/// compares raw bytes of a line and never builds a string for a key.
struct ScanTable: Sendable {
    /// Per question of the plan: its id.
    let questionKeys: ByteStrings
    /// The option values of every question (single, multiple, ranking, matrix cells), question after question.
    let options: ByteStrings
    /// Per question: its first option in `options`, and how many it has.
    let optionStart: [Int]
    let optionCount: [Int]
    /// The row values of every matrix question, question after question.
    let rows: ByteStrings
    let rowStart: [Int]
    let rowCount: [Int]
    static let other = ByteStrings([Array(Question.otherValue.utf8)])
    static let notApplicable = ByteStrings([Array(Answer.notApplicableValue.utf8)])

    init(plan: EvaluationPlan) {
        questionKeys = ByteStrings(plan.questions.map { Array($0.id.utf8) })
        let options: [[[UInt8]]] = plan.questions.map { question in
            switch question.kind {
            case .single(let options, _), .multiple(let options, _), .ranking(let options, _),
                .matrix(_, .options(let options)):
                options.map { Array($0.value.utf8) }
            default: []
            }
        }
        self.options = ByteStrings(options.flatMap { $0 })
        optionCount = options.map(\.count)
        optionStart = optionCount.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1) }.dropLast()
        let rows: [[[UInt8]]] = plan.questions.map { question in
            if case .matrix(let rows, _) = question.kind { rows.map { Array($0.value.utf8) } } else { [] }
        }
        self.rows = ByteStrings(rows.flatMap { $0 })
        rowCount = rows.map(\.count)
        rowStart = rowCount.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1) }.dropLast()
    }

    /// The question whose id is the bytes at `key`, trying `next` first (answers are stored in form order).
    func question(_ key: Range<Int>, in cursor: ByteCursor, next: Int) -> Int? {
        questionKeys.index(of: key, in: cursor, among: 0, count: questionKeys.count, preferred: next)
    }

    /// The position of the option named by the bytes at `value`.
    func option(_ value: Range<Int>, in cursor: ByteCursor, question: Int) -> Int? {
        options.index(of: value, in: cursor, among: optionStart[question], count: optionCount[question])
            .map { $0 - optionStart[question] }
    }

    /// The position of the matrix row named by the bytes at `key`.
    func row(_ key: Range<Int>, in cursor: ByteCursor, question: Int) -> Int? {
        rows.index(of: key, in: cursor, among: rowStart[question], count: rowCount[question])
            .map { $0 - rowStart[question] }
    }
}
