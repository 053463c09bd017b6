/// The built-in functions.
enum ExpressionFunction: String, Sendable, CaseIterable {
    case answered, count, sum, min, max, round, abs, len, today, year

    /// How many arguments the function accepts.
    var arity: ClosedRange<Int> {
        switch self {
        case .today: 0...0
        case .answered, .count, .abs, .len, .year: 1...1
        case .round: 1...2
        case .sum, .min, .max: 1...Int.max
        }
    }

    /// The arity as messages say it: "1 argument", "1 or 2 arguments".
    var arityPhrase: String {
        switch self {
        case .today: "no arguments"
        case .round: "1 or 2 arguments"
        case .sum, .min, .max: "at least 1 argument"
        default: "1 argument"
        }
    }

    static var allNames: String {
        allCases.map { "\($0.rawValue)()" }.joined(separator: ", ")
    }
}
