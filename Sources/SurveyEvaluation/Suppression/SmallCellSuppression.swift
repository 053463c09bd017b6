/// Hides groups and counts below the threshold, and enough others that none can be recovered.
///
/// Primary suppression hides a breakdown group with fewer than `k` responses,
/// a question within a group answered by fewer than `k`, and every frequency
/// cell with 1 … k − 1 respondents. Complementary suppression then hides more
/// until no hidden figure can be worked out by subtraction:
///
/// - groups: if only one group is hidden, the next smallest is hidden too
///   (otherwise total minus the visible groups gives it);
/// - a column whose total is published (the `answered` base of a single
///   choice, scale, histogram…) needs at least two hidden cells, three for a
///   scale whose mean is also published (count and sum are two equations);
/// - a row across groups whose total cell is published needs at least two
///   hidden group cells, and a hidden total cell needs a hidden group cell.
///
/// Candidates for complementary suppression are the smallest non-zero visible
/// cells, which hides the least information. The rules are applied until
/// nothing changes; each round only hides, so this terminates.
struct SmallCellSuppression {
    let threshold: Int

    /// Whether `count` is a primary suppression.
    func isSmall(_ count: Int) -> Bool { count > 0 && count < threshold }

    /// The groups to hide, given their sizes.
    func hiddenGroups(_ sizes: [Int]) -> [Bool] {
        guard threshold > 1 else { return sizes.map { _ in false } }
        var hidden = sizes.map(isSmall)
        if hidden.count(where: { $0 }) == 1,
            let complement = Self.smallest(in: sizes, hidden: hidden)
        {
            hidden[complement] = true
        }
        return hidden
    }

    /// Hides the cells at `path` of one question across the total and its groups.
    ///
    /// - Parameters:
    ///   - columns: The total first, then the groups; cells are set to nil where hidden.
    ///   - columnHidden: Columns hidden entirely.
    ///   - path: The cells.
    ///   - knownSum: Whether the cells of a column add up to a published base.
    ///   - minimumHidden: Cells a column must hide once it hides any.
    func suppress<Cell: CountCell>(
        _ columns: inout [QuestionResult], columnHidden: [Bool], path: WritableKeyPath<QuestionResult, [Cell]>,
        knownSum: Bool, minimumHidden: Int
    ) {
        guard threshold > 1 else { return }
        let counts = columns.map { $0[keyPath: path].map { $0.count ?? 0 } }
        let primary = counts.enumerated().map { column, cells in
            cells.map { columnHidden[column] || isSmall($0) }
        }
        var hidden = primary
        var changed = true
        while changed {
            changed = false
            if knownSum {
                for column in counts.indices where !columnHidden[column] {
                    let hiddenCount = hidden[column].count(where: { $0 })
                    guard hiddenCount > 0, hiddenCount < minimumHidden,
                        let complement = Self.smallest(in: counts[column], hidden: hidden[column])
                    else { continue }
                    hidden[column][complement] = true
                    changed = true
                }
            }
            guard counts.count > 1 else { continue }
            for row in counts[0].indices {
                let groupCounts = counts.dropFirst().map { $0.indices.contains(row) ? $0[row] : 0 }
                let groupHidden = hidden.dropFirst().map { $0.indices.contains(row) ? $0[row] : true }
                let hiddenCount = groupHidden.count(where: { $0 })
                let needed = hidden[0][row] ? 1 : 2
                guard hiddenCount < needed, hiddenCount > 0 || hidden[0][row],
                    let complement = Self.smallest(in: groupCounts, hidden: groupHidden)
                else { continue }
                hidden[complement + 1][row] = true
                changed = true
            }
        }
        for column in columns.indices {
            for row in columns[column][keyPath: path].indices where hidden[column][row] {
                columns[column][keyPath: path][row].count = nil
                columns[column][keyPath: path][row].withheld = primary[column][row] ? .fewAnswers : .protectsOthers
            }
        }
    }

    /// The position of the smallest visible value, preferring non-zero ones; nil if none is visible.
    ///
    /// Hiding a zero protects less (a reader may know the category is empty),
    /// so a zero is taken only when no non-zero value is left.
    static func smallest(in values: [Int], hidden: [Bool]) -> Int? {
        let visible = values.indices.filter { !hidden[$0] }
        return visible.filter { values[$0] > 0 }.min { values[$0] < values[$1] }
            ?? visible.min { values[$0] < values[$1] }
    }
}
