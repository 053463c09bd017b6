import Suggestions

/// Checks a parsed expression against a survey's questions and participant
/// fields, collecting every problem rather than stopping at the first.
struct ExpressionChecker {
    /// What checking found out about a subexpression.
    enum Inferred: Equatable {
        case known(ExpressionType)
        /// The `null` literal, which has no type of its own.
        case null
        /// Not known because of an error already reported; stops one mistake
        /// from causing a cascade of follow-up errors.
        case unknown
    }

    /// The kinds of single values, for deciding what compares with what.
    private enum ScalarKind: Equatable {
        case number, text, bool, date
    }

    private let schema: ExpressionSchema
    private let source: SourceText
    private(set) var errors: [ExpressionError] = []

    init(schema: ExpressionSchema, source: SourceText) {
        self.schema = schema
        self.source = source
    }

    /// Checks `node` and that its type is `expected`.
    mutating func check(_ node: ExpressionNode, expecting expected: ExpressionType) {
        guard case .known(let found) = infer(node), !fits(found, expected) else { return }
        report(.resultType(expected: expected, found: found), at: node.range)
    }

    // MARK: Inference

    private mutating func infer(_ node: ExpressionNode) -> Inferred {
        switch node.kind {
        case .literal(let value):
            return switch value {
            case .number: .known(.number)
            case .text: .known(.text)
            case .bool: .known(.bool)
            case .date: .known(.date)
            case .missing, .list: .null
            }
        case .list(let elements):
            return inferList(elements, range: node.range)
        case .reference(let path, let memberRange):
            return resolve(path, range: node.range, memberRange: memberRange)
        case .negate(let operand):
            return require(operand, .number, subject: "'-'")
        case .not(let operand):
            return require(operand, .bool, subject: "'not'")
        case .binary(let op, let left, let right, let operatorRange):
            return inferBinary(op, left, right, operatorRange: operatorRange)
        case .call(let function, let arguments):
            return inferCall(function, arguments)
        }
    }

    private mutating func inferList(_ elements: [ExpressionNode], range: SourceRange) -> Inferred {
        guard !elements.isEmpty else {
            report(.emptyList, at: range)
            return .unknown
        }
        var kinds: [ScalarKind] = []
        for element in elements {
            switch infer(element) {
            case .known(let type):
                guard let kind = scalarKind(type) else {
                    report(.mixedList, at: element.range)
                    return .unknown
                }
                kinds.append(kind)
            case .null:
                report(.comparisonWithNull, at: element.range)
                return .unknown
            case .unknown:
                return .unknown
            }
        }
        guard let first = kinds.first, kinds.allSatisfy({ $0 == first }) else {
            report(.mixedList, at: range)
            return .unknown
        }
        return .known(.list(type(of: first)))
    }

    private mutating func resolve(_ path: ReferencePath, range: SourceRange, memberRange: SourceRange?) -> Inferred {
        switch path {
        case .question(let id):
            return question(id, range: range).map(Inferred.known) ?? .unknown
        case .participant(let id):
            if let type = schema.participantFields[id] { return .known(type) }
            let suggestion = closestMatch(to: id, among: schema.participantFields.keys)
            report(.unknownParticipantField(id, suggestion: suggestion), at: memberRange ?? range)
            return .unknown
        case .matrixRow(let id, let row):
            let idRange = SourceRange(offset: range.offset, length: id.unicodeScalars.count)
            guard let type = question(id, range: idRange) else { return .unknown }
            guard case .matrix(let rows, let cell) = type else {
                report(.notAMatrix(id), at: idRange)
                return .unknown
            }
            guard rows.contains(row) else {
                report(
                    .unknownMatrixRow(question: id, row: row, suggestion: closestMatch(to: row, among: rows)),
                    at: memberRange ?? range)
                return .unknown
            }
            return .known(cell)
        }
    }

    /// The type of a question, or an error with a did-you-mean that also
    /// considers participant fields written without `participant.`.
    private mutating func question(_ id: String, range: SourceRange) -> ExpressionType? {
        if let type = schema.questions[id] { return type }
        let suggestion =
            schema.participantFields[id] != nil
            ? "participant.\(id)"
            : closestMatch(to: id, among: schema.questions.keys)
        report(.unknownQuestion(id, suggestion: suggestion), at: range)
        return nil
    }

    private mutating func inferBinary(
        _ op: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, operatorRange: SourceRange
    ) -> Inferred {
        func subject() -> String { "'\(op.rawValue)'" }
        switch op {
        case .and, .or:
            let results = [require(left, .bool, subject: subject()), require(right, .bool, subject: subject())]
            return results.contains(.unknown) ? .unknown : .known(.bool)
        case .plus, .minus, .times, .divide:
            let results = [require(left, .number, subject: subject()), require(right, .number, subject: subject())]
            return results.contains(.unknown) ? .unknown : .known(.number)
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            compare(op, left, right, operatorRange: operatorRange)
            return .known(.bool)
        case .in:
            membership(element: left, collection: right, op: op, operatorRange: operatorRange)
            return .known(.bool)
        case .contains:
            membership(element: right, collection: left, op: op, operatorRange: operatorRange)
            return .known(.bool)
        }
    }

    // MARK: Comparisons

    private mutating func compare(
        _ op: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, operatorRange: SourceRange
    ) {
        let leftType = infer(left)
        let rightType = infer(right)
        guard case .known(let l) = leftType, case .known(let r) = rightType else {
            if leftType == .null || rightType == .null { report(.comparisonWithNull, at: operatorRange) }
            return
        }
        guard let leftKind = comparableKind(l, node: left, op: op),
            let rightKind = comparableKind(r, node: right, op: op)
        else { return }
        guard matches(leftKind, left, rightKind, right) else {
            report(
                .typeMismatch(operator: op.rawValue, left: describe(left, l), right: describe(right, r)),
                at: operatorRange)
            return
        }
        if op.isOrdering, leftKind != .number, leftKind != .date, rightKind != .date {
            report(
                .operandType(
                    subject: "'\(op.rawValue)'", expected: "numbers or dates", found: l.phrase,
                    hint: "only numbers and dates have an order"),
                at: operatorRange)
            return
        }
        checkOptions(l, against: right, question: left)
        checkOptions(r, against: left, question: right)
    }

    /// The kind a compared value has, or an error for values that cannot be
    /// compared as a whole (multiple choices, matrices, lists).
    private mutating func comparableKind(_ type: ExpressionType, node: ExpressionNode, op: BinaryOperator)
        -> ScalarKind?
    {
        if let kind = scalarKind(type) { return kind }
        let hint: String =
            switch type {
            case .choices, .ranking: "use 'contains' to test for one option, e.g. \(snippet(node)) contains 'x'"
            case .matrix: "compare one row instead, e.g. \(snippet(node)).row"
            default: "use 'in' to test whether a value is in a list"
            }
        report(
            .operandType(subject: "'\(op.rawValue)'", expected: "a single value", found: type.phrase, hint: hint),
            at: node.range)
        return nil
    }

    /// Whether two kinds compare, taking a text literal beside a date as a date.
    private mutating func matches(
        _ leftKind: ScalarKind, _ left: ExpressionNode, _ rightKind: ScalarKind, _ right: ExpressionNode
    ) -> Bool {
        if leftKind == rightKind { return true }
        // A malformed date literal still counts as a date here, so that it is
        // reported once, as a bad date, rather than as a mismatch as well.
        if leftKind == .date, rightKind == .text { return checkDates([right]) }
        if leftKind == .text, rightKind == .date { return checkDates([left]) }
        return false
    }

    /// Whether all nodes are text literals, reporting each that is not a valid ISO date.
    private mutating func checkDates(_ nodes: [ExpressionNode]) -> Bool {
        guard nodes.allSatisfy(isTextLiteral) else { return false }
        for node in nodes {
            if case .literal(.text(let text)) = node.kind, ExpressionValue.isoDate(text) == nil {
                report(.invalidDate(text), at: node.range)
            }
        }
        return true
    }

    private func isTextLiteral(_ node: ExpressionNode) -> Bool {
        if case .literal(.text) = node.kind { return true }
        return false
    }

    /// Reports text literals in `node` (one, or the elements of a list) that
    /// are not options of `question`, a choice typed `type`.
    private mutating func checkOptions(_ type: ExpressionType, against node: ExpressionNode, question: ExpressionNode) {
        let options: [String]
        switch type {
        case .choice(let values), .choices(let values), .ranking(let values): options = values
        default: return
        }
        let literals: [ExpressionNode]
        switch node.kind {
        case .list(let elements): literals = elements
        default: literals = [node]
        }
        for literal in literals {
            guard case .literal(.text(let value)) = literal.kind, !options.contains(value) else { continue }
            report(
                .notAnOption(value, question: snippet(question), suggestion: closestMatch(to: value, among: options)),
                at: literal.range)
        }
    }

    // MARK: Membership

    private mutating func membership(
        element: ExpressionNode, collection: ExpressionNode, op: BinaryOperator, operatorRange: SourceRange
    ) {
        let elementType = infer(element)
        let collectionType = infer(collection)
        if elementType == .null || collectionType == .null {
            report(.comparisonWithNull, at: operatorRange)
            return
        }
        guard case .known(let e) = elementType, case .known(let c) = collectionType else { return }
        let memberKind: ScalarKind
        switch c {
        case .choices, .ranking: memberKind = .text
        case .list(let inner): memberKind = scalarKind(inner) ?? .text
        case .text where op == .contains: memberKind = .text
        default:
            let expected =
                op == .contains ? "a multiple choice, a ranking, a list or text" : "a list or a multiple choice"
            let hint = scalarKind(c) != nil ? "use '==' to compare single values" : nil
            report(
                .operandType(subject: "'\(op.rawValue)'", expected: expected, found: c.phrase, hint: hint),
                at: collection.range)
            return
        }
        guard let elementKind = comparableKind(e, node: element, op: op) else { return }
        var listElements: [ExpressionNode] = [collection]
        if case .list(let elements) = collection.kind { listElements = elements }
        let fits =
            elementKind == memberKind
            || (elementKind == .date && memberKind == .text && checkDates(listElements))
            || (elementKind == .text && memberKind == .date && checkDates([element]))
        guard fits else {
            report(
                .typeMismatch(operator: op.rawValue, left: describe(element, e), right: describe(collection, c)),
                at: operatorRange)
            return
        }
        checkOptions(e, against: collection, question: element)
        checkOptions(c, against: element, question: collection)
    }

    // MARK: Functions

    private mutating func inferCall(_ function: ExpressionFunction, _ arguments: [ExpressionNode]) -> Inferred {
        func subject() -> String { "\(function.rawValue)()" }
        switch function {
        case .answered:
            // The parser has made sure the argument is a reference.
            _ = arguments.map { infer($0) }
            return .known(.bool)
        case .count:
            for argument in arguments {
                guard case .known(let type) = infer(argument) else { continue }
                switch type {
                case .choices, .ranking, .list, .matrix: continue
                default:
                    report(
                        .operandType(
                            subject: subject(), expected: "a multiple choice, ranking, matrix or list",
                            found: type.phrase,
                            hint: "count() counts selected options; use answered() to test for an answer"),
                        at: argument.range)
                }
            }
            return .known(.number)
        case .sum, .min, .max:
            for argument in arguments {
                guard case .known(let type) = infer(argument), type != .number, type != .list(.number) else { continue }
                report(
                    .operandType(subject: subject(), expected: "numbers", found: type.phrase, hint: nil),
                    at: argument.range)
            }
            return .known(.number)
        case .round, .abs:
            for argument in arguments { _ = require(argument, .number, subject: subject()) }
            return .known(.number)
        case .len:
            for argument in arguments {
                guard case .known(let type) = infer(argument), scalarKind(type) != .text else { continue }
                report(
                    .operandType(subject: subject(), expected: "text", found: type.phrase, hint: nil),
                    at: argument.range)
            }
            return .known(.number)
        case .today:
            return .known(.date)
        case .year:
            for argument in arguments {
                guard case .known(let type) = infer(argument), type != .date else { continue }
                if type == .text, checkDates([argument]) { continue }
                report(
                    .operandType(subject: subject(), expected: "a date", found: type.phrase, hint: nil),
                    at: argument.range)
            }
            return .known(.number)
        }
    }

    // MARK: Helpers

    /// Infers `node` and reports it unless it has type `expected`.
    private mutating func require(
        _ node: ExpressionNode, _ expected: ExpressionType, subject: @autoclosure () -> String
    ) -> Inferred {
        switch infer(node) {
        case .known(let type) where fits(type, expected):
            return .known(expected)
        case .known(let type):
            let hint =
                type.isChoice && expected == .bool ? "compare it with an option, e.g. \(snippet(node)) == 'x'" : nil
            report(
                .operandType(subject: subject(), expected: expected.phrase, found: type.phrase, hint: hint),
                at: node.range)
            return .unknown
        case .null:
            report(.comparisonWithNull, at: node.range)
            return .unknown
        case .unknown:
            return .unknown
        }
    }

    private func fits(_ found: ExpressionType, _ expected: ExpressionType) -> Bool {
        found == expected || (expected == .text && found.isChoice)
    }

    private func scalarKind(_ type: ExpressionType) -> ScalarKind? {
        switch type {
        case .number: .number
        case .text, .choice: .text
        case .bool: .bool
        case .date: .date
        case .choices, .ranking, .matrix, .list: nil
        }
    }

    private func type(of kind: ScalarKind) -> ExpressionType {
        switch kind {
        case .number: .number
        case .text: .text
        case .bool: .bool
        case .date: .date
        }
    }

    /// A node for a message: its source and its type, e.g. `schueler (a number)`.
    private func describe(_ node: ExpressionNode, _ type: ExpressionType) -> String {
        "\(snippet(node)) (\(type.phrase))"
    }

    /// The node's source, shortened so messages stay one line.
    private func snippet(_ node: ExpressionNode) -> String {
        let limit = 40
        let text = source[SourceRange(offset: node.range.offset, length: Swift.min(node.range.length, limit))]
        return node.range.length > limit ? text + "…" : text
    }

    private mutating func report(_ reason: ExpressionError.Reason, at range: SourceRange) {
        errors.append(ExpressionError(reason, at: range))
    }
}

extension ExpressionType {
    /// Single choices compare like text.
    fileprivate var isChoice: Bool {
        if case .choice = self { return true }
        return false
    }
}
