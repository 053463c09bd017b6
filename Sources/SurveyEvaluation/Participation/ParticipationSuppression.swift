/// Which groups of the response-rate table have their participation withheld.
///
/// The table says how many schools of a group took part, not what they
/// answered, and the list of invited schools per group is public (the
/// office's school register), so `invited` is always shown. A group with
/// 1 … k − 1 submissions is the group the evaluation hides as too small; its
/// started, submitted and rate are withheld too, so the table does not name
/// the size of a group whose answers the report keeps back. The total row is
/// always shown, so once one group is hidden a second one is
/// (``SmallCellSuppression/hiddenGroups(_:)``, the same complement the
/// breakdown uses); otherwise total minus the visible groups gives it back.
/// How many schools of a large group did not answer singles out none of
/// them, so it is shown. docs/statistics.md states the rule with an example.
struct ParticipationSuppression {
    /// Whether each group's started, submitted and rate are withheld.
    let hidden: [Bool]

    init(_ groups: [ParticipationCounts.Group], minGroupSize: Int) {
        hidden = SmallCellSuppression(threshold: minGroupSize).hiddenGroups(groups.map(\.counts.submitted))
    }
}
