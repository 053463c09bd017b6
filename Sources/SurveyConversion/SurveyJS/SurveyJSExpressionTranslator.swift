/// Translates a parsed SurveyJS expression into our expression language, or says why it cannot.
///
/// Only meaning-preserving translations are made. SurveyJS's `{q} != 'a'` is true while `q` is
/// unanswered, so it becomes `not (q == 'a')` (ours would be false); `{q} notempty` becomes
/// `answered(q)`; `anyof`, `allof` and `noneof` on a multiple choice become `contains` joined by
/// `or`/`and`; values of choices are replaced by the option values they were converted to.
struct SurveyJSExpressionTranslator {
    /// The converted question a SurveyJS name (any case) refers to.
    let question: (String) -> SurveyJSQuestionInfo?

    /// A translated piece: its text and how tightly it binds (1 `or`, 2 `and`, 3 `not`, 4 comparison, 5 `+ -`, 6 `* /`, 9 atom).
    struct Piece {
        let text: String
        let precedence: Int
        var kind: Kind = .computed

        enum Kind {
            case question(SurveyJSQuestionInfo)
            case cell(SurveyJSQuestionInfo.Cell)
            case constant(SurveyJSExpression)
            case computed
        }
    }

    /// The expression as a yes/no condition.
    func condition(_ expression: SurveyJSExpression) throws(SurveyJSUntranslatable) -> Piece {
        switch expression {
        case .binary("or", let left, let right):
            return Piece(text: try condition(left).text + " or " + (try condition(right).text), precedence: 1)
        case .binary("and", let left, let right):
            return Piece(
                text: Self.wrap(try condition(left), below: 2) + " and " + Self.wrap(try condition(right), below: 2),
                precedence: 2)
        case .not(let inner):
            return Piece(text: "not (" + (try condition(inner).text) + ")", precedence: 3)
        case .empty(let inner, let negated):
            let answered = "answered(" + (try reference(inner).text) + ")"
            return Piece(text: negated ? answered : "not " + answered, precedence: negated ? 9 : 3)
        case .binary("=", let left, let right): return try equality(left, right)
        case .binary("!=", let left, let right):
            if Self.isNothing(left) || Self.isNothing(right) {
                return Piece(
                    text: "answered(" + (try reference(Self.isNothing(left) ? right : left).text) + ")", precedence: 9)
            }
            return Piece(text: "not (" + (try equality(left, right).text) + ")", precedence: 3)
        case .binary(let op, let left, let right) where ["<", "<=", ">", ">="].contains(op):
            let (l, r) = (try value(left), try value(right))
            if Self.isChoice(l) || Self.isChoice(r) { throw .comparison(op) }
            let (lt, rt) = (Self.numeric(l, beside: r), Self.numeric(r, beside: l))
            return Piece(text: Self.wrap(lt, below: 5) + " \(op) " + Self.wrap(rt, below: 5), precedence: 4)
        case .binary("contains", let left, let right): return try contains(left, right)
        case .binary("notcontains", let left, let right):
            return Piece(text: "not (" + (try contains(left, right).text) + ")", precedence: 3)
        case .binary("anyof", let left, let right): return try anyOf(left, right)
        case .binary("noneof", let left, let right):
            return Piece(text: "not (" + (try anyOf(left, right).text) + ")", precedence: 3)
        case .binary("allof", let left, let right): return try allOf(left, right)
        case .variable:
            let piece = try value(expression)
            if case .question(let info) = piece.kind {
                if case .boolean = info.kind { return Piece(text: info.id + " == true", precedence: 4) }
                return Piece(text: "answered(\(info.id))", precedence: 9)
            }
            return piece
        default:
            return try value(expression)
        }
    }

    // MARK: Comparisons

    private func equality(_ left: SurveyJSExpression, _ right: SurveyJSExpression) throws(SurveyJSUntranslatable)
        -> Piece
    {
        if Self.isNothing(left) || Self.isNothing(right) {
            let target = try reference(Self.isNothing(left) ? right : left)
            return Piece(text: "not answered(\(target.text))", precedence: 3)
        }
        var (l, r) = (try value(left), try value(right))
        if case .constant = l.kind { swap(&l, &r) }
        if case .constant(let constant) = r.kind {
            switch l.kind {
            case .question(let info):
                return Piece(text: info.id + " == " + (try constantText(constant, for: info)), precedence: 4)
            case .cell(let cell):
                return Piece(text: l.text + " == " + (try constantText(constant, for: cell, in: l.text)), precedence: 4)
            default: break
            }
        }
        return Piece(text: Self.wrap(l, below: 5) + " == " + Self.wrap(r, below: 5), precedence: 4)
    }

    private func contains(_ left: SurveyJSExpression, _ right: SurveyJSExpression) throws(SurveyJSUntranslatable)
        -> Piece
    {
        let (l, r) = (try value(left), try value(right))
        guard case .question(let info) = l.kind, case .constant(let constant) = r.kind else {
            throw .comparison("contains")
        }
        switch info.kind {
        case .multiple(let values), .ranking(let values):
            return Piece(text: info.id + " contains " + (try option(constant, in: values, of: info.id)), precedence: 4)
        case .text:
            return Piece(text: info.id + " contains " + Self.quoted(Self.plain(constant)), precedence: 4)
        default: throw .comparison("contains")
        }
    }

    private func anyOf(_ left: SurveyJSExpression, _ right: SurveyJSExpression) throws(SurveyJSUntranslatable) -> Piece
    {
        let (target, items) = try listOperands(left, right, op: "anyof")
        switch target.kind {
        case .question(let info):
            switch info.kind {
            case .multiple(let values), .ranking(let values):
                let parts = try items.map { (item) throws(SurveyJSUntranslatable) in
                    info.id + " contains " + (try option(item, in: values, of: info.id))
                }
                return Piece(text: "(" + parts.joined(separator: " or ") + ")", precedence: 9)
            default:
                let texts = try items.map { (item) throws(SurveyJSUntranslatable) in try constantText(item, for: info) }
                return Piece(text: info.id + " in [" + texts.joined(separator: ", ") + "]", precedence: 4)
            }
        case .cell(let cell):
            let texts = try items.map { (item) throws(SurveyJSUntranslatable) in
                try constantText(item, for: cell, in: target.text)
            }
            return Piece(text: target.text + " in [" + texts.joined(separator: ", ") + "]", precedence: 4)
        default: throw .comparison("anyof")
        }
    }

    private func allOf(_ left: SurveyJSExpression, _ right: SurveyJSExpression) throws(SurveyJSUntranslatable) -> Piece
    {
        let (target, items) = try listOperands(left, right, op: "allof")
        guard case .question(let info) = target.kind else { throw .comparison("allof") }
        switch info.kind {
        case .multiple(let values), .ranking(let values):
            let parts = try items.map { (item) throws(SurveyJSUntranslatable) in
                info.id + " contains " + (try option(item, in: values, of: info.id))
            }
            return Piece(text: parts.joined(separator: " and "), precedence: parts.count == 1 ? 4 : 2)
        default:
            guard items.count == 1 else { throw .comparison("allof") }
            return Piece(text: info.id + " == " + (try constantText(items[0], for: info)), precedence: 4)
        }
    }

    /// The question side and the constant items of `anyof`/`allof`; a single constant counts as a list of one.
    private func listOperands(
        _ left: SurveyJSExpression, _ right: SurveyJSExpression, op: String
    ) throws(SurveyJSUntranslatable) -> (Piece, [SurveyJSExpression]) {
        let items: [SurveyJSExpression]
        switch right {
        case .list(let list): items = list
        case .text, .number, .bool: items = [right]
        default: throw .comparison(op)
        }
        guard !items.isEmpty, items.allSatisfy(Self.isConstant) else { throw .comparison(op) }
        return (try value(left), items)
    }

    // MARK: Values

    /// A value: a question, matrix cell, constant, function call or calculation.
    func value(_ expression: SurveyJSExpression) throws(SurveyJSUntranslatable) -> Piece {
        switch expression {
        case .variable: return try reference(expression)
        case .number(let number):
            return Piece(text: SurveyJSNumber.text(number), precedence: 9, kind: .constant(expression))
        case .text(let text): return Piece(text: Self.quoted(text), precedence: 9, kind: .constant(expression))
        case .bool(let flag): return Piece(text: flag ? "true" : "false", precedence: 9, kind: .constant(expression))
        case .null, .list: throw .comparison("[ ]")
        case .binary(let op, let left, let right) where ["+", "-", "*", "/"].contains(op):
            let level = op == "+" || op == "-" ? 5 : 6
            let l = Self.wrap(try value(left), below: level)
            let r = try value(right)
            // `a - (b - c)` keeps its parentheses; `a - b - c` needs none.
            let rightText =
                r.precedence <= level && (op == "-" || op == "/") ? "(\(r.text))" : Self.wrap(r, below: level)
            return Piece(text: l + " \(op) " + rightText, precedence: level)
        case .binary(let op, _, _) where ["%", "^"].contains(op): throw .operator(op)
        case .call(let name, let arguments): return try call(name, arguments)
        default:
            return Piece(text: "(" + (try condition(expression).text) + ")", precedence: 9)
        }
    }

    /// `{name}`, `{name.length}` of a multiple choice, or `{matrix.row}`.
    private func reference(_ expression: SurveyJSExpression) throws(SurveyJSUntranslatable) -> Piece {
        guard case .variable(let name) = expression else { throw .comparison("empty") }
        if let info = question(name) { return Piece(text: info.id, precedence: 9, kind: .question(info)) }
        if let dot = name.lastIndex(of: "."), let info = question(String(name[..<dot])) {
            let member = String(name[name.index(after: dot)...])
            switch info.kind {
            case .multiple, .ranking:
                if member.lowercased() == "length" { return Piece(text: "count(\(info.id))", precedence: 9) }
            case .matrix(let rows, let cell):
                if let row = rows.ours(for: member) {
                    return Piece(text: info.id + "." + row, precedence: 9, kind: .cell(cell))
                }
            default: break
            }
        }
        throw .unknownName(name)
    }

    private func call(_ name: String, _ arguments: [SurveyJSExpression]) throws(SurveyJSUntranslatable) -> Piece {
        let texts = try arguments.map { (argument) throws(SurveyJSUntranslatable) in try value(argument).text }
        switch (name.lowercased(), texts.count) {
        case ("sum", 1...), ("min", 1...), ("max", 1...), ("round", 1...2), ("abs", 1):
            return Piece(text: name.lowercased() + "(" + texts.joined(separator: ", ") + ")", precedence: 9)
        case ("today", 0): return Piece(text: "today()", precedence: 9)
        case ("currentyear", 0): return Piece(text: "year(today())", precedence: 9)
        case ("year", 1), ("getyear", 1): return Piece(text: "year(\(texts[0]))", precedence: 9)
        default: throw .function(name)
        }
    }

    // MARK: Constants

    /// A constant as compared with `info`: an option value in quotes, a number, a yes/no, a text or a date.
    private func constantText(
        _ constant: SurveyJSExpression, for info: SurveyJSQuestionInfo
    ) throws(SurveyJSUntranslatable) -> String {
        switch info.kind {
        case .single(let values): return try option(constant, in: values, of: info.id)
        case .multiple, .ranking, .matrix: throw .comparison("=")
        case .boolean(let yes, let no):
            if case .bool(let flag) = constant { return flag ? "true" : "false" }
            let text = Self.plain(constant).lowercased()
            if text == "true" || text == yes?.lowercased() { return "true" }
            if text == "false" || text == no?.lowercased() { return "false" }
            throw .notAnOption(value: Self.plain(constant), question: info.id)
        case .number: return try Self.number(constant)
        case .text, .date: return Self.quoted(Self.plain(constant))
        }
    }

    private func constantText(
        _ constant: SurveyJSExpression, for cell: SurveyJSQuestionInfo.Cell, in reference: String
    ) throws(SurveyJSUntranslatable) -> String {
        switch cell {
        case .scale: try Self.number(constant)
        case .options(let values): try option(constant, in: values, of: reference)
        }
    }

    private func option(
        _ constant: SurveyJSExpression, in values: SurveyJSValueMap, of id: String
    ) throws(SurveyJSUntranslatable) -> String {
        let source = Self.plain(constant)
        guard let ours = values.ours(for: source) else { throw .notAnOption(value: source, question: id) }
        return Self.quoted(ours)
    }

    private static func number(_ constant: SurveyJSExpression) throws(SurveyJSUntranslatable) -> String {
        if case .number(let number) = constant { return SurveyJSNumber.text(number) }
        if case .text(let text) = constant, let number = Double(text.trimmingSpaces) {
            return SurveyJSNumber.text(number)
        }
        throw .notAnOption(value: plain(constant), question: "")
    }

    /// A text constant that is a number becomes the number when the other side is numeric (SurveyJS compares loosely).
    private static func numeric(_ piece: Piece, beside other: Piece) -> Piece {
        guard case .constant(.text(let text)) = piece.kind, let number = Double(text.trimmingSpaces) else {
            return piece
        }
        switch other.kind {
        case .question(let info):
            if case .number = info.kind { break }
            return piece
        case .cell(.scale), .computed: break
        default: return piece
        }
        return Piece(text: SurveyJSNumber.text(number), precedence: 9)
    }

    /// The text of a constant as SurveyJS compares it: `1` and `'1'` alike.
    static func plain(_ constant: SurveyJSExpression) -> String {
        switch constant {
        case .text(let text): text
        case .number(let number): SurveyJSNumber.text(number)
        case .bool(let flag): flag ? "true" : "false"
        default: ""
        }
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
    }

    private static func wrap(_ piece: Piece, below level: Int) -> String {
        piece.precedence < level ? "(\(piece.text))" : piece.text
    }

    private static func isNothing(_ expression: SurveyJSExpression) -> Bool {
        expression == .null || expression == .text("")
    }

    private static func isConstant(_ expression: SurveyJSExpression) -> Bool {
        switch expression {
        case .text, .number, .bool: true
        default: false
        }
    }

    private static func isChoice(_ piece: Piece) -> Bool {
        switch piece.kind {
        case .question(let info):
            switch info.kind {
            case .single, .multiple, .ranking, .matrix: true
            default: false
            }
        case .cell(.options): true
        default: false
        }
    }
}

/// Why a SurveyJS expression has no translation.
enum SurveyJSUntranslatable: Error, Equatable {
    case `operator`(String)
    case function(String)
    case unknownName(String)
    case notAnOption(value: String, question: String)
    case comparison(String)

    var german: String {
        switch self {
        case .operator(let op): "für den Operator „\(op)“ gibt es keine Entsprechung"
        case .function(let name): "für die Funktion „\(name)()“ gibt es keine Entsprechung"
        case .unknownName(let name): "„{\(name)}“ ist keine übernommene Frage"
        case .notAnOption(let value, let question) where question.isEmpty: "„\(value)“ ist keine Zahl"
        case .notAnOption(let value, let question): "„\(value)“ ist keine Antwortmöglichkeit von „\(question)“"
        case .comparison(let op): "dieser Vergleich mit „\(op)“ lässt sich nicht übertragen"
        }
    }

    var english: String {
        switch self {
        case .operator(let op): "the operator “\(op)” has no equivalent"
        case .function(let name): "the function “\(name)()” has no equivalent"
        case .unknownName(let name): "“{\(name)}” is not a converted question"
        case .notAnOption(let value, let question) where question.isEmpty: "“\(value)” is not a number"
        case .notAnOption(let value, let question): "“\(value)” is not an option of “\(question)”"
        case .comparison(let op): "this comparison with “\(op)” cannot be carried over"
        }
    }
}
