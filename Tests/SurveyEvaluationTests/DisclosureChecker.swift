@testable import SurveyEvaluation

/// What a reader can work out about hidden counts from what a result publishes.
///
/// The unknowns are the hidden cells of the total and of every group; the
/// reader knows the visible cells, each column's published base (its cells
/// add up to it), that the groups add up to the total cell by cell, and, for
/// a scale column with a published n, mean or SD, the sums those give, and
/// its published quartiles and median, which a completion must reproduce. Every
/// completion in whole numbers that meets all of this is enumerated (the
/// tables are small), and each hidden cell's feasible values are collected.
struct DisclosureChecker {
    /// A linear equation Σ coefficient · unknown = constant.
    struct Equation {
        var terms: [(unknown: Int, coefficient: Int)]
        var constant: Int
    }

    /// The hidden cells as (column, row); column 0 is the total.
    private(set) var unknowns: [(column: Int, row: Int)] = []
    private var equations: [Equation] = []
    /// Conditions a complete assignment must meet besides the equations (published quantiles).
    private var completionChecks: [@Sendable ([Int]) -> Bool] = []
    private let upperBound: Int

    /// Sets up the reader's equations for a question's frequencies with groups.
    ///
    /// - Parameters:
    ///   - entry: The published result.
    ///   - scalePoints: The value of each cell for a scale (nil for "not applicable"); nil for other questions.
    ///   - cellsAddUp: Whether a column's cells add up to its `answered` base (not so for multiple choice,
    ///     whose options are each a count of the `shown` base).
    init(_ entry: QuestionEntry, scalePoints: [Int?]? = nil, cellsAddUp: Bool = true) {
        let columns = [entry.total] + entry.groups
        upperBound = (cellsAddUp ? entry.total.base.answered : entry.total.base.shown) ?? 0
        var index: [[Int?]] = columns.map { $0.frequencies.map { _ in nil } }
        for column in columns.indices {
            for row in columns[column].frequencies.indices where columns[column].frequencies[row].count == nil {
                index[column][row] = unknowns.count
                unknowns.append((column, row))
            }
        }
        func equation(_ cells: [(column: Int, row: Int, coefficient: Int)], equals constant: Int) -> Equation {
            var equation = Equation(terms: [], constant: constant)
            for cell in cells {
                if let unknown = index[cell.column][cell.row] {
                    equation.terms.append((unknown, cell.coefficient))
                } else {
                    equation.constant -= cell.coefficient * (columns[cell.column].frequencies[cell.row].count ?? 0)
                }
            }
            return equation
        }
        for column in columns.indices {
            let rows = columns[column].frequencies.indices
            if cellsAddUp, let answered = columns[column].base.answered {
                equations.append(equation(rows.map { (column, $0, 1) }, equals: answered))
            }
            if let points = scalePoints, let stats = columns[column].stats, stats.mean != nil || stats.sd != nil {
                let scaleRows = rows.filter { points[$0] != nil }
                let value = { (row: Int) in points[row] ?? 0 }
                equations.append(equation(scaleRows.map { (column, $0, 1) }, equals: stats.n))
                if let mean = stats.mean {
                    let sum = Int((mean * Double(stats.n)).rounded())
                    equations.append(equation(scaleRows.map { (column, $0, value($0)) }, equals: sum))
                    if let sd = stats.sd {
                        let squares = Int((sd * sd * Double(stats.n - 1) + mean * mean * Double(stats.n)).rounded())
                        equations.append(
                            equation(scaleRows.map { (column, $0, value($0) * value($0)) }, equals: squares))
                    }
                }
            }
        }
        if let points = scalePoints {
            for column in columns.indices {
                guard let stats = columns[column].stats, stats.median != nil || stats.q1 != nil || stats.q3 != nil
                else { continue }
                let published = [stats.q1, stats.median, stats.q3]
                let cells = columns[column].frequencies.map(\.count)
                let unknownOf = index[column]
                completionChecks.append { values in
                    let completed = cells.indices.compactMap { row -> (value: Double, count: Int)? in
                        guard let point = points[row] else { return nil }
                        return (Double(point), cells[row] ?? unknownOf[row].map { values[$0] } ?? 0)
                    }.filter { $0.count > 0 }
                    let summary = Summary(sorted: completed)
                    return zip(published, [summary.q1, summary.median, summary.q3]).allSatisfy { shown, computed in
                        shown == nil || shown == computed
                    }
                }
            }
        }
        if columns.count > 1 {
            for row in entry.total.frequencies.indices {
                let groupCells = (1..<columns.count).map { (column: $0, row: row, coefficient: 1) }
                equations.append(equation(groupCells + [(0, row, -1)], equals: 0))
            }
        }
    }

    /// The values each hidden cell takes over all completions (collection stops at two per cell).
    func feasibleValues() -> [Set<Int>] {
        var search = Search(checker: self, seen: unknowns.map { _ in [] })
        var values = [Int](repeating: 0, count: unknowns.count)
        search.explore(0, &values)
        return search.seen
    }

    private struct Search {
        let checker: DisclosureChecker
        var seen: [Set<Int>]

        var isDone: Bool { seen.allSatisfy { $0.count >= 2 } }

        mutating func explore(_ unknown: Int, _ values: inout [Int]) {
            if unknown == values.count {
                guard checker.completionChecks.allSatisfy({ $0(values) }) else { return }
                for index in values.indices where seen[index].count < 2 { seen[index].insert(values[index]) }
                return
            }
            for value in 0...checker.upperBound {
                values[unknown] = value
                if checker.isPossible(values, assigned: unknown + 1) { explore(unknown + 1, &values) }
                if isDone { return }
            }
        }
    }

    /// Whether the first `assigned` unknowns can still be completed within the bounds.
    private func isPossible(_ values: [Int], assigned: Int) -> Bool {
        equations.allSatisfy { equation in
            var low = 0
            var high = 0
            for term in equation.terms {
                if term.unknown < assigned {
                    low += term.coefficient * values[term.unknown]
                    high += term.coefficient * values[term.unknown]
                } else if term.coefficient > 0 {
                    high += term.coefficient * upperBound
                } else {
                    low += term.coefficient * upperBound
                }
            }
            return low <= equation.constant && equation.constant <= high
        }
    }
}
