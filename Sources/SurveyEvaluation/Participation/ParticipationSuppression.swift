/// Which figures of the response-rate table are withheld, so that no school's participation can be told.
///
/// The list of invited schools per group is public (the office's school
/// register), so `invited` is always shown. Whether a given school answered is
/// not: in a group where 1 … k − 1 schools submitted, or 1 … k − 1 did not,
/// a reader who knows the schools can narrow down which ones, so the group's
/// `submitted`, `started` and rate are withheld. `started` alone is also
/// withheld for 1 … k − 1. The total row is always shown (the title page
/// states the number of submissions anyway), so each column needs a second
/// hidden group once it hides one; otherwise total minus the visible groups
/// gives it back. docs/statistics.md states the rule with examples.
struct ParticipationSuppression {
    /// Whether each group's submitted count and rate are withheld.
    let submittedHidden: [Bool]
    /// Whether each group's started count is withheld.
    let startedHidden: [Bool]

    init(_ groups: [ParticipationCounts.Group], minGroupSize: Int) {
        let rule = SmallCellSuppression(threshold: minGroupSize)
        let counts = groups.map(\.counts)
        let primary = counts.map { rule.isSmall($0.submitted) || rule.isSmall($0.invited - $0.submitted) }
        let submitted = Self.withComplement(primary, values: counts.map(\.submitted), rule: rule)
        let startedPrimary = counts.indices.map { submitted[$0] || rule.isSmall(counts[$0].started) }
        submittedHidden = submitted
        startedHidden = Self.withComplement(startedPrimary, values: counts.map(\.started), rule: rule)
    }

    /// The hidden groups and, where only one is hidden, the group that keeps it from being worked out.
    ///
    /// ``SmallCellSuppression/hiddenGroups(_:)`` hides every small size and adds
    /// the complement; a group hidden by this table's own rule enters it as size
    /// 1, which is small for every threshold above 1, and a visible group (never
    /// small, or it would be hidden) with its value.
    private static func withComplement(_ hidden: [Bool], values: [Int], rule: SmallCellSuppression) -> [Bool] {
        rule.hiddenGroups(values.indices.map { hidden[$0] ? 1 : values[$0] })
    }
}
