/// Why a byte sequence is not strict RFC 8259 JSON, and where.
///
/// The messages are written for people who edit JSON by hand: each one says
/// what is wrong and what to write instead.
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

    /// One sentence saying what is wrong and how to fix it.
    public var message: String {
        switch reason {
        case .emptyInput:
            return "the input is empty; expected a JSON value such as an object {…}"
        case .unexpectedEnd(let expected):
            return "the input ends too early; expected \(expected)"
        case .unexpectedCharacter(let found, let expected):
            return "unexpected \(found); expected \(expected)"
        case .trailingComma(let closing):
            return "trailing comma before '\(closing)': remove the comma after the last item"
        case .typographicQuote(let quote):
            return "typographic quotation mark \(quote): JSON needs straight double quotes; replace „…“ with \"…\""
        case .decimalComma(let text):
            return
                "\(text) is written with a decimal comma; JSON numbers use a point: write \(text.replacing(",", with: "."))"
        case .missingComma(let inObject):
            return inObject
                ? "missing comma between two members of an object: add ',' after the previous value"
                : "missing comma between two elements of an array: add ',' after the previous element"
        case .missingColon:
            return "missing ':' between a key and its value"
        case .comment:
            return
                "JSON does not allow comments: remove the comment (use a \"description\" text for notes that readers should see)"
        case .singleQuotes:
            return "JSON strings use double quotes: write \"…\" instead of '…'"
        case .unquotedKey(let word):
            return "object keys must be in double quotes: write \"\(word)\""
        case .unknownWord(let word):
            switch word {
            case "NaN", "Infinity":
                return "\(word) is not a JSON number; use a finite number or null"
            case "True", "TRUE", "False", "FALSE", "Null", "NULL", "None", "nil", "undefined":
                return "'\(word)' is not a JSON literal; the literals are true, false and null (lower case)"
            default:
                return "unexpected word '\(word)'; text values must be in double quotes: \"\(word)\""
            }
        case .duplicateKey(let key, let line, let column):
            return "duplicate key \"\(key)\" in one object (first given at \(line):\(column)): keep only one"
        case .invalidUTF8:
            return "invalid UTF-8 byte sequence: save the file as UTF-8"
        case .controlCharacterInString(let byte):
            switch byte {
            case 0x0A: return "line break inside a string: write \\n instead, or close the string with '\"'"
            case 0x09: return "tab character inside a string: write \\t instead"
            default:
                return "control character U+\(hex4(UInt32(byte))) inside a string: write it as \\u\(hex4(UInt32(byte)))"
            }
        case .invalidEscape(let escape):
            return
                "invalid escape '\(escape)' in a string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"
        case .loneSurrogate:
            return
                "\\u escape with an unpaired UTF-16 surrogate: a character above U+FFFF needs both halves (\\uD83D\\uDE00)"
        case .leadingZero:
            return "numbers must not have leading zeros: write 7, not 07"
        case .invalidNumber(let text):
            return "'\(text)' is not a valid JSON number (examples of valid numbers: 3, -1.5, 2e3)"
        case .numberOutOfRange(let text):
            return "number \(text) is too large to represent"
        case .tooDeeplyNested(let limit):
            return "arrays and objects are nested more than \(limit) levels deep"
        case .trailingContent:
            return "unexpected content after the end of the JSON value: a file holds exactly one value"
        }
    }
}

func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
