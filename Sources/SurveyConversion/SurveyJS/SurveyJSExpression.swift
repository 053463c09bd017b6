/// A parsed SurveyJS expression (`{q1} = 'a' and {q2} notempty`), before it is translated into ours.
///
/// The grammar follows SurveyJS's own (`grammar.pegjs` of survey-library): `or` binds loosest, then
/// `and`, comparisons, `+ -`, `* / %`, `^`, the word operators (`contains`, `anyof`, …) and finally
/// values, `{variables}`, function calls, `!` and the postfix `empty`/`notempty`.
indirect enum SurveyJSExpression: Equatable, Sendable {
    case variable(String)
    case text(String)
    case number(Double)
    case bool(Bool)
    case null
    case list([SurveyJSExpression])
    case not(SurveyJSExpression)
    case empty(SurveyJSExpression, negated: Bool)
    case binary(String, SurveyJSExpression, SurveyJSExpression)
    case call(String, [SurveyJSExpression])
}

/// Why a SurveyJS expression could not be read.
struct SurveyJSExpressionSyntaxError: Error, Equatable {
    /// What was found, in the source's own characters.
    let found: String
    /// 0-based character offset in the expression.
    let offset: Int
}

/// Reads SurveyJS expressions; linear in their length, and nesting is bounded so no input can exhaust the stack.
struct SurveyJSExpressionParser {
    private var tokens: [Token] = []
    private var index = 0
    private var depth = 0
    /// Deeper nesting than this is refused; real conditions stay far below.
    static let maximumDepth = 64

    enum Token: Equatable {
        case variable(String)
        case text(String)
        case number(Double)
        case word(String)
        case symbol(String)
        case end
    }

    private var offsets: [Int] = []

    static func parse(_ source: String) throws(SurveyJSExpressionSyntaxError) -> SurveyJSExpression {
        var parser = SurveyJSExpressionParser()
        try parser.tokenize(Array(source))
        let expression = try parser.orLevel()
        guard parser.current == .end else { throw parser.unexpected() }
        return expression
    }

    // MARK: Tokens

    private mutating func tokenize(_ characters: [Character]) throws(SurveyJSExpressionSyntaxError) {
        var position = 0
        func peek(_ offset: Int = 0) -> Character? {
            position + offset < characters.count ? characters[position + offset] : nil
        }
        while let character = peek() {
            let start = position
            if character.isWhitespace {
                position += 1
                continue
            }
            if character == "{" {
                var name = ""
                position += 1
                while let next = peek(), next != "}" {
                    name.append(next)
                    position += 1
                }
                guard peek() == "}" else { throw SurveyJSExpressionSyntaxError(found: "{", offset: start) }
                position += 1
                append(.variable(name.trimmingSpaces), at: start)
            } else if character == "'" || character == "\"" {
                var text = ""
                position += 1
                while let next = peek(), next != character {
                    if next == "\\", let escaped = peek(1), escaped == "'" || escaped == "\"" {
                        text.append(escaped)
                        position += 2
                    } else {
                        text.append(next)
                        position += 1
                    }
                }
                guard peek() == character else {
                    throw SurveyJSExpressionSyntaxError(found: String(character), offset: start)
                }
                position += 1
                append(.text(text), at: start)
            } else if character.isASCIIDigit {
                var digits = ""
                if character == "0", peek(1) == "x" || peek(1) == "X" {
                    position += 2
                    while let next = peek(), next.isHexDigit {
                        digits.append(next)
                        position += 1
                    }
                    append(.number(Double(UInt64(digits.prefix(15), radix: 16) ?? 0)), at: start)
                    continue
                }
                while let next = peek(), next.isASCIIDigit || (next == "." && peek(1)?.isASCIIDigit == true) {
                    digits.append(next)
                    position += 1
                }
                append(.number(Double(digits) ?? 0), at: start)
            } else if character.isASCIILetter || character == "_" {
                var word = ""
                while let next = peek(), next.isASCIILetter || next == "_" || next.isASCIIDigit {
                    word.append(next)
                    position += 1
                }
                append(.word(word), at: start)
            } else {
                let pair = String(character) + (peek(1).map(String.init) ?? "")
                let symbol =
                    ["||", "&&", "<=", ">=", "==", "!=", "<>", "*="].contains(pair) ? pair : String(character)
                guard "|&<>=!+-*/%^()[],".contains(symbol.first!), symbol != "|", symbol != "&" else {
                    throw SurveyJSExpressionSyntaxError(found: String(character), offset: start)
                }
                position += symbol.count
                append(.symbol(symbol), at: start)
            }
        }
        append(.end, at: characters.count)
    }

    private mutating func append(_ token: Token, at offset: Int) {
        tokens.append(token)
        offsets.append(offset)
    }

    private var current: Token { tokens[index] }

    private func unexpected() -> SurveyJSExpressionSyntaxError {
        let found: String =
            switch current {
            case .end: ""
            case .variable(let name): "{\(name)}"
            case .text(let text): "'\(text)'"
            case .number(let number): SurveyJSNumber.text(number)
            case .word(let word), .symbol(let word): word
            }
        return SurveyJSExpressionSyntaxError(found: found, offset: offsets[index])
    }

    /// Whether the current token is one of `words` (case-insensitive) or `symbols`; consumes it and returns its name.
    private mutating func take(words: [String: String] = [:], symbols: [String: String] = [:]) -> String? {
        let name: String?
        switch current {
        case .word(let word): name = words[word.lowercased()]
        case .symbol(let symbol): name = symbols[symbol]
        default: name = nil
        }
        if name != nil { index += 1 }
        return name
    }

    // MARK: Levels

    private mutating func nested<T>(
        _ body: (inout SurveyJSExpressionParser) throws(SurveyJSExpressionSyntaxError) -> T
    ) throws(SurveyJSExpressionSyntaxError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw unexpected() }
        return try body(&self)
    }

    private mutating func binaryLevel(
        words: [String: String], symbols: [String: String],
        next: (inout SurveyJSExpressionParser) throws(SurveyJSExpressionSyntaxError) -> SurveyJSExpression
    ) throws(SurveyJSExpressionSyntaxError) -> SurveyJSExpression {
        var left = try next(&self)
        let outer = depth
        defer { depth = outer }
        while let op = take(words: words, symbols: symbols) {
            // Each operator of a chain nests the tree one level deeper, which translating walks recursively.
            depth += 1
            guard depth <= Self.maximumDepth else { throw unexpected() }
            left = .binary(op, left, try next(&self))
        }
        return left
    }

    private mutating func orLevel() throws(SurveyJSExpressionSyntaxError) -> SurveyJSExpression {
        try nested { (parser) throws(SurveyJSExpressionSyntaxError) in
            try parser.binaryLevel(words: ["or": "or"], symbols: ["||": "or"]) {
                (parser) throws(SurveyJSExpressionSyntaxError) in
                try parser.binaryLevel(words: ["and": "and"], symbols: ["&&": "and"]) {
                    (parser) throws(SurveyJSExpressionSyntaxError) in try parser.comparisonLevel()
                }
            }
        }
    }

    private static let comparisonWords = [
        "lessorequal": "<=", "greaterorequal": ">=", "equal": "=", "notequal": "!=", "less": "<", "greater": ">",
    ]
    private static let comparisonSymbols = [
        "<=": "<=", ">=": ">=", "==": "=", "=": "=", "!=": "!=", "<>": "!=", "<": "<", ">": ">",
    ]

    private mutating func comparisonLevel() throws(SurveyJSExpressionSyntaxError) -> SurveyJSExpression {
        try binaryLevel(words: Self.comparisonWords, symbols: Self.comparisonSymbols) {
            (parser) throws(SurveyJSExpressionSyntaxError) in
            try parser.binaryLevel(words: [:], symbols: ["+": "+", "-": "-"]) {
                (parser) throws(SurveyJSExpressionSyntaxError) in
                try parser.binaryLevel(words: [:], symbols: ["*": "*", "/": "/", "%": "%"]) {
                    (parser) throws(SurveyJSExpressionSyntaxError) in
                    try parser.binaryLevel(words: ["power": "^"], symbols: ["^": "^"]) {
                        (parser) throws(SurveyJSExpressionSyntaxError) in try parser.wordOperatorLevel()
                    }
                }
            }
        }
    }

    private static let wordOperators = [
        "contains": "contains", "contain": "contains", "notcontains": "notcontains", "notcontain": "notcontains",
        "anyof": "anyof", "allof": "allof", "noneof": "noneof",
    ]

    private mutating func wordOperatorLevel() throws(SurveyJSExpressionSyntaxError) -> SurveyJSExpression {
        try binaryLevel(words: Self.wordOperators, symbols: ["*=": "contains"]) {
            (parser) throws(SurveyJSExpressionSyntaxError) in try parser.factor()
        }
    }

    private mutating func factor() throws(SurveyJSExpressionSyntaxError) -> SurveyJSExpression {
        try nested { (parser) throws(SurveyJSExpressionSyntaxError) in try parser.factorBody() }
    }

    private mutating func factorBody() throws(SurveyJSExpressionSyntaxError) -> SurveyJSExpression {
        if take(symbols: ["(": "("]) != nil {
            let inner = try orLevel()
            // SurveyJS lets a closing parenthesis be left out at the end.
            _ = take(symbols: [")": ")"])
            return inner
        }
        if take(words: ["negate": "!"], symbols: ["!": "!"]) != nil {
            return .not(try factor())
        }
        if take(symbols: ["[": "["]) != nil {
            let items = try sequence(closing: "]")
            guard take(symbols: ["]": "]"]) != nil else { throw unexpected() }
            return .list(items)
        }
        if case .symbol("-") = current, index + 1 < tokens.count, case .number(let number) = tokens[index + 1] {
            index += 2
            return try postfix(.number(-number))
        }
        let atom: SurveyJSExpression
        switch current {
        case .variable(let name): atom = .variable(name)
        case .text(let text): atom = .text(text)
        case .number(let number): atom = .number(number)
        case .word(let word):
            if index + 1 < tokens.count, tokens[index + 1] == .symbol("(") {
                index += 2
                let arguments = try sequence(closing: ")")
                _ = take(symbols: [")": ")"])
                return .call(word, arguments)
            }
            switch word.lowercased() {
            case "true": atom = .bool(true)
            case "false": atom = .bool(false)
            case "null", "undefined": atom = .null
            default: atom = .text(word)
            }
        default: throw unexpected()
        }
        index += 1
        return try postfix(atom)
    }

    private mutating func postfix(_ atom: SurveyJSExpression) throws(SurveyJSExpressionSyntaxError)
        -> SurveyJSExpression
    {
        if let op = take(words: ["empty": "empty", "notempty": "notempty"]) {
            return .empty(atom, negated: op == "notempty")
        }
        return atom
    }

    private mutating func sequence(closing: String) throws(SurveyJSExpressionSyntaxError) -> [SurveyJSExpression] {
        if current == .symbol(closing) { return [] }
        var items = [try orLevel()]
        while take(symbols: [",": ","]) != nil {
            items.append(try orLevel())
        }
        return items
    }
}

/// Numbers as SurveyJS writes them in values and conditions: `3`, not `3.0`.
enum SurveyJSNumber {
    static func text(_ number: Double) -> String {
        if let whole = Int(exactly: number) { return String(whole) }
        return number.isFinite ? String(number) : "0"
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
