/// A participant's answer to one question.
public enum Answer: Sendable, Hashable {
    /// The answer to a `text` question.
    case text(String)
    /// The answer to a `number` question.
    case number(Double)
    /// The chosen option value of a `single` question; `other` holds the free text when the
    /// value is ``Question/otherValue``.
    case choice(String, other: String? = nil)
    /// The chosen option values of a `multiple` question, in option order; `other` as for `choice`.
    case choices([String], other: String? = nil)
    /// The answer to a `boolean` question.
    case bool(Bool)
    /// The answer to a `scale` question.
    case scale(ScaleAnswer)
    /// The answers to the rows of a `matrix` question, by row value; unanswered rows are absent.
    case matrix([String: MatrixCell])
    /// The option values of a `ranking` question, best first.
    case ranking([String])
    /// The answer to a `date` question.
    case date(CalendarDate)

    /// Whether the answer says nothing: blank text, no choice, no row, no rank.
    public var isEmpty: Bool {
        switch self {
        case .text(let text): text.allSatisfy(\.isWhitespace)
        case .choices(let values, _): values.isEmpty
        case .matrix(let cells): cells.isEmpty
        case .ranking(let values): values.isEmpty
        case .choice, .number, .bool, .scale, .date: false
        }
    }
}

/// A point of a scale, or the scale's "not applicable" answer.
public enum ScaleAnswer: Sendable, Hashable {
    case point(Int)
    case notApplicable
}

/// The answer in one row of a matrix.
public enum MatrixCell: Sendable, Hashable {
    /// A point of the matrix's scale.
    case point(Int)
    /// The scale's "not applicable" answer.
    case notApplicable
    /// An option value, for a matrix with options.
    case option(String)
}
