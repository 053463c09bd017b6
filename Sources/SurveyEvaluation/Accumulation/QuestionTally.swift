/// Everything counted about one question within one group of responses.
///
/// Adding an observation with weight -1 takes back exactly what weight +1
/// added, which is how a revised or voided response leaves the aggregates.
/// Exactly one of the optional tallies is set, the one for the question's type;
/// they are separate stored properties rather than an enum so that counting
/// mutates them in place instead of copying arrays out and back.
public struct QuestionTally: Sendable, Hashable {
    /// Responses in which the question was shown.
    public internal(set) var shown = 0
    /// Responses with an answer to the question.
    public internal(set) var answered = 0
    /// Single choice, boolean (yes, no) and scale (points, then "not applicable").
    public internal(set) var categories: ChoiceTally?
    public internal(set) var multiple: MultipleTally?
    public internal(set) var numbers: ValueCounts?
    /// Matrix: one tally per row.
    public internal(set) var rows: [QuestionTally]?
    public internal(set) var ranking: RankingTally?
    public internal(set) var texts: TextCounts?
    public internal(set) var dates: DateTally?

    /// An empty tally for `kind`.
    init(kind: QuestionPlan.Kind) {
        switch kind {
        case .single(let options, let other):
            categories = ChoiceTally(categories: options.count, extraSlot: other != nil)
        case .boolean:
            categories = ChoiceTally(categories: 2, extraSlot: false)
        case .scale(let scale):
            categories = ChoiceTally(categories: scale.pointCount, extraSlot: scale.notApplicable != nil)
        case .multiple(let options, let other):
            multiple = MultipleTally(options: options.count, other: other != nil)
        case .number:
            numbers = ValueCounts()
        case .matrix(let rowCategories, let cells):
            rows = Array(repeating: QuestionTally(kind: cells.rowKind), count: rowCategories.count)
        case .ranking(let options, let rankCount):
            ranking = RankingTally(options: options.count, rankCount: rankCount)
        case .text:
            texts = TextCounts()
        case .date:
            dates = DateTally()
        }
    }

    /// Counts one response's answer.
    ///
    /// - Parameters:
    ///   - observation: The answer; one that does not fit the question's type counts as missing.
    ///   - shown: Whether the question was shown in this response.
    ///   - shape: The question's type, for scale offsets and option counts.
    ///   - weight: +1 to add the response, -1 to take it back.
    mutating func add(_ observation: Observation, shown isShown: Bool, shape: TallyShape, weight: Int) {
        if isShown {
            shown += weight
            // Every row of a shown matrix was shown.
            if rows != nil {
                for index in rows?.indices ?? 0..<0 { rows?[index].shown += weight }
            }
        }
        if count(observation, shape: shape, weight: weight) { answered += weight }
    }

    /// Counts the answer into the type's tally; false when it is missing or does not fit.
    private mutating func count(_ observation: Observation, shape: TallyShape, weight: Int) -> Bool {
        switch (observation, shape) {
        case (.option(let index), .single):
            return categories?.add(index, weight: weight) ?? false
        case (.other(let text), .single(let options)):
            return categories?.addOther(text, extraSlot: options, weight: weight) ?? false
        case (.boolean(let value), .boolean):
            return categories?.add(value ? 0 : 1, weight: weight) ?? false
        case (.point(let point), .scale(let from, let to)):
            guard point >= from, point <= to else { return false }
            return categories?.add(point - from, weight: weight) ?? false
        case (.notApplicable, .scale(let from, let to)):
            return categories?.addOther(nil, extraSlot: to - from + 1, weight: weight) ?? false
        case (.options(let indices, let other), .multiple):
            multiple?.add(indices, other: other, weight: weight)
            return multiple != nil
        case (.number(let value), .number):
            guard value.isFinite, numbers != nil else { return false }
            numbers?.add(value, weight: weight)
            return true
        case (.cells(let cells), .matrix(let row)):
            var any = false
            for (index, cell) in cells.enumerated() where rows?.indices.contains(index) == true {
                guard let cell else { continue }
                let rowObservation: Observation =
                    switch cell {
                    case .point(let point): .point(point)
                    case .notApplicable: .notApplicable
                    case .option(let option): .option(option)
                    }
                let before = rows?[index].answered
                rows?[index].add(rowObservation, shown: false, shape: row.shape, weight: weight)
                if rows?[index].answered != before { any = true }
            }
            return any
        case (.ranking(let order), .ranking):
            guard !order.isEmpty, ranking != nil else { return false }
            ranking?.add(order, weight: weight)
            return true
        case (.text(let text), .text):
            guard texts != nil else { return false }
            texts?.add(text, weight: weight)
            return true
        case (.date(let year, let month, let day), .date):
            guard dates != nil else { return false }
            dates?.add(year: year, month: month, day: day, weight: weight)
            return true
        default:
            return false
        }
    }
}

extension MatrixCellsPlan {
    /// The type each row is counted as.
    var rowKind: QuestionPlan.Kind {
        switch self {
        case .scale(let scale): .scale(scale)
        case .options(let options): .single(options: options, other: nil)
        }
    }
}
