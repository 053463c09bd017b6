/// The static type of a reference or subexpression, used to check
/// expressions when a survey loads.
public indirect enum ExpressionType: Sendable, Hashable {
    case number, text, bool, date
    /// A single choice, or a participant field with options: compares to its option values.
    case choice(options: [String])
    /// A multiple choice: supports `contains`, `in` and `count()`.
    case choices(options: [String])
    /// A ranking: the ranked option values in rank order.
    case ranking(options: [String])
    /// A matrix question; only its rows (`q.row`) are values of type `cell`.
    case matrix(rows: [String], cell: ExpressionType)
    case list(ExpressionType)

    /// How messages name the type, with an article where English wants one.
    var phrase: String {
        switch self {
        case .number: "a number"
        case .text: "text"
        case .bool: "a yes/no value"
        case .date: "a date"
        case .choice: "a single choice"
        case .choices: "a multiple choice"
        case .ranking: "a ranking"
        case .matrix: "a matrix"
        case .list(let element): "a list of \(element.pluralPhrase)"
        }
    }

    private var pluralPhrase: String {
        switch self {
        case .number: "numbers"
        case .text, .choice: "texts"
        case .bool: "yes/no values"
        case .date: "dates"
        default: "lists"
        }
    }
}
