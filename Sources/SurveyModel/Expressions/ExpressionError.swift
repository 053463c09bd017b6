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
    public var message: String { message(in: "en") }

    /// What is wrong and how to fix it, in `language` (`de`; anything else gives English).
    public func message(in language: String) -> String {
        typealias M = ExpressionMessage
        func phrase(_ english: String) -> String { ExpressionPhrases.phrase(english, language) }
        /// A name the English message puts in single quotes ('>'), in the language's quotes.
        func quotedName(_ english: String) -> String {
            guard language == "de", english.count > 2, english.hasPrefix("'"), english.hasSuffix("'") else {
                return phrase(english)
            }
            return "„" + english.dropFirst().dropLast() + "“"
        }
        /// `schueler (a number)`, with the kind in the language.
        func operand(_ english: String) -> String {
            guard let open = english.lastIndex(of: "("), english.hasSuffix(")") else { return english }
            let kind = String(english[english.index(after: open)...].dropLast())
            return english[..<open] + "(" + phrase(kind) + ")"
        }
        func didYouMean(_ suggestion: String?, fallback: String = "") -> String {
            suggestion.map { M.didYouMean.text(language, $0) } ?? fallback
        }
        switch reason {
        case .emptyExpression: return M.emptyExpression.text(language)
        case .unexpectedCharacter(let character): return M.unexpectedCharacter.text(language, String(character))
        case .typographicQuote(let character): return M.typographicQuote.text(language, String(character))
        case .unterminatedText: return M.unterminatedText.text(language)
        case .invalidEscape(let character): return M.invalidEscape.text(language, String(character))
        case .numberOutOfRange(let text): return M.numberOutOfRange.text(language, text)
        case .incompleteOperator(let found, let expected): return M.incompleteOperator.text(language, found, expected)
        case .unexpectedToken(let found, let expected):
            return M.unexpectedToken.text(language, quotedName(found), quotedName(expected))
        case .unclosed(let opener, let closer): return M.unclosed.text(language, opener, closer)
        case .chainedComparison: return M.chainedComparison.text(language)
        case .nestingTooDeep(let limit): return M.nestingTooDeep.text(language, String(limit))
        case .unknownFunction(let name, let suggestion):
            return M.unknownFunction.text(language, name)
                + didYouMean(suggestion, fallback: M.availableFunctions.text(language, ExpressionFunction.allNames))
        case .wrongArgumentCount(let function, let expected, let found):
            return M.wrongArgumentCount.text(language, function, phrase(expected), String(found))
        case .argumentNotReference(let function): return M.argumentNotReference.text(language, function)
        case .unknownQuestion(let id, let suggestion):
            return M.unknownQuestion.text(language, id) + didYouMean(suggestion)
        case .unknownParticipantField(let id, let suggestion):
            return M.unknownParticipantField.text(language, id) + didYouMean(suggestion)
        case .notAMatrix(let id): return M.notAMatrix.text(language, id)
        case .unknownMatrixRow(let question, let row, let suggestion):
            return M.unknownMatrixRow.text(language, question, row) + didYouMean(suggestion)
        case .notAnOption(let value, let question, let suggestion):
            return M.notAnOption.text(language, value, question) + didYouMean(suggestion)
        case .invalidDate(let text): return M.invalidDate.text(language, text)
        case .comparisonWithNull: return M.comparisonWithNull.text(language)
        case .emptyList: return M.emptyList.text(language)
        case .mixedList: return M.mixedList.text(language)
        case .operandType(let subject, let expected, let found, let hint):
            return M.operandType.text(language, quotedName(subject), phrase(expected), phrase(found))
                + (hint.map { "; " + phrase($0) } ?? "")
        case .typeMismatch(let op, let left, let right):
            return M.typeMismatch.text(language, op, operand(left), operand(right))
        case .resultType(let expected, let found):
            return M.resultType.text(language, phrase(found.phrase), phrase(expected.phrase))
                + (expected == .bool ? M.compareItHint.text(language) : "")
        }
    }
}
