/// Which columns hold a survey's current responses, derived from the evaluation plan.
///
/// Values are positions in the plan's category lists, so the columns of a
/// survey are the same whatever the report's language. Every column is one
/// of four storage types (``RowGroup``): integers with a missing marker,
/// doubles (NaN marks a missing number: JSON cannot write one), texts and
/// integer lists. Each question also has a "shown" flag per row, computed
/// with the visibility rules when the row is written.
struct ColumnSchema: Sendable, Hashable {
    /// Where one question's answer is stored.
    enum QuestionColumns: Sendable, Hashable {
        /// Option position, or the option count for "other" (its text in `other`).
        case single(code: Int, other: Int)
        /// 1 for yes, 0 for no.
        case boolean(code: Int)
        /// The point as stored, or ``RowGroup/notApplicable``.
        case scale(point: Int)
        case number(value: Int)
        /// Option bit sets of 63 options per word; the first word is missing when there is no answer.
        case multiple(words: Range<Int>, other: Int)
        /// `present` is 1 when the answer is an object; one cell column per row of the plan.
        case matrix(present: Int, cells: Range<Int>)
        /// Option positions, best first.
        case ranking(list: Int)
        case text(text: Int)
        /// Days keyed `year * 10000 + month * 100 + day`.
        case date(day: Int)
    }

    /// Per question of the plan.
    let questions: [QuestionColumns]
    /// The participant fields stored as dictionary codes, with their integer columns.
    let participantFields: [String]
    let participantColumns: [Int]
    /// The response ids.
    let idColumn: Int
    let intCount: Int
    let doubleCount: Int
    let textCount: Int
    let listCount: Int

    /// Options per word of a multiple-choice bit set.
    static let bitsPerWord = 63

    init(plan: EvaluationPlan, participantFields: [String]) {
        var ints = 0
        var doubles = 0
        var texts = 0
        var lists = 0
        func int() -> Int {
            defer { ints += 1 }
            return ints
        }
        func text() -> Int {
            defer { texts += 1 }
            return texts
        }
        questions = plan.questions.map { question in
            switch question.kind {
            case .single: return .single(code: int(), other: text())
            case .boolean: return .boolean(code: int())
            case .scale: return .scale(point: int())
            case .number:
                defer { doubles += 1 }
                return .number(value: doubles)
            case .multiple(let options, _):
                let first = ints
                ints += options.count / Self.bitsPerWord + 1
                return .multiple(words: first..<ints, other: text())
            case .matrix(let rows, _):
                let present = int()
                let first = ints
                ints += rows.count
                return .matrix(present: present, cells: first..<ints)
            case .ranking:
                defer { lists += 1 }
                return .ranking(list: lists)
            case .text: return .text(text: text())
            case .date: return .date(day: int())
            }
        }
        self.participantFields = participantFields
        participantColumns = participantFields.map { _ in int() }
        idColumn = text()
        intCount = ints
        doubleCount = doubles
        textCount = texts
        listCount = lists
    }

    /// Blocks per row group in a file: every column, one shown flag column per question, and the live rows.
    var blocksPerGroup: Int { intCount + doubleCount + textCount + listCount + questions.count + 1 }
}
