/// Splits an expression's source into tokens.
///
/// Works on Unicode scalars so every offset it reports is a scalar index,
/// which is what the survey loader maps back to a line and column.
struct ExpressionLexer {
    private let source: SourceText
    private var position = 0

    init(_ source: SourceText) {
        self.source = source
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
        while let scalar = peek(), Self.isWhitespace(scalar) { position += 1 }
        let start = position
        guard let scalar = peek() else {
            return ExpressionToken(kind: .end, range: SourceRange(offset: start, length: 0))
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
        ExpressionToken(kind: kind, range: SourceRange(offset: start, length: position - start))
    }

    private func text(from start: Int) -> String {
        source[SourceRange(offset: start, length: position - start)]
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < source.count ? source.scalars[index] : nil
    }

    /// ASCII blanks are checked first: the Unicode property lookup is far slower.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r": true
        default: !scalar.isASCII && scalar.properties.isWhitespace
        }
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_": true
        default: false
        }
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
        let literal = text(from: start)
        guard let value = Double(literal), value.isFinite else {
            throw ExpressionError(.numberOutOfRange(literal), offset: start, length: position - start)
        }
        return .number(value)
    }

    private mutating func text(quote: Unicode.Scalar) throws(ExpressionError) -> ExpressionToken.Kind {
        let start = position
        position += 1
        var value = ""
        while let scalar = peek() {
            position += 1
            if scalar == quote { return .text(value) }
            if scalar == "\\" {
                guard let escaped = peek() else { break }
                guard escaped == "'" || escaped == "\"" || escaped == "\\" else {
                    throw ExpressionError(.invalidEscape(Character(escaped)), offset: position - 1, length: 2)
                }
                position += 1
                value.unicodeScalars.append(escaped)
            } else {
                value.unicodeScalars.append(scalar)
            }
        }
        throw ExpressionError(.unterminatedText, offset: start, length: source.count - start)
    }

    private mutating func word() -> ExpressionToken.Kind {
        let start = position
        while let scalar = peek(), Self.isWordPart(scalar) { position += 1 }
        let word = text(from: start)
        // No keyword is longer than `contains`; shorter words skip the lowercasing.
        if position - start <= 8, let keyword = ExpressionToken.Keyword(rawValue: word.lowercased()) {
            return .keyword(keyword)
        }
        return .identifier(word)
    }

    private mutating func symbol() throws(ExpressionError) -> ExpressionToken.Kind {
        let start = position
        guard let first = peek() else { preconditionFailure("symbol() is called only before a scalar") }
        // Two-scalar operators first, so `<=` is not read as `<` then `=`.
        if let second = peek(1), let symbol = Self.pair(first, second) {
            position += 2
            return .symbol(symbol)
        }
        position += 1
        if let symbol = Self.single(first) { return .symbol(symbol) }
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

    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> ExpressionToken.Symbol? {
        switch (first, second) {
        case ("=", "="): .equal
        case ("!", "="): .notEqual
        case ("<", "="): .lessOrEqual
        case (">", "="): .greaterOrEqual
        case ("&", "&"): .doubleAmpersand
        case ("|", "|"): .doublePipe
        default: nil
        }
    }

    private static func single(_ scalar: Unicode.Scalar) -> ExpressionToken.Symbol? {
        switch scalar {
        case "<": .less
        case ">": .greater
        case "+": .plus
        case "-": .minus
        case "*": .times
        case "/": .divide
        case "!": .bang
        case "(": .openParenthesis
        case ")": .closeParenthesis
        case "[": .openBracket
        case "]": .closeBracket
        case ",": .comma
        case ".": .dot
        default: nil
        }
    }
}
