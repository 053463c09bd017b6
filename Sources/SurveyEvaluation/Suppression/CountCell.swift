/// A figure that is a count of respondents and therefore subject to suppression.
protocol CountCell {
    /// The count; nil once suppressed.
    var count: Int? { get set }
    /// Why the count is hidden.
    var withheld: Withheld? { get set }
}

extension Frequency: CountCell {}

extension HistogramBin: CountCell {}

/// A ranking option's cell is how often it was put first.
extension RankedOption: CountCell {
    var count: Int? {
        get { first }
        set { first = newValue }
    }
}

/// How many ranked an option: a yes/no of the answered base, suppressed like a multiple-choice option.
struct RankedCount: CountCell {
    var count: Int?
    var withheld: Withheld?
}

extension QuestionResult {
    /// The ``RankedOption/ranked`` counts as cells; setting one hides ``RankedOption/meanRank`` with it.
    var rankedCounts: [RankedCount] {
        get { ranking.map { RankedCount(count: $0.ranked, withheld: $0.rankedWithheld) } }
        set {
            for index in ranking.indices where newValue.indices.contains(index) {
                ranking[index].ranked = newValue[index].count
                ranking[index].rankedWithheld = newValue[index].withheld
                if newValue[index].count == nil { ranking[index].meanRank = nil }
            }
        }
    }
}
