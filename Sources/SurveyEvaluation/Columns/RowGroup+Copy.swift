/// Copying rows between groups, for compaction: a file whose rows are mostly retired is written
/// again with its live rows only, in their order.
extension RowGroup {
    /// Appends row `row` of `source` (a group of the same schema) as this group's next row.
    mutating func appendRow(_ row: Int, of source: RowGroup) {
        let target = count
        count += 1
        for column in ints.indices { ints[column][target] = source.ints[column][row] }
        for column in doubles.indices { doubles[column][target] = source.doubles[column][row] }
        for column in texts.indices {
            source.texts[column].withBytes(row) { texts[column].set(target, $0) }
        }
        for column in lists.indices where source.lists[column].lengths[row] != Self.missing {
            lists[column].begin(target)
            for value in source.lists[column].list(row) { lists[column].append(value, to: target) }
        }
        for question in shown.indices { shown[question][target] = source.shown[question][row] }
        live[target] = source.live[row]
    }
}
