/// Whether published moments of a scale (count, sum, sum of squares) pin a hidden count.
///
/// A scale's n, mean and standard deviation give Σcount, Σcount·value and
/// Σcount·value² over its points; with the visible cells subtracted, these
/// are equations over the hidden cells. Two or three equations over three or
/// four hidden cells often, but not always, leave a single non-negative
/// integer solution (points 1, 2 and 5 with counts 1, 2 and 3, for one), so
/// the solutions are enumerated: a moment is published only if every hidden
/// cell can still take at least two values.
struct MomentDisclosure {
    /// Partial assignments tried before giving up; giving up counts as pinned, which withholds the figure.
    static let searchLimit = 200_000

    /// The scale point of each cell (nil for "not applicable", which has no value).
    let values: [Int?]
    let counts: [Int]
    let hidden: [Bool]

    /// Whether publishing the first `moments` moments (1: count and sum, 2: also the sum of squares) pins a cell.
    func pinsAHiddenCell(moments: Int) -> Bool {
        let cells = counts.indices.filter { hidden[$0] && values[$0] != nil }
        guard !cells.isEmpty else { return false }
        // Shifted to start at 0, the sums only grow with a count; the solutions stay the same.
        let lowest = cells.compactMap { values[$0] }.min() ?? 0
        let points = cells.map { (values[$0] ?? lowest) - lowest }
        let targets = (0...moments).map { power in
            cells.indices.reduce(0) { $0 + counts[cells[$1]] * Self.power(points[$1], power) }
        }
        var search = Search(points: points, targets: targets, seen: cells.map { _ in [] })
        var assignment = [Int](repeating: 0, count: points.count)
        search.explore(0, &assignment, remaining: targets)
        return search.gaveUp || search.seen.contains { $0.count < 2 }
    }

    static func power(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * base }
    }

    /// A depth-first search over the counts of the hidden points.
    private struct Search {
        let points: [Int]
        let targets: [Int]
        /// The values each hidden cell took in the solutions found so far (two are enough).
        var seen: [Set<Int>]
        var steps = 0
        var gaveUp = false

        var isDone: Bool { gaveUp || seen.allSatisfy { $0.count >= 2 } }

        mutating func explore(_ cell: Int, _ assignment: inout [Int], remaining: [Int]) {
            guard !isDone else { return }
            steps += 1
            if steps > MomentDisclosure.searchLimit {
                gaveUp = true
                return
            }
            let later = points[cell...]
            guard let low = later.min(), let high = later.max(),
                remaining.count < 2 || (low * remaining[0] <= remaining[1] && remaining[1] <= high * remaining[0])
            else { return }
            if cell == points.count - 1 {
                // The count equation fixes the last cell; the others must then hold.
                let last = remaining[0]
                let fits = remaining.indices.allSatisfy {
                    remaining[$0] == last * MomentDisclosure.power(points[cell], $0)
                }
                guard fits else { return }
                assignment[cell] = last
                for index in assignment.indices where seen[index].count < 2 { seen[index].insert(assignment[index]) }
                return
            }
            for count in 0...max(0, remaining[0]) {
                let next = remaining.indices.map { remaining[$0] - count * MomentDisclosure.power(points[cell], $0) }
                guard next.allSatisfy({ $0 >= 0 }) else { break }
                assignment[cell] = count
                explore(cell + 1, &assignment, remaining: next)
                if isDone { return }
            }
        }
    }
}
