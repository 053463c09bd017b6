import Testing

@testable import SurveyModel

/// Answers held in a dictionary, with a fixed "today".
struct TestContext: ExpressionContext {
    var answers: [ReferencePath: ExpressionValue] = [:]
    var today: ExpressionValue = .date(year: 2024, month: 9, day: 15)

    func value(of path: ReferencePath) -> ExpressionValue {
        answers[path] ?? .missing
    }
}

/// The questions of the schools' digital-education survey that the tests refer to.
let schoolSchema = ExpressionSchema(
    questions: [
        "schueler": .number,
        "pcs": .number,
        "notebooks": .number,
        "tablets": .number,
        "internet": .choice(options: ["keiner", "dsl", "kabel", "glasfaser"]),
        "dienste": .choices(options: ["moodle", "office365", "iserv", "keine"]),
        "prioritaeten": .ranking(options: ["geraete", "fortbildung", "netz"]),
        "aussagen": .matrix(rows: ["ausreichend", "aktuell", "1"], cell: .number),
        "ausstattung": .matrix(rows: ["beamer", "tafel"], cell: .choice(options: ["ja", "nein"])),
        "konzept": .bool,
        "stichtag": .date,
        "bemerkung": .text,
    ],
    participantFields: [
        "schulart": .choice(options: ["gs", "ms", "rs", "gym", "fos"]),
        "name": .text,
    ])

/// The syntax tree as a compact prefix form, to test precedence and grouping.
func render(_ node: ExpressionNode) -> String {
    switch node.kind {
    case .literal(let value): render(value)
    case .list(let elements): "[" + elements.map(render).joined(separator: ", ") + "]"
    case .reference(.question(let id), _): id
    case .reference(.matrixRow(let id, let row), _): "\(id).\(row)"
    case .reference(.participant(let id), _): "participant.\(id)"
    case .negate(let operand): "(- \(render(operand)))"
    case .not(let operand): "(not \(render(operand)))"
    case .binary(let op, let left, let right, _): "(\(op.rawValue) \(render(left)) \(render(right)))"
    case .call(let function, let arguments):
        "\(function.rawValue)(" + arguments.map(render).joined(separator: ", ") + ")"
    }
}

func render(_ value: ExpressionValue) -> String {
    switch value {
    case .missing: "null"
    case .number(let number):
        number == number.rounded(.towardZero) && Swift.abs(number) < 1e15 ? String(Int64(number)) : String(number)
    case .text(let text): "'\(text)'"
    case .bool(let bool): String(bool)
    case .date(let year, let month, let day): "\(year)-\(month)-\(day)"
    case .list(let values): "[" + values.map(render).joined(separator: ", ") + "]"
    }
}

/// Parses `source`, recording a test failure at the caller when it does not parse.
func parsed(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> Expression? {
    do {
        return try Expression.parse(source)
    } catch {
        Issue.record("\(source) did not parse: \(error.message) at \(error.offset)", sourceLocation: sourceLocation)
        return nil
    }
}
