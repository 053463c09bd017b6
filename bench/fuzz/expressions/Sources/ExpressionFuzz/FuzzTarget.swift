// The fuzz target: parses the input as an expression, checks it against a
// schema with every kind of type, and evaluates it against answer sets that do
// and do not match those types. Any trap is a finding; so is an error or
// reference whose position lies outside the source.

private let schema = ExpressionSchema(
    questions: [
        "n": .number, "m": .number, "t": .text, "b": .bool, "d": .date,
        "c": .choice(options: ["a", "b", "gs"]),
        "cs": .choices(options: ["a", "b", "moodle"]),
        "r": .ranking(options: ["x", "y"]),
        "mx": .matrix(rows: ["r1", "r2", "1"], cell: .number),
        "mc": .matrix(rows: ["r1"], cell: .choice(options: ["ja", "nein"])),
        "l": .list(.number),
    ],
    participantFields: ["schulart": .choice(options: ["gs", "ms"]), "name": .text])

private struct FuzzContext: ExpressionContext {
    let answers: [ReferencePath: ExpressionValue]
    let today: ExpressionValue

    func value(of path: ReferencePath) -> ExpressionValue { answers[path] ?? .missing }
}

private let contexts: [FuzzContext] = [
    FuzzContext(answers: [:], today: .date(year: 2024, month: 2, day: 29)),
    FuzzContext(
        answers: [
            .question("n"): .number(3), .question("m"): .number(0), .question("t"): .text("abc"),
            .question("b"): .bool(true), .question("d"): .date(year: 2024, month: 8, day: 1),
            .question("c"): .text("gs"), .question("cs"): .list([.text("a"), .text("moodle")]),
            .question("r"): .list([.text("y"), .text("x")]), .question("l"): .list([.number(1e308), .number(1e308)]),
            .matrixRow(question: "mx", row: "r1"): .number(-1e308), .participant("schulart"): .text("ms"),
        ],
        today: .date(year: 2024, month: 12, day: 31)),
    // Answers of the wrong kinds, as an outdated response might hold.
    FuzzContext(
        answers: [
            .question("n"): .text("x"), .question("t"): .number(.greatestFiniteMagnitude), .question("b"): .list([]),
            .question("d"): .text("2024-02-30"), .question("cs"): .text("a"), .question("c"): .list([.missing]),
        ],
        today: .missing),
]

/// Runs one input; libFuzzer calls it through `runFuzzer`.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let length = source.unicodeScalars.count
    func inBounds(_ offset: Int, _ count: Int) -> Bool { offset >= 0 && count >= 0 && offset + count <= length }
    do {
        let expression = try Expression.parse(source)
        for reference in expression.references where !inBounds(reference.offset, reference.length) {
            fatalError("reference out of bounds: \(reference)")
        }
        for expected in [ExpressionType.bool, .number] {
            for error in expression.check(against: schema, expecting: expected) {
                guard inBounds(error.offset, error.length), !error.message.isEmpty else {
                    fatalError("check error out of bounds: \(error)")
                }
            }
        }
        for context in contexts {
            _ = expression.evaluate(in: context)
            _ = expression.isTrue(in: context)
        }
    } catch {
        guard inBounds(error.offset, error.length), !error.message.isEmpty else {
            fatalError("parse error out of bounds: \(error)")
        }
    }
    return 0
}
