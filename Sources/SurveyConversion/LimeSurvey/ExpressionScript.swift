/// A LimeSurvey ExpressionScript (relevance equation), parsed into a tree.
///
/// Only the part of the language our expressions can mirror is understood in
/// depth; everything else still parses (functions by name, any variable) so the
/// translation can say precisely what it could not carry over.
indirect enum ExpressionScript: Sendable, Equatable {
    case number(String)
    case string(String)
    /// A variable with its suffix removed: `Q1.NAOK` is `Q1` with the suffix `NAOK`.
    case variable(name: String, suffix: String?)
    case call(name: String, arguments: [ExpressionScript])
    case not(ExpressionScript)
    case negate(ExpressionScript)
    case and(ExpressionScript, ExpressionScript)
    case or(ExpressionScript, ExpressionScript)
    case compare(Comparison, ExpressionScript, ExpressionScript)
    case arithmetic(Character, ExpressionScript, ExpressionScript)

    enum Comparison: String, Sendable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    /// Why an equation could not be read at all.
    enum ParseError: Error, Sendable, Equatable {
        /// Not ExpressionScript at this character.
        case syntax(offset: Int)
        /// Longer or deeper than ``maximumTokens`` or ``maximumDepth``; refused rather than recursed into.
        case tooComplex
    }

    /// The deepest nesting read.
    static let maximumDepth = 64
    /// The most tokens read, which bounds the depth of the tree (`a + b + c …`) as well.
    static let maximumTokens = 400

    static func parse(_ source: String) throws(ParseError) -> ExpressionScript {
        let tokens = try ExpressionScriptLexer.tokens(source)
        guard tokens.count <= maximumTokens else { throw .tooComplex }
        var parser = ExpressionScriptParser(tokens: tokens)
        return try parser.parseAll()
    }
}

/// One token of an equation.
enum ExpressionScriptToken: Sendable, Equatable {
    case number(String)
    case string(String)
    case name(String)
    case symbol(String)
}

/// Splits an equation into tokens; linear in its length.
enum ExpressionScriptLexer {
    static let symbols = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", ",", "+", "-", "*", "/"]

    static func tokens(_ source: String) throws(ExpressionScript.ParseError) -> [(ExpressionScriptToken, Int)] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [(ExpressionScriptToken, Int)] = []
        var index = 0
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) || scalar == "_"
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let start = index
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" {
                index += 1
            } else if scalar == "\"" || scalar == "'" {
                var text = String.UnicodeScalarView()
                index += 1
                while index < scalars.count && scalars[index] != scalar {
                    if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
                    text.append(scalars[index])
                    index += 1
                }
                guard index < scalars.count else { throw .syntax(offset: start) }
                index += 1
                tokens.append((.string(String(text)), start))
            } else if isWordScalar(scalar) {
                // Words may continue with dots (`Q1.NAOK`, `that.Q1`); a number is digits and at most one dot.
                while index < scalars.count && (isWordScalar(scalars[index]) || scalars[index] == ".") { index += 1 }
                let word = String(String.UnicodeScalarView(scalars[start..<index]))
                let isNumber =
                    word.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
                    && word.filter { $0 == "." }.count <= 1 && word.first != "."
                tokens.append((isNumber ? .number(word) : .name(word), start))
            } else if let symbol = symbols.first(where: { matches($0, scalars, at: index) }) {
                index += symbol.unicodeScalars.count
                tokens.append((.symbol(symbol), start))
            } else {
                throw .syntax(offset: start)
            }
        }
        return tokens
    }

    private static func matches(_ symbol: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let wanted = Array(symbol.unicodeScalars)
        guard index + wanted.count <= scalars.count else { return false }
        return Array(scalars[index..<index + wanted.count]) == wanted
    }
}

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
