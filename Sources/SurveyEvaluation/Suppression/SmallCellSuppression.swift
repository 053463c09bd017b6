/// Hides groups and counts below the threshold, and enough others that none can be recovered.
///
/// The reasons a cell is hidden in the first place (primary suppression) are
/// decided per column by ``primary(distribution:checksSameAnswer:)`` and
/// ``primary(options:shown:checksSameAnswer:)``. Complementary suppression
/// then hides more until no hidden figure can be worked out by subtraction:
///
/// - groups: if only one group is hidden, the next smallest is hidden too
///   (otherwise total minus the visible groups gives it);
/// - a column whose total is published (the `answered` base of a single
///   choice, scale, histogram…) needs at least two hidden cells, three for a
///   scale whose mean is also published (count and sum are two equations);
/// - a row across groups whose total cell is published needs at least two
///   hidden group cells, and a hidden total cell needs a hidden group cell;
///   where no group cell is left to hide (a breakdown of one group), the
///   total cell is hidden instead.
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
        hiddenGroupReasons(sizes).map { $0 != nil }
    }

    /// Why each group is hidden, given their sizes; nil for a group that is shown.
    func hiddenGroupReasons(_ sizes: [Int]) -> [Withheld?] {
        guard threshold > 1 else { return sizes.map { _ in nil } }
        var hidden = sizes.map { isSmall($0) ? Withheld.fewAnswers : nil }
        if hidden.count(where: { $0 != nil }) == 1,
            let complement = Self.smallest(in: sizes, hidden: hidden.map { $0 != nil })
        {
            hidden[complement] = .protectsOthers
        }
        return hidden
    }

    /// Hides the cells at `path` of one question across the total and its groups.
    ///
    /// - Parameters:
    ///   - columns: The total first, then the groups; cells are set to nil where hidden.
    ///   - primary: Per column and cell, why it is hidden in its own right (nil: shown unless needed to protect).
    ///   - path: The cells.
    ///   - knownSum: Whether the cells of a column add up to a published base.
    ///   - minimumHidden: Cells a column must hide once it hides any.
    func suppress<Cell: CountCell>(
        _ columns: inout [QuestionResult], primary: [[Withheld?]], path: WritableKeyPath<QuestionResult, [Cell]>,
        knownSum: Bool, minimumHidden: Int
    ) {
        guard threshold > 1 else { return }
        let counts = columns.map { $0[keyPath: path].map { $0.count ?? 0 } }
        var hidden = primary.map { $0.map { $0 != nil } }
        var changed = true
        while changed {
            changed = false
            if knownSum {
                for column in counts.indices {
                    let hiddenCount = hidden[column].count(where: { $0 })
                    guard hiddenCount > 0, hiddenCount < minimumHidden,
                        let complement = Self.smallest(in: counts[column], hidden: hidden[column])
                    else { continue }
                    hidden[column][complement] = true
                    changed = true
                }
            }
            guard counts.count > 1 else { continue }
            for row in counts[0].indices where protectRow(row, counts: counts, hidden: &hidden) {
                changed = true
            }
        }
        for column in columns.indices {
            for row in columns[column][keyPath: path].indices where hidden[column][row] {
                columns[column][keyPath: path][row].count = nil
                columns[column][keyPath: path][row].withheld = primary[column][row] ?? .protectsOthers
            }
        }
    }

    /// Hides one more cell of `row` if the total and the group cells would give a hidden one away; true if it did.
    private func protectRow(_ row: Int, counts: [[Int]], hidden: inout [[Bool]]) -> Bool {
        let groupCounts = counts.dropFirst().map { $0.indices.contains(row) ? $0[row] : 0 }
        let groupHidden = hidden.dropFirst().map { $0.indices.contains(row) ? $0[row] : true }
        let hiddenCount = groupHidden.count(where: { $0 })
        let needed = hidden[0][row] ? 1 : 2
        guard hiddenCount < needed, hiddenCount > 0 || hidden[0][row] else { return false }
        if let complement = Self.smallest(in: groupCounts, hidden: groupHidden) {
            hidden[complement + 1][row] = true
            return true
        }
        // No group cell is left: the total cell alone would give the hidden one away.
        guard !hidden[0][row] else { return false }
        hidden[0][row] = true
        return true
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
