/// Primary suppression: which cells of one column are hidden in their own right.
///
/// The rules protect units (schools). See "Suppression" in `docs/statistics.md`
/// for the reasoning and worked examples.
extension SmallCellSuppression {
    /// The reasons for the cells of a distribution, whose counts add up to its `answered` base.
    ///
    /// A count of 1 … k − 1 is hidden (`.fewAnswers`); zero stays. Where the
    /// same-answer rule applies (a group, a filtered set) and one category
    /// holds all but fewer than k of at least k answers, the distribution
    /// would tell every unit's answer, so all of its cells are withheld,
    /// zeros included (`.sameAnswer`).
    func primary(distribution counts: [Int], checksSameAnswer: Bool) -> [Withheld?] {
        guard threshold > 1 else { return counts.map { _ in nil } }
        if checksSameAnswer && isDominated(counts) { return counts.map { _ in .sameAnswer } }
        return counts.map { isSmall($0) ? .fewAnswers : nil }
    }

    /// Whether one category holds all, or all but fewer than k, of at least k answers.
    func isDominated(_ counts: [Int]) -> Bool {
        let answered = counts.reduce(0, +)
        guard threshold > 1, answered >= threshold, let top = counts.max() else { return false }
        return top >= answered - (threshold - 1)
    }

    /// The reasons for the options of a multiple choice, each a yes/no of the `shown` base
    /// (or for other counts of options that are each a yes/no of a base).
    ///
    /// An option's "not chosen" count is `shown` minus its count, so the
    /// threshold rule applies to both: a count or its complement of 1 … k − 1
    /// is hidden. Where the same-answer rule applies, an option chosen by all
    /// or all but fewer than k, or by nobody, is the same answer for all of at
    /// least k units and is withheld; so is it in a boolean question.
    func primary(options counts: [Int], shown: Int, checksSameAnswer: Bool) -> [Withheld?] {
        guard threshold > 1 else { return counts.map { _ in nil } }
        return counts.map { count in
            if isSmall(count) { return .fewAnswers }
            if checksSameAnswer && isDominated([count, shown - count]) { return .sameAnswer }
            return isSmall(shown - count) ? .fewAnswers : nil
        }
    }
}
