import Foundation

/// What is wrong with the answer to one question.
public enum AnswerProblem: Sendable, Hashable {
    /// The question must be answered but is not.
    case required
    /// The answer is of another kind than the question takes, e.g. text for a number question.
    case wrongKind(expected: QuestionType)
    /// A number question that accepts whole numbers only got a fraction.
    case notWholeNumber
    /// The number or date lies below the smallest accepted value.
    case belowMinimum(AnswerBound)
    /// The number or date lies above the largest accepted value.
    case aboveMaximum(AnswerBound)
    /// The text is longer than `maxLength` characters.
    case tooLong(maximum: Int)
    /// The text does not match the question's pattern; carries the question's own message, if any.
    case patternMismatch(LocalizedText?)
    /// The text is not an e-mail address.
    case invalidEmail
    /// The value is not one of the question's options.
    case unknownOption(String)
    /// The "other" choice was taken without saying what.
    case otherTextMissing
    /// An exclusive option ("none") was chosen together with others.
    case exclusiveCombined(option: String)
    /// Fewer choices than `minSelected`.
    case tooFewChoices(minimum: Int)
    /// More choices than `maxSelected`.
    case tooManyChoices(maximum: Int)
    /// A scale point outside the scale, or "not applicable" where the scale does not offer it.
    case outsideScale(from: Int, to: Int)
    /// A matrix answer names a row the matrix does not have.
    case unknownRow(String)
    /// A required matrix has unanswered rows.
    case missingRows([String])
    /// A ranking names an option twice.
    case rankedTwice(String)
    /// A ranking has another number of ranks than the question asks for.
    case wrongRankCount(expected: Int)
    /// A `validate` rule of the question does not hold; carries the rule's message.
    case rule(LocalizedText)
}

/// One problem with one answer, for the form's error summary and the import report.
public struct AnswerIssue: Sendable, Hashable {
    /// The question whose answer is wrong.
    public let questionID: String
    public let problem: AnswerProblem

    /// Creates an issue.
    public init(questionID: String, problem: AnswerProblem) {
        self.questionID = questionID
        self.problem = problem
    }

    /// The message for participants, in German (`"de"`) or English (any other language).
    public func message(in language: String) -> String {
        problem.message(german: language == "de")
    }
}

/// A limit of a number or date question, as named in a message.
public enum AnswerBound: Sendable, Hashable {
    case number(Double)
    case date(CalendarDate)

    /// The limit as people write it: `2,5` and `01.08.2024` in German, `2.5` and `2024-08-01` in English.
    func formatted(german: Bool) -> String {
        switch self {
        case .number(let number):
            let text = number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
            return german ? text.replacingOccurrences(of: ".", with: ",") : text
        case .date(let date):
            guard german else { return date.description }
            func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
            return "\(twoDigits(date.day)).\(twoDigits(date.month)).\(date.year)"
        }
    }
}
