/// A problem found while parsing or checking an expression, with its place in
/// the source and a message that says how to fix it.
public struct ExpressionError: Error, Sendable, Hashable {
    /// What went wrong, for code that needs to tell problems apart.
    public let reason: Reason
    /// 0-based index of the Unicode scalar in the expression where the problem starts.
    public let offset: Int
    /// Number of Unicode scalars the problem spans (at least 1, except at the end of the source).
    public let length: Int

    public init(_ reason: Reason, offset: Int, length: Int) {
        self.reason = reason
        self.offset = offset
        self.length = length
    }

    init(_ reason: Reason, at range: SourceRange) {
        self.init(reason, offset: range.offset, length: range.length)
    }

    /// Every kind of problem the expression language reports.
    public enum Reason: Sendable, Hashable {
        // Lexing and parsing.
        case emptyExpression
        case unexpectedCharacter(Character)
        case unterminatedText
        /// Curly quotes, as word processors insert them.
        case typographicQuote(Character)
        case invalidEscape(Character)
        case numberOutOfRange(String)
        /// `=`, `&` or `|` where `==`, `&&` or `||` was meant.
        case incompleteOperator(found: String, expected: String)
        case unexpectedToken(found: String, expected: String)
        case unclosed(String, closer: String)
        case chainedComparison
        case nestingTooDeep(limit: Int)
        case unknownFunction(String, suggestion: String?)
        case wrongArgumentCount(function: String, expected: String, found: Int)
        case argumentNotReference(function: String)
        // Checking against the survey.
        case unknownQuestion(String, suggestion: String?)
        case unknownParticipantField(String, suggestion: String?)
        case notAMatrix(String)
        case unknownMatrixRow(question: String, row: String, suggestion: String?)
        case notAnOption(String, question: String, suggestion: String?)
        case invalidDate(String)
        case comparisonWithNull
        case emptyList
        case mixedList
        /// An operand of the wrong type: `subject` names what needs it (an operator or function).
        case operandType(subject: String, expected: String, found: String, hint: String?)
        case typeMismatch(operator: String, left: String, right: String)
        case resultType(expected: ExpressionType, found: ExpressionType)
    }

    /// What is wrong and how to fix it, in English.
    public var message: String {
        switch reason {
        case .emptyExpression:
            "the expression is empty; write a condition such as schueler > 0"
        case .unexpectedCharacter(let character):
            "unexpected character '\(character)'; names use only the letters A–Z, digits and '_', and text goes in quotes"
        case .typographicQuote(let character):
            "'\(character)' is a typographic quote; write text in straight quotes ' or \""
        case .unterminatedText:
            "this text has no closing quote; end it with the same quote it starts with"
        case .invalidEscape(let character):
            "unknown escape '\\\(character)'; inside quotes only \\', \\\" and \\\\ are allowed"
        case .numberOutOfRange(let text):
            "the number \(text) is too large"
        case .incompleteOperator(let found, let expected):
            "'\(found)' is not an operator; did you mean '\(expected)'?"
        case .unexpectedToken(let found, let expected):
            "expected \(expected), found \(found)"
        case .unclosed(let opener, let closer):
            "this '\(opener)' is never closed; add '\(closer)'"
        case .chainedComparison:
            "comparisons cannot be chained; combine them with 'and', e.g. a > 1 and a < 5"
        case .nestingTooDeep(let limit):
            "the expression is nested too deeply (more than \(limit) levels); split it into simpler conditions"
        case .unknownFunction(let name, let suggestion):
            "unknown function '\(name)'"
                + didYouMean(suggestion, fallback: "; available: " + ExpressionFunction.allNames)
        case .wrongArgumentCount(let function, let expected, let found):
            "\(function)() takes \(expected), not \(found)"
        case .argumentNotReference(let function):
            "\(function)() needs a question, matrix row or participant field, e.g. \(function)(schueler)"
        case .unknownQuestion(let id, let suggestion):
            "unknown question '\(id)'" + didYouMean(suggestion, fallback: "")
        case .unknownParticipantField(let id, let suggestion):
            "unknown participant field '\(id)'" + didYouMean(suggestion, fallback: "")
        case .notAMatrix(let id):
            "'\(id)' is not a matrix question; only matrix rows are written with a dot (question.row)"
        case .unknownMatrixRow(let question, let row, let suggestion):
            "matrix '\(question)' has no row '\(row)'" + didYouMean(suggestion, fallback: "")
        case .notAnOption(let value, let question, let suggestion):
            "'\(value)' is not an option of '\(question)'" + didYouMean(suggestion, fallback: "")
        case .invalidDate(let text):
            "'\(text)' is not a valid date; write dates as 'YYYY-MM-DD', e.g. '2024-08-01'"
        case .comparisonWithNull:
            "a comparison with null is always false; use answered(question) or not answered(question)"
        case .emptyList:
            "an empty list matches nothing; list at least one value"
        case .mixedList:
            "a list must hold values of one kind, e.g. only texts or only numbers"
        case .operandType(let subject, let expected, let found, let hint):
            "\(subject) needs \(expected), but this is \(found)" + (hint.map { "; \($0)" } ?? "")
        case .typeMismatch(let op, let left, let right):
            "'\(op)' cannot compare \(left) with \(right)"
        case .resultType(let expected, let found):
            "this expression gives \(found.phrase), but \(expected.phrase) is needed here"
                + (expected == .bool ? "; compare it, e.g. x > 0" : "")
        }
    }

    private func didYouMean(_ suggestion: String?, fallback: String) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? fallback
    }
}
