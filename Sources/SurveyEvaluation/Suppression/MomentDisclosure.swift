/// Whether published moments of a scale (count, sum, sum of squares) pin a hidden count.
///
/// A scale's n, mean and standard deviation give Σcount, Σcount·value and
/// Σcount·value² over its points; with the visible cells subtracted, these
/// are m = 2 or 3 equations over the hidden cells. Two or three equations over
/// three or four hidden cells often, but not always, leave a single
/// non-negative whole-number solution (points 1, 2 and 5 with counts 1, 2 and
/// 3, for one), so other solutions are searched for: a moment is published
/// only if every hidden cell can take a second value.
///
/// The search varies all but m hidden cells within ``window`` of their true
/// counts and solves the last m exactly (the equations over m distinct points
/// form a Vandermonde system, solved by Cramer's rule). A second value outside
/// the window is not looked for, so the check errs on the side of withholding.
struct MomentDisclosure {
    /// The scale point of each cell (nil for "not applicable", which has no value).
    let values: [Int?]
    let counts: [Int]
    let hidden: [Bool]

    /// Assignments of the free cells tried at most.
    static let searchLimit = 20_000

    /// Whether publishing the first `moments` moments (1: count and sum, 2: also the sum of squares) pins a cell.
    func pinsAHiddenCell(moments: Int) -> Bool {
        let cells = counts.indices.filter { hidden[$0] && values[$0] != nil }
        let equations = moments + 1
        guard !cells.isEmpty else { return false }
        // Distinct points give independent equations: with no more cells than equations, the solution is unique.
        guard cells.count > equations else { return true }
        // Shifted to start at 0, the numbers stay small; the solutions are the same.
        let lowest = cells.compactMap { values[$0] }.min() ?? 0
        let points = cells.map { (values[$0] ?? lowest) - lowest }
        let truth = cells.map { counts[$0] }
        let free = cells.count - equations
        let solver = VandermondeSolver(points: Array(points.suffix(equations)))
        let targets = (0..<equations).map { power in
            points.indices.reduce(0) { $0 + truth[$1] * Self.power(points[$1], power) }
        }
        var window = 1
        while Self.power(2 * (window + 1) + 1, free) <= Self.searchLimit { window += 1 }
        var moved = [Bool](repeating: false, count: cells.count)
        var assignment = (0..<free).map { max(0, truth[$0] - window) }
        while true {
            let residual = (0..<equations).map { power in
                targets[power] - (0..<free).reduce(0) { $0 + assignment[$1] * Self.power(points[$1], power) }
            }
            if let solved = solver.solve(residual), solved.allSatisfy({ $0 >= 0 }) {
                let candidate = assignment + solved
                for index in candidate.indices where candidate[index] != truth[index] { moved[index] = true }
                if !moved.contains(false) { return false }
            }
            // The next assignment, odometer style.
            var position = 0
            while position < free {
                assignment[position] += 1
                if assignment[position] <= truth[position] + window { break }
                assignment[position] = max(0, truth[position] - window)
                position += 1
            }
            if position == free { return true }
        }
    }

    static func power(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * base }
    }
}

/// Solves Σⱼ yⱼ·pointⱼ^power = rhs[power] for power 0 … m − 1 in whole numbers, m = points.count ≤ 3.
struct VandermondeSolver {
    let matrix: [[Int]]
    let determinant: Int

    init(points: [Int]) {
        matrix = points.indices.map { power in points.map { MomentDisclosure.power($0, power) } }
        determinant = Self.determinant(matrix)
    }

    /// The unique solution, or nil if it is not in whole numbers.
    func solve(_ rhs: [Int]) -> [Int]? {
        guard determinant != 0 else { return nil }
        var solution: [Int] = []
        for column in matrix.indices {
            var replaced = matrix
            for row in matrix.indices { replaced[row][column] = rhs[row] }
            let numerator = Self.determinant(replaced)
            guard numerator % determinant == 0 else { return nil }
            solution.append(numerator / determinant)
        }
        return solution
    }

    /// Laplace expansion along the first row; the matrices here are at most 3 × 3.
    static func determinant(_ matrix: [[Int]]) -> Int {
        guard matrix.count > 1 else { return matrix.first?.first ?? 1 }
        return matrix[0].indices.reduce(0) { sum, column in
            let minor = matrix.dropFirst().map { row in row.indices.filter { $0 != column }.map { row[$0] } }
            let sign = column % 2 == 0 ? 1 : -1
            return sum + sign * matrix[0][column] * determinant(minor)
        }
    }
}
