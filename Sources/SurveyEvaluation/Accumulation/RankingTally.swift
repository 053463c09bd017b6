/// Counts of a ranking question: for each option, how often it got each rank.
public struct RankingTally: Sendable, Hashable {
    /// `ranks[option][r]`: how often the option was put in place r + 1.
    public internal(set) var ranks: [[Int]]

    init(options: Int, rankCount: Int) {
        ranks = Array(repeating: Array(repeating: 0, count: max(rankCount, 0)), count: options)
    }

    /// Counts one ranking (option positions, best first); entries outside the plan are skipped.
    mutating func add(_ order: [Int], weight: Int) {
        var seen = OptionMask()
        for (place, option) in order.enumerated()
        where ranks.indices.contains(option) && ranks[option].indices.contains(place) && seen.insert(option) {
            ranks[option][place] += weight
        }
    }

    /// The mean place (1 = best) of option `index` among those who ranked it, and how many did.
    public func meanRank(of index: Int) -> (mean: Double?, ranked: Int) {
        guard ranks.indices.contains(index) else { return (nil, 0) }
        let counts = ranks[index]
        let ranked = counts.reduce(0, +)
        guard ranked > 0 else { return (nil, 0) }
        let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
        return (Double(sum) / Double(ranked), ranked)
    }
}
