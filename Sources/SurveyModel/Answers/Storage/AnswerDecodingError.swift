import StrictJSON

/// Why stored answers could not be read back.
public enum AnswerDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The answers of a response are not a JSON object.
    case notAnObject(found: String)
    /// An answer names a question the survey does not have.
    case unknownQuestion(String)
    /// An answer is stored for a display-only note.
    case noteHasNoAnswer(String)
    /// A value has the wrong JSON shape for its question's type.
    /// - Parameters:
    ///   - path: the question id, or `question.row` for a matrix row.
    ///   - expected: what the type stores, e.g. `a string or {"value": "other", "other": text}`.
    ///   - found: what the value is, e.g. `a number`.
    case wrongShape(path: String, expected: String, found: String)
    /// A date answer that is not a real `YYYY-MM-DD` date.
    case invalidDate(path: String, text: String)
    /// A matrix row stored twice.
    case duplicateRow(path: String)

    public var description: String {
        switch self {
        case .notAnObject(let found):
            "the answers must be a JSON object of question ids, not \(found)"
        case .unknownQuestion(let id):
            "there is an answer to \"\(id)\", but the survey has no such question"
        case .noteHasNoAnswer(let id):
            "\"\(id)\" is a note and takes no answer"
        case .wrongShape(let path, let expected, let found):
            "the answer to \"\(path)\" must be \(expected), not \(found)"
        case .invalidDate(let path, let text):
            "the answer to \"\(path)\" must be a date written YYYY-MM-DD, not \"\(text)\""
        case .duplicateRow(let path):
            "the matrix row \"\(path)\" is stored twice"
        }
    }
}

extension JSON {
    /// How error messages name the value: its JSON type with an article.
    var phrase: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
