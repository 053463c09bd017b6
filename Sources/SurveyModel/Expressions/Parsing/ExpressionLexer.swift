/// Splits an expression's source into tokens.
///
/// Works on Unicode scalars so every offset it reports is a scalar index,
/// which is what the survey loader maps back to a line and column.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// All tokens of the source, ending with one `.end` token.
    mutating func tokens() throws(ExpressionError) -> [ExpressionToken] {
        var tokens: [ExpressionToken] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(ExpressionError) -> ExpressionToken {
        while let scalar = peek(), scalar.properties.isWhitespace { position += 1 }
        let start = position
        guard let scalar = peek() else {
            return ExpressionToken(kind: .end, range: SourceRange(offset: start, length: 0), sourceText: "")
        }
        let kind: ExpressionToken.Kind
        switch scalar {
        case "0"..."9": kind = try number()
        case "'", "\"": kind = try text(quote: scalar)
        case "a"..."z", "A"..."Z", "_": kind = word()
        default: kind = try symbol()
        }
        return token(kind, from: start)
    }

    private func token(_ kind: ExpressionToken.Kind, from start: Int) -> ExpressionToken {
        let range = SourceRange(offset: start, length: position - start)
        return ExpressionToken(kind: kind, range: range, sourceText: text(in: range))
    }

    private func text(in range: SourceRange) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.offset..<range.end])
        return String(result)
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    private mutating func skipDigits() -> Int {
        let start = position
        while let scalar = peek(), ("0"..."9").contains(scalar) { position += 1 }
        return position - start
    }

    /// Digits, an optional fraction and an optional exponent: `3`, `0.25`, `1e6`.
    private mutating func number() throws(ExpressionError) -> ExpressionToken.Kind {
        let start = position
        _ = skipDigits()
        if peek() == ".", let digit = peek(1), ("0"..."9").contains(digit) {
            position += 1
            _ = skipDigits()
        }
        if let e = peek(), e == "e" || e == "E" {
            let mark = position
            position += 1
            if let sign = peek(), sign == "+" || sign == "-" { position += 1 }
            // Without digits the `e` starts a name, which the parser then rejects
            // with a message about what it expected.
            if skipDigits() == 0 { position = mark }
        }
        let range = SourceRange(offset: start, length: position - start)
        let literal = text(in: range)
        guard let value = Double(literal), value.isFinite else {
            throw ExpressionError(.numberOutOfRange(literal), at: range)
        }
        return .number(value)
    }

    private mutating func text(quote: Unicode.Scalar) throws(ExpressionError) -> ExpressionToken.Kind {
        let start = position
        position += 1
        var value = String.UnicodeScalarView()
        while let scalar = peek() {
            position += 1
            if scalar == quote { return .text(String(value)) }
            if scalar == "\\" {
                guard let escaped = peek() else { break }
                guard escaped == "'" || escaped == "\"" || escaped == "\\" else {
                    throw ExpressionError(.invalidEscape(Character(escaped)), offset: position - 1, length: 2)
                }
                position += 1
                value.append(escaped)
            } else {
                value.append(scalar)
            }
        }
        throw ExpressionError(.unterminatedText, offset: start, length: scalars.count - start)
    }

    private mutating func word() -> ExpressionToken.Kind {
        let start = position
        while let scalar = peek(), scalar.isASCII,
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
        {
            position += 1
        }
        let word = text(in: SourceRange(offset: start, length: position - start))
        if let keyword = ExpressionToken.Keyword(rawValue: word.lowercased()) { return .keyword(keyword) }
        return .identifier(word)
    }

    private mutating func symbol() throws(ExpressionError) -> ExpressionToken.Kind {
        let start = position
        guard let first = peek() else { preconditionFailure("symbol() is called only before a scalar") }
        // Two-scalar operators first, so `<=` is not read as `<` then `=`.
        if let second = peek(1) {
            var pair = String.UnicodeScalarView()
            pair.append(first)
            pair.append(second)
            if let symbol = ExpressionToken.Symbol(rawValue: String(pair)) {
                position += 2
                return .symbol(symbol)
            }
        }
        position += 1
        if let symbol = ExpressionToken.Symbol(rawValue: String(first)) { return .symbol(symbol) }
        let range = SourceRange(offset: start, length: 1)
        switch first {
        case "=": throw ExpressionError(.incompleteOperator(found: "=", expected: "=="), at: range)
        case "&": throw ExpressionError(.incompleteOperator(found: "&", expected: "&&"), at: range)
        case "|": throw ExpressionError(.incompleteOperator(found: "|", expected: "||"), at: range)
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}":
            throw ExpressionError(.typographicQuote(Character(first)), at: range)
        default: throw ExpressionError(.unexpectedCharacter(Character(first)), at: range)
        }
    }
}
