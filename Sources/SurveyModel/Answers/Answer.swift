/// One question's answer, typed by the kind of question it answers.
///
/// An `Answer` says nothing about whether it is acceptable: values are checked
/// against the question's settings by validation (``Survey/validate(_:participant:today:pages:)``),
/// so answers stored under an older version of a definition still load.
public enum Answer: Sendable, Hashable {
    /// The answer of a `text` question.
    case text(String)
    /// The answer of a `number` question.
    case number(Double)
    /// The answer of a `single` question.
    case single(SingleChoiceAnswer)
    /// The answer of a `multiple` question.
    case multiple(MultipleChoiceAnswer)
    /// The answer of a `boolean` question.
    case boolean(Bool)
    /// The answer of a `scale` question.
    case scale(ScaleAnswer)
    /// The answer of a `matrix` question: the answered rows, by row value.
    case matrix([String: MatrixCell])
    /// The answer of a `ranking` question: option values, best first.
    case ranking([String])
    /// The answer of a `date` question.
    case date(CalendarDate)

    /// The question type this answer belongs to.
    public var questionType: QuestionType {
        switch self {
        case .text: .text
        case .number: .number
        case .single: .single
        case .multiple: .multiple
        case .boolean: .boolean
        case .scale: .scale
        case .matrix: .matrix
        case .ranking: .ranking
        case .date: .date
        }
    }
}
