/// Why a byte sequence is not strict RFC 8259 JSON, and where.
///
/// The reason and offset are data; the sentences people read (in English and
/// German, with what to write instead) live in the diagnostic catalog of
/// `SurveyModel`, which also turns an error into its `message`.
public struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        case emptyInput
        case unexpectedEnd(expected: String)
        case unexpectedCharacter(found: String, expected: String)
        case trailingComma(before: Character)
        /// A typographic quotation mark such as „ or ” where JSON needs '"'.
        case typographicQuote(String)
        /// A number written with a decimal comma, `20,5`.
        case decimalComma(String)
        case missingComma(inObject: Bool)
        case missingColon
        case comment
        case singleQuotes
        case unquotedKey(String)
        case unknownWord(String)
        case duplicateKey(String, firstLine: Int, firstColumn: Int)
        case invalidUTF8
        case controlCharacterInString(UInt8)
        case invalidEscape(String)
        case loneSurrogate
        case leadingZero
        case invalidNumber(String)
        case numberOutOfRange(String)
        case tooDeeplyNested(limit: Int)
        case trailingContent
    }

    /// What went wrong.
    public let reason: Reason
    /// Byte offset in the input where the problem starts.
    public let offset: Int
    /// Problems found after this one in the same run, in input order.
    ///
    /// The parser steps over problems that leave the structure clear, such as
    /// a trailing comma, so a file with several is fixed in one round.
    public var additional: [JSONSyntaxError] = []

    public init(_ reason: Reason, at offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// This problem and every one found after it.
    public var all: [JSONSyntaxError] {
        var first = self
        first.additional = []
        return [first] + additional
    }
}

func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
