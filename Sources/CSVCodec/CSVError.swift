/// One problem found while reading a CSV file.
public enum CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has no header line.
    case empty
    /// A field's bytes are not valid UTF-8 (the file was probably saved in another encoding).
    case invalidUTF8(CSVPosition)
    /// A quoted field is never closed; the position is that of the opening quote.
    case unterminatedQuote(CSVPosition)
    /// Something other than a separator or line break follows a closing quote.
    case characterAfterClosingQuote(CSVPosition)
    /// A quote appears inside a field that does not start with one.
    case quoteInUnquotedField(CSVPosition)
    /// A row has a different number of fields than the header; the position's
    /// column is the first missing or extra field.
    case wrongFieldCount(CSVPosition, expected: Int, found: Int)

    /// Where the problem is, if it has a place.
    public var position: CSVPosition? {
        switch self {
        case .empty: nil
        case .invalidUTF8(let position), .unterminatedQuote(let position),
            .characterAfterClosingQuote(let position), .quoteInUnquotedField(let position),
            .wrongFieldCount(let position, _, _):
            position
        }
    }

    /// One sentence naming the place, the problem and the fix.
    public var description: String {
        switch self {
        case .empty:
            "the file is empty: it needs a header line naming the columns"
        case .invalidUTF8(let position):
            "\(position): the text is not valid UTF-8; save the file as \"CSV UTF-8\""
        case .unterminatedQuote(let position):
            "\(position): the quoted field opened here is never closed; add the closing '\"'"
        case .characterAfterClosingQuote(let position):
            "\(position): text follows a closing quote; quote the whole field and write a quote inside it as '\"\"'"
        case .quoteInUnquotedField(let position):
            "\(position): a quote inside an unquoted field; quote the whole field and write the quote as '\"\"'"
        case .wrongFieldCount(let position, let expected, let found):
            "\(position): this row has \(found) fields but the header has \(expected); check for a missing or extra separator"
        }
    }
}

/// Every problem found in a CSV file, in file order.
public struct CSVErrors: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, never empty.
    public let errors: [CSVError]

    /// Wraps a non-empty list of problems.
    public init(_ errors: [CSVError]) {
        precondition(!errors.isEmpty, "CSVErrors needs at least one error")
        self.errors = errors
    }

    /// One problem per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
