import StrictJSON

extension DiagnosticMessage {
    /// The message for a JSON syntax error.
    init(_ error: JSONSyntaxError) {
        switch error.reason {
        case .emptyInput: self.init(.jsonEmptyInput)
        case .unexpectedEnd(let expected): self.init(.jsonUnexpectedEnd, expected)
        case .unexpectedCharacter(let found, let expected): self.init(.jsonUnexpectedCharacter, found, expected)
        case .trailingComma(let closing): self.init(.jsonTrailingComma, String(closing))
        case .typographicQuote(let quote): self.init(.jsonTypographicQuote, quote)
        case .decimalComma(let text): self.init(.jsonDecimalComma, text, text.replacing(",", with: "."))
        case .missingComma(let inObject): self.init(inObject ? .jsonMissingCommaInObject : .jsonMissingCommaInArray)
        case .missingColon: self.init(.jsonMissingColon)
        case .comment: self.init(.jsonComment)
        case .singleQuotes: self.init(.jsonSingleQuotes)
        case .unquotedKey(let word): self.init(.jsonUnquotedKey, word)
        case .unknownWord(let word):
            switch word {
            case "NaN", "Infinity": self.init(.jsonNotANumber, word)
            case "True", "TRUE", "False", "FALSE", "Null", "NULL", "None", "nil", "undefined":
                self.init(.jsonLiteralCase, word)
            default: self.init(.jsonUnquotedWord, word)
            }
        case .duplicateKey(let key, let line, let column):
            self.init(.jsonDuplicateKey, key, String(line), String(column))
        case .invalidUTF8: self.init(.jsonInvalidUTF8)
        case .controlCharacterInString(let byte):
            switch byte {
            case 0x0A: self.init(.jsonLineBreakInString)
            case 0x09: self.init(.jsonTabInString)
            default: self.init(.jsonControlCharacterInString, hex4(byte))
            }
        case .invalidEscape(let escape): self.init(.jsonInvalidEscape, escape)
        case .loneSurrogate: self.init(.jsonLoneSurrogate)
        case .leadingZero: self.init(.jsonLeadingZero)
        case .invalidNumber(let text): self.init(.jsonInvalidNumber, text)
        case .numberOutOfRange(let text): self.init(.jsonNumberOutOfRange, text)
        case .tooDeeplyNested(let limit): self.init(.jsonTooDeeplyNested, String(limit))
        case .trailingContent: self.init(.jsonTrailingContent)
        }
    }
}

/// Four upper-case hex digits, `000B`.
private func hex4(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
}

extension JSONSyntaxError {
    /// One sentence in English saying what is wrong and how to fix it, for logs and files the office does not edit.
    public var message: String { DiagnosticMessage(self).text(.en) }

    /// The same sentence in `language`, for files the office does edit (such as the mail settings).
    public func message(_ language: DiagnosticLanguage) -> String { DiagnosticMessage(self).text(language) }
}
