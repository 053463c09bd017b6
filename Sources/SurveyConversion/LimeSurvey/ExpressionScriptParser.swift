/// Recursive descent over the tokens, loosest operator first: `or`, `and`, `!`, comparison, `+ -`, `* /`.
struct ExpressionScriptParser {
    let tokens: [(ExpressionScriptToken, Int)]
    var position = 0
    var depth = 0

    init(tokens: [(ExpressionScriptToken, Int)]) { self.tokens = tokens }

    private static let wordComparisons: [String: ExpressionScript.Comparison] = [
        "eq": .equal, "ne": .notEqual, "lt": .less, "le": .lessOrEqual, "gt": .greater, "ge": .greaterOrEqual,
    ]

    mutating func parseAll() throws(ExpressionScript.ParseError) -> ExpressionScript {
        let expression = try parseOr()
        guard position == tokens.count else { throw error() }
        return expression
    }

    private func error() -> ExpressionScript.ParseError {
        .syntax(offset: position < tokens.count ? tokens[position].1 : (tokens.last?.1 ?? 0))
    }

    private var current: ExpressionScriptToken? { position < tokens.count ? tokens[position].0 : nil }

    private mutating func take(_ symbol: String) -> Bool {
        guard current == .symbol(symbol) else { return false }
        position += 1
        return true
    }

    private mutating func takeWord(_ word: String) -> Bool {
        guard case .name(let name) = current, name.lowercased() == word else { return false }
        position += 1
        return true
    }

    private mutating func nested<T>(
        _ body: (inout ExpressionScriptParser) throws(ExpressionScript.ParseError) -> T
    ) throws(ExpressionScript.ParseError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= ExpressionScript.maximumDepth else { throw .tooComplex }
        return try body(&self)
    }

    private mutating func parseOr() throws(ExpressionScript.ParseError) -> ExpressionScript {
        var left = try parseAnd()
        while take("||") || takeWord("or") {
            left = .or(left, try nested { parser throws(ExpressionScript.ParseError) in try parser.parseAnd() })
        }
        return left
    }

    private mutating func parseAnd() throws(ExpressionScript.ParseError) -> ExpressionScript {
        var left = try parseNot()
        while take("&&") || takeWord("and") {
            left = .and(left, try nested { parser throws(ExpressionScript.ParseError) in try parser.parseNot() })
        }
        return left
    }

    private mutating func parseNot() throws(ExpressionScript.ParseError) -> ExpressionScript {
        if take("!") || takeWord("not") {
            return .not(try nested { parser throws(ExpressionScript.ParseError) in try parser.parseNot() })
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(ExpressionScript.ParseError) -> ExpressionScript {
        let left = try parseSum()
        var comparison: ExpressionScript.Comparison?
        if case .symbol(let symbol) = current { comparison = .init(rawValue: symbol) }
        if case .name(let word) = current { comparison = Self.wordComparisons[word.lowercased()] }
        guard let comparison else { return left }
        position += 1
        return .compare(comparison, left, try parseSum())
    }

    private mutating func parseSum() throws(ExpressionScript.ParseError) -> ExpressionScript {
        var left = try parseProduct()
        while case .symbol(let symbol) = current, symbol == "+" || symbol == "-" {
            position += 1
            left = .arithmetic(
                Character(symbol), left,
                try nested { parser throws(ExpressionScript.ParseError) in try parser.parseProduct() })
        }
        return left
    }

    private mutating func parseProduct() throws(ExpressionScript.ParseError) -> ExpressionScript {
        var left = try parseUnary()
        while case .symbol(let symbol) = current, symbol == "*" || symbol == "/" {
            position += 1
            left = .arithmetic(
                Character(symbol), left,
                try nested { parser throws(ExpressionScript.ParseError) in try parser.parseUnary() })
        }
        return left
    }

    private mutating func parseUnary() throws(ExpressionScript.ParseError) -> ExpressionScript {
        if take("-") {
            return .negate(try nested { parser throws(ExpressionScript.ParseError) in try parser.parseUnary() })
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(ExpressionScript.ParseError) -> ExpressionScript {
        guard let token = current else { throw error() }
        position += 1
        switch token {
        case .number(let text): return .number(text)
        case .string(let text): return .string(text)
        case .symbol("("):
            let inner = try nested { parser throws(ExpressionScript.ParseError) in try parser.parseOr() }
            guard take(")") else { throw error() }
            return inner
        case .name(let word) where current == .symbol("("):
            position += 1
            var arguments: [ExpressionScript] = []
            if !take(")") {
                repeat {
                    arguments.append(try nested { parser throws(ExpressionScript.ParseError) in try parser.parseOr() })
                } while take(",")
                guard take(")") else { throw error() }
            }
            return .call(name: word.lowercased(), arguments: arguments)
        case .name(let word):
            return Self.variable(word)
        default:
            position -= 1
            throw error()
        }
    }

    /// `Q1.NAOK` → `Q1` with suffix `NAOK`; `that.Q1` and other dotted forms keep their whole name.
    private static func variable(_ word: String) -> ExpressionScript {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        // `that.Q1` and `self.Q1` are LimeSurvey's references to the question's own parts, not suffixes.
        guard parts.count == 2, let last = parts.last, parts[0] != "that", parts[0] != "self" else {
            return .variable(name: word, suffix: nil)
        }
        return .variable(name: String(parts[0]), suffix: String(last))
    }
}
