/// Writes an ``ExpressionScript`` tree in our expression syntax, with the fewest parentheses
/// precedence allows; throws the reason for the first part it cannot carry over.
struct RelevanceWriter {
    typealias Reason = RelevanceTranslation.Reason

    /// A piece of our expression: its text, how loosely it binds, and how deeply it nests.
    struct Piece {
        let text: String
        /// For `not x`, the piece `x`, so that negating it again gives `x` back rather than `not not x`.
        var negated: [Piece] = []
        /// 1 `or`, 2 `and`, 3 `not`, 4 comparison, 5 `+ -`, 6 `* /`, 7 unary minus, 8 atoms and calls.
        let level: Int
        let depth: Int

        func wrapped(below level: Int) -> Piece {
            self.level < level ? Piece(text: "(\(text))", level: 8, depth: depth + 1) : self
        }
    }

    let resolve: (String) -> RelevanceTranslation.Resolution
    private(set) var notes: [Reason] = []

    init(resolve: @escaping (String) -> RelevanceTranslation.Resolution) {
        self.resolve = resolve
    }

    // MARK: Conditions (yes or no)

    mutating func condition(_ tree: ExpressionScript) throws(Reason) -> Piece {
        switch tree {
        case .or(let left, let right):
            return Self.binary(try condition(left), "or", try condition(right), level: 1)
        case .and(let left, let right):
            return Self.binary(try condition(left), "and", try condition(right), level: 2)
        case .not(let inner):
            return Self.negation(try condition(inner))
        case .compare(let comparison, let left, let right):
            return try compare(comparison, left, right)
        case .variable(let name, let suffix):
            // LimeSurvey reads a variable as true when it holds anything.
            return try answered(variable(name, suffix), name: name)
        case .call("is_empty", let arguments):
            guard arguments.count == 1, case .variable(let name, let suffix) = arguments[0] else {
                throw .unsupportedFunction("is_empty")
            }
            return Self.negation(try answered(variable(name, suffix), name: name))
        case .call("count", _):
            throw .countDiffers
        case .call(let name, _) where !Self.numericFunctions.keys.contains(name):
            throw .unsupportedFunction(name)
        default:
            throw .incomparable(Self.describe(tree))
        }
    }

    private func answered(_ target: ConvertedVariable, name: String) throws(Reason) -> Piece {
        switch target {
        case .question(let id, _):
            return Piece(text: "answered(\(id))", level: 8, depth: 1)
        case .option(let question, let value):
            return Self.contains(question, value)
        case .matrixRow:
            throw .incomparable(name)
        }
    }

    private mutating func compare(
        _ comparison: ExpressionScript.Comparison, _ left: ExpressionScript, _ right: ExpressionScript
    ) throws(Reason) -> Piece {
        // A literal on the left is turned around: `"A1" == Q1` reads as `Q1 == "A1"`.
        if Self.isLiteral(left), !Self.isLiteral(right) { return try compare(comparison.mirrored, right, left) }
        guard case .variable(let name, let suffix) = left, Self.isLiteral(right) else {
            return try compareNumbers(comparison, left, right)
        }
        let target = try variable(name, suffix)
        let literal = Self.literalText(right)
        if literal.isEmpty && (comparison == .equal || comparison == .notEqual) {
            let isAnswered = try answered(target, name: name)
            return comparison == .notEqual ? isAnswered : Self.negation(isAnswered)
        }
        switch target {
        case .option(let question, let value):
            guard literal == "Y", comparison == .equal || comparison == .notEqual else {
                throw .incomparable("\(name) \(comparison.rawValue) \"\(literal)\"")
            }
            let test = Self.contains(question, value)
            return comparison == .equal ? test : Self.negation(test)
        case .question(let id, .choices(let codes)) where comparison == .equal || comparison == .notEqual:
            // LimeSurvey's conditions compare a multiple choice with one option's code: "this one is chosen".
            guard let value = codes[literal] else { throw .notAnOption(variable: name, value: literal) }
            let test = Self.contains(id, value)
            return comparison == .equal ? test : Self.negation(test)
        case .question(let id, let kind):
            return try compare(comparison, Piece(text: id, level: 8, depth: 0), kind, literal, name: name)
        case .matrixRow(let question, let row, let cell):
            return try compare(
                comparison, Piece(text: "\(question).\(row)", level: 8, depth: 0), cell, literal, name: name)
        }
    }

    /// `subject op literal`, with the literal written as the subject's kind requires.
    private func compare(
        _ comparison: ExpressionScript.Comparison, _ subject: Piece, _ kind: ConvertedVariable.Kind,
        _ literal: String, name: String
    ) throws(Reason) -> Piece {
        let value: String
        switch kind {
        case .number:
            guard let number = Double(literal), number.isFinite else {
                throw .incomparable("\(name) \(comparison.rawValue) \"\(literal)\"")
            }
            value = Self.numberText(literal)
        case .text:
            guard comparison == .equal || comparison == .notEqual else {
                throw .incomparable("\(name) \(comparison.rawValue) \"\(literal)\"")
            }
            value = Self.quoted(literal)
        case .date:
            guard Self.isISODate(literal) else { throw .incomparable("\(name) \(comparison.rawValue) \"\(literal)\"") }
            value = Self.quoted(literal)
        case .boolean:
            guard comparison == .equal || comparison == .notEqual, literal == "Y" || literal == "N" else {
                throw .notAnOption(variable: name, value: literal)
            }
            value = literal == "Y" ? "true" : "false"
        case .choice(let codes):
            guard comparison == .equal || comparison == .notEqual else {
                throw .incomparable("\(name) \(comparison.rawValue) \"\(literal)\"")
            }
            guard let option = codes[literal] else { throw .notAnOption(variable: name, value: literal) }
            value = Self.quoted(option)
        case .choices, .matrix:
            throw .incomparable("\(name) \(comparison.rawValue) \"\(literal)\"")
        }
        let equal = Self.binary(subject, "==", Piece(text: value, level: 8, depth: 0), level: 4)
        switch comparison {
        case .equal: return equal
        // LimeSurvey: an unanswered question differs from every value; ours: every comparison with it is false.
        case .notEqual: return Self.negation(equal)
        default:
            return Self.binary(subject, comparison.rawValue, Piece(text: value, level: 8, depth: 0), level: 4)
        }
    }

    private mutating func compareNumbers(
        _ comparison: ExpressionScript.Comparison, _ left: ExpressionScript, _ right: ExpressionScript
    ) throws(Reason) -> Piece {
        let l = try number(left)
        let r = try number(right)
        let equal = Self.binary(l, "==", r, level: 4)
        if comparison == .notEqual { return Self.negation(equal) }
        return Self.binary(l, comparison.rawValue, r, level: 4)
    }

    // MARK: Numbers

    /// Functions that take and give numbers in both languages, by LimeSurvey's name → ours.
    private static let numericFunctions = [
        "sum": "sum", "min": "min", "max": "max", "abs": "abs", "round": "round", "strlen": "len",
    ]

    private mutating func number(_ tree: ExpressionScript) throws(Reason) -> Piece {
        switch tree {
        case .number(let text):
            return Piece(text: Self.numberText(text), level: 8, depth: 0)
        case .string(let text):
            guard let number = Double(text), number.isFinite else { throw .incomparable("\"\(text)\"") }
            return Piece(text: Self.numberText(text), level: 8, depth: 0)
        case .variable(let name, let suffix):
            switch try variable(name, suffix) {
            case .question(let id, .number): return Piece(text: id, level: 8, depth: 0)
            case .matrixRow(let question, let row, .number):
                return Piece(text: "\(question).\(row)", level: 8, depth: 0)
            default: throw .incomparable(name)
            }
        case .negate(let inner):
            let piece = try number(inner).wrapped(below: 7)
            return Piece(text: "-" + piece.text, level: 7, depth: piece.depth + 1)
        case .arithmetic(let symbol, let left, let right):
            let level = symbol == "+" || symbol == "-" ? 5 : 6
            let l = try number(left)
            let r = try number(right)
            // The right side needs parentheses at the same level: a - (b - c).
            let rightWrapped = r.level <= level ? Piece(text: "(\(r.text))", level: 8, depth: r.depth + 1) : r
            return Piece(
                text: "\(l.wrapped(below: level).text) \(symbol) \(rightWrapped.text)", level: level,
                depth: max(l.depth, rightWrapped.depth) + 1)
        case .call("strlen", let arguments):
            guard arguments.count == 1, case .variable(let name, let suffix) = arguments[0],
                case .question(let id, .text) = try variable(name, suffix)
            else { throw .unsupportedFunction("strlen") }
            return Piece(text: "len(\(id))", level: 8, depth: 1)
        case .call("count", _):
            throw .countDiffers
        case .call(let name, let arguments):
            guard let ours = Self.numericFunctions[name], !arguments.isEmpty else { throw .unsupportedFunction(name) }
            if name == "sum", !notes.contains(.sumOfUnanswered) { notes.append(.sumOfUnanswered) }
            var pieces: [Piece] = []
            for argument in arguments { pieces.append(try number(argument)) }
            return Piece(
                text: "\(ours)(\(pieces.map(\.text).joined(separator: ", ")))", level: 8,
                depth: (pieces.map(\.depth).max() ?? 0) + 1)
        default:
            throw .incomparable(Self.describe(tree))
        }
    }

    // MARK: Pieces

    private func variable(_ name: String, _ suffix: String?) throws(Reason) -> ConvertedVariable {
        if let suffix, suffix != "NAOK", suffix != "code" {
            throw .unsupportedSuffix(variable: name, suffix: suffix)
        }
        switch resolve(name) {
        case .variable(let target): return target
        case .unknown: throw .unknownVariable(name)
        case .later: throw .laterQuestion(name)
        }
    }

    private static func binary(_ left: Piece, _ symbol: String, _ right: Piece, level: Int) -> Piece {
        // Comparisons do not chain, so both sides of one bind tighter; `and`/`or` associate.
        let rightLevel = level == 4 ? level + 1 : level
        let l = left.wrapped(below: level == 4 ? 5 : level)
        let r = right.wrapped(below: rightLevel)
        return Piece(text: "\(l.text) \(symbol) \(r.text)", level: level, depth: max(l.depth, r.depth) + 1)
    }

    /// `not x`, with `x` in parentheses unless it is a call or a name, so `not (a == 1)` reads unambiguously.
    private static func negation(_ inner: Piece) -> Piece {
        if let positive = inner.negated.first { return positive }
        let wrapped = inner.wrapped(below: 8)
        return Piece(text: "not " + wrapped.text, negated: [inner], level: 3, depth: wrapped.depth + 1)
    }

    private static func contains(_ question: String, _ value: String) -> Piece {
        Piece(text: "\(question) contains \(quoted(value))", level: 4, depth: 1)
    }

    private static func isLiteral(_ tree: ExpressionScript) -> Bool {
        switch tree {
        case .number, .string: true
        default: false
        }
    }

    private static func literalText(_ tree: ExpressionScript) -> String {
        switch tree {
        case .number(let text), .string(let text): text
        default: ""
        }
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }

    /// A number as our expressions write it: `5`, `2.5`, without leading zeros or a trailing dot.
    private static func numberText(_ text: String) -> String {
        guard let number = Double(text) else { return text }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) }
            && parts.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// A short description of a part of an equation for a message.
    private static func describe(_ tree: ExpressionScript) -> String {
        switch tree {
        case .number(let text): text
        case .string(let text): "\"\(text)\""
        case .variable(let name, let suffix): suffix.map { "\(name).\($0)" } ?? name
        case .call(let name, _): "\(name)(…)"
        default: "…"
        }
    }
}

extension ExpressionScript.Comparison {
    /// The comparison with its sides swapped: `a < b` is `b > a`.
    var mirrored: Self {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }
}
