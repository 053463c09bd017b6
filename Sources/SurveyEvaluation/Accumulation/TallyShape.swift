/// A question's type reduced to the numbers counting needs.
///
/// Counting runs for every question of every response; unlike
/// ``QuestionPlan/Kind`` this carries no arrays or strings, so passing it
/// around costs no reference counting.
enum TallyShape: Sendable, Hashable {
    /// A single choice; the "other" slot comes after `options`.
    case single(options: Int)
    case multiple
    case boolean
    /// Points `from…to`; "not applicable" comes after them.
    case scale(from: Int, to: Int)
    case number
    case matrix(RowShape)
    case ranking
    case text
    case date

    /// What each row of a matrix is.
    enum RowShape: Sendable, Hashable {
        case scale(from: Int, to: Int)
        case options(Int)

        var shape: TallyShape {
            switch self {
            case .scale(let from, let to): .scale(from: from, to: to)
            case .options(let count): .single(options: count)
            }
        }
    }

    init(_ kind: QuestionPlan.Kind) {
        switch kind {
        case .single(let options, _): self = .single(options: options.count)
        case .multiple: self = .multiple
        case .boolean: self = .boolean
        case .scale(let scale): self = .scale(from: scale.from, to: scale.to)
        case .number: self = .number
        case .matrix(_, .scale(let scale)): self = .matrix(.scale(from: scale.from, to: scale.to))
        case .matrix(_, .options(let options)): self = .matrix(.options(options.count))
        case .ranking: self = .ranking
        case .text: self = .text
        case .date: self = .date
        }
    }
}
