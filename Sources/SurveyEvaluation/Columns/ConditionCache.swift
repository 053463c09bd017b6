import SurveyModel

/// Remembers what a question's conditions gave for each combination of the
/// values they read, so that most rows skip the expression interpreter.
///
/// A condition's value depends only on the values of the paths it refers to
/// (and on `today`, fixed for a build). Where every such value sits in integer
/// columns (options, yes/no, points, days, option bit sets, participant codes),
/// those integers and the referenced questions' shown flags are an exact key;
/// conditions that read numbers, texts or rankings are always interpreted.
struct ConditionCache {
    /// One lane of a key.
    private enum Part {
        /// Whether an earlier question was shown (1) or not (0).
        case shown(Int)
        /// An integer column's value.
        case value(Int)
        /// Whether a text column has a text (1) or not (0): the "other" of a multiple choice.
        case hasText(Int)
    }

    /// Per conditional question (in ``ColumnLayout/conditions`` order): the lanes of its key, or nil when its
    /// conditions read something else than integer columns or need more than eight lanes.
    private let keys: [[Part]?]
    private var results: [[SIMD8<Int64>: Bool]]
    /// The most keys remembered per question.
    private static let limit = 4096

    init(layout: ColumnLayout) {
        keys = layout.conditions.map { question, conditions in
            var parts: [Part] = []
            for path in conditions.flatMap(\.references).map(\.path) {
                switch path {
                case .participant(let field):
                    guard let index = layout.participantIndex[field] else { continue } // reads as missing
                    parts.append(.value(layout.schema.participantColumns[index]))
                case .question(let id), .matrixRow(let id, _):
                    // An unknown question, or one not decided before this one, reads as missing: nothing to key.
                    guard let referenced = layout.positions[id], referenced < question else { continue }
                    parts.append(.shown(referenced))
                    switch layout.schema.questions[referenced] {
                    case .single(let code, _), .boolean(let code), .scale(let code), .date(let code):
                        parts.append(.value(code))
                    case .multiple(let words, let other):
                        parts += words.map(Part.value) + [.hasText(other)]
                    case .matrix(let present, let cells):
                        parts += [.value(present)] + cells.map(Part.value)
                    case .number, .ranking, .text:
                        return nil
                    }
                }
            }
            return parts.count <= 8 ? parts : nil
        }
        results = Array(repeating: [:], count: layout.conditions.count)
    }

    /// Whether the conditions of the `index`-th conditional question hold for `row`: remembered for the
    /// row's key, else computed by `evaluate` and remembered.
    mutating func holds(_ index: Int, row: Int, in source: RowSource, evaluate: () -> Bool) -> Bool {
        guard let parts = keys[index] else { return evaluate() }
        var key = SIMD8<Int64>(repeating: 0)
        for (lane, part) in parts.enumerated() {
            switch part {
            case .shown(let question): key[lane] = source.group.shown[question][row] ? 1 : 0
            case .value(let column): key[lane] = source.group.ints[column][row]
            case .hasText(let column): key[lane] = source.group.texts[column].isPresent(row) ? 1 : 0
            }
        }
        if let known = results[index][key] { return known }
        let result = evaluate()
        // Keys that rarely repeat (days, many options) would only fill memory.
        if results[index].count < Self.limit { results[index][key] = result }
        return result
    }
}
