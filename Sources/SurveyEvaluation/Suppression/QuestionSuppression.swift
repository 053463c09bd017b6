/// Applies suppression to one question's columns: the total (or the filtered set) first, then the groups.
///
/// A column is hidden whole when its group is, or when fewer than k answered
/// the question in it; otherwise its cells follow the primary rules and then
/// complementary suppression across all columns (``SmallCellSuppression``),
/// and its statistics follow ``hideStatistics(_:hiddenWhole:counts:brokenDown:)``.
struct QuestionSuppression {
    let rules: SmallCellSuppression
    /// Columns hidden whole, and why: groups below the threshold (and the next smallest with
    /// them), and a filtered set below it.
    let groupHidden: [Withheld?]
    /// Columns the same-answer rule applies to: every group, and the total only when it is a filtered set.
    let checksSameAnswer: [Bool]

    /// Quantiles (median, quartiles) need at least this many times k values.
    ///
    /// At n ≥ 4·k at least k values lie at or below the first quartile and at
    /// or above the third, so no printed quantile is among the k − 1 most
    /// extreme answers, which the threshold rule protects.
    static let quantileMultiple = 4

    /// Hides what must be hidden; true if anything was.
    func apply(_ columns: inout [QuestionResult], kind: QuestionPlan.Kind) -> Bool {
        guard rules.threshold > 1 else { return false }
        let before = columns
        let hiddenWhole = columns.indices.map {
            groupHidden[$0] != nil || rules.isSmall(columns[$0].base.answered ?? 0)
        }
        switch kind {
        case .single, .boolean:
            hideCells(&columns, \.frequencies, hiddenWhole: hiddenWhole, minimumHidden: 2)
        case .scale:
            // Two hidden cells, like any distribution: where n and mean would pin them, the
            // mean is withheld (``scaleStatistics``) rather than a third, often large, cell.
            hideCells(&columns, \.frequencies, hiddenWhole: hiddenWhole, minimumHidden: 2)
        case .multiple:
            hideCells(&columns, \.frequencies, hiddenWhole: hiddenWhole, minimumHidden: 2, optionsOf: \.shown)
            hideCells(&columns, \.selections, hiddenWhole: hiddenWhole, minimumHidden: 2, marksColumn: false)
        case .number:
            hideCells(&columns, \.histogram, hiddenWhole: hiddenWhole, minimumHidden: 2)
        case .date:
            hideCells(&columns, \.months, hiddenWhole: hiddenWhole, minimumHidden: 2)
        case .ranking:
            hideCells(&columns, \.ranking, hiddenWhole: hiddenWhole, minimumHidden: 2)
            // Everyone ranks every option when all must be ranked, so "ranked by all" is no answer of theirs.
            hideCells(
                &columns, \.rankedCounts, hiddenWhole: hiddenWhole, minimumHidden: 2, optionsOf: \.answered,
                marksColumn: false, checksSameAnswer: false)
        case .matrix(let rows, let cells):
            for row in rows.indices where columns.allSatisfy({ $0.rows.indices.contains(row) }) {
                var rowColumns = columns.map { $0.rows[row] }
                _ = apply(&rowColumns, kind: cells.rowKind)
                for column in columns.indices { columns[column].rows[row] = rowColumns[column] }
            }
        case .text:
            break
        }
        for column in columns.indices {
            hideStatistics(
                &columns[column], hiddenWhole: hiddenWhole[column], counts: before[column].frequencies,
                brokenDown: columns.count > 1)
            if hiddenWhole[column] && (column > 0 || groupHidden[column] != nil) {
                hideWhole(&columns[column], reason: groupHidden[column] ?? .fewAnswers)
            }
        }
        return columns != before
    }

    /// Primary suppression of one kind of cells, then complementary suppression across the columns.
    ///
    /// - Parameters:
    ///   - optionsOf: For cells that are each a yes/no of a base (multiple-choice options of
    ///     `shown`, ranked options of `answered`), that base; nil for a distribution adding up
    ///     to `answered`.
    ///   - marksColumn: Whether a column withheld whole by the same-answer rule is marked so
    ///     (not for side tables such as the number of options chosen).
    ///   - checksSameAnswer: False where the same-answer rule does not apply to these cells.
    private func hideCells<Cell: CountCell>(
        _ columns: inout [QuestionResult], _ path: WritableKeyPath<QuestionResult, [Cell]>, hiddenWhole: [Bool],
        minimumHidden: Int, optionsOf base: KeyPath<Base, Int?>? = nil, marksColumn: Bool = true,
        checksSameAnswer: Bool = true
    ) {
        let primary = columns.indices.map { column -> [Withheld?] in
            let counts = columns[column][keyPath: path].map { $0.count ?? 0 }
            if hiddenWhole[column] { return counts.map { _ in groupHidden[column] ?? .fewAnswers } }
            let checks = checksSameAnswer && self.checksSameAnswer[column]
            guard let base else { return rules.primary(distribution: counts, checksSameAnswer: checks) }
            return rules.primary(
                options: counts, shown: columns[column].base[keyPath: base] ?? 0, checksSameAnswer: checks)
        }
        for column in columns.indices
        where marksColumn && !primary[column].isEmpty && primary[column].allSatisfy({ $0 == .sameAnswer }) {
            columns[column].withheld = .sameAnswer
        }
        rules.suppress(
            &columns, primary: primary, path: path, knownSum: base == nil, minimumHidden: minimumHidden)
    }

    /// Withholds a column's figures once its group is hidden: bases, statistics, texts
    /// (the date range has gone already, with ``hideStatistics(_:hiddenWhole:counts:brokenDown:)``).
    private func hideWhole(_ column: inout QuestionResult, reason: Withheld) {
        column.suppressed = true
        column.withheld = reason
        column.statsWithheld = reason
        column.base = Base(submitted: nil, shown: nil, answered: nil)
        column.stats = nil
        column.texts = nil
    }

    /// Hides statistics computed from too few values, single values (min, max,
    /// date range), quantiles of fewer than ``quantileMultiple``·k values, and
    /// whatever would give a hidden cell away.
    ///
    /// - Parameters:
    ///   - counts: The column's frequencies before suppression.
    ///   - brokenDown: Whether the question has groups, whose cells add up to the total's.
    private func hideStatistics(
        _ column: inout QuestionResult, hiddenWhole: Bool, counts: [Frequency], brokenDown: Bool
    ) {
        column.dateRange = nil
        // "Other" texts of a hidden column go with it; the answers of a text question are
        // listed only on request, and only a hidden group withholds them (``hideWhole(_:reason:)``).
        if hiddenWhole && column.type != "text" { column.texts = nil }
        // Mean ranks of a same-answer group would show the place everybody gave.
        for index in column.ranking.indices where column.withheld == .sameAnswer {
            column.ranking[index].meanRank = nil
        }
        guard let stats = column.stats else { return }
        defer { column.statsWithheld = statisticsReason(stats, column.stats, column: column, hiddenWhole: hiddenWhole) }
        guard !hiddenWhole, column.withheld != .sameAnswer, stats.n >= rules.threshold else {
            column.stats = Summary(n: stats.n)
            return
        }
        // The smallest and largest value each belong to one respondent.
        var shown = Summary(n: stats.n, mean: stats.mean, sd: stats.sd)
        if stats.n >= Self.quantileMultiple * rules.threshold {
            (shown.q1, shown.median, shown.q3) = (stats.q1, stats.median, stats.q3)
        }
        if column.type == "scale" {
            column.stats = scaleStatistics(
                shown, frequencies: column.frequencies, counts: counts, brokenDown: brokenDown)
        } else {
            column.stats = shown.quantilesOutside(hiddenBins: column.histogram.filter { $0.count == nil })
        }
    }

    /// Why statistics are missing that were computed (min and max aside): the n
    /// each needs (k, or ``quantileMultiple``·k for quantiles), else the same
    /// answer or the protection of hidden cells.
    private func statisticsReason(
        _ computed: Summary, _ shown: Summary?, column: QuestionResult, hiddenWhole: Bool
    ) -> Withheld? {
        if hiddenWhole { return .fewAnswers }
        if column.withheld == .sameAnswer { return .sameAnswer }
        guard let shown else { return .protectsOthers }
        func missing(_ figure: KeyPath<Summary, Double?>) -> Bool {
            computed[keyPath: figure] != nil && shown[keyPath: figure] == nil
        }
        if missing(\.mean) || missing(\.sd) { return computed.n < rules.threshold ? .fewAnswers : .protectsOthers }
        if missing(\.median) || missing(\.q1) || missing(\.q3) {
            return computed.n < Self.quantileMultiple * rules.threshold ? .fewAnswers : .protectsOthers
        }
        return nil
    }

    /// A scale's statistics, as far as they leave its hidden cells hidden.
    ///
    /// Its n is `answered` minus "not applicable", so a hidden "not applicable"
    /// withholds them all. Otherwise mean and SD are equations over the hidden
    /// cells (``MomentDisclosure``), and a quantile is shown only where the
    /// hidden cells lie on one side of it (``ScaleQuantiles``).
    ///
    /// With a breakdown, the means of the total and the groups are equations over
    /// cells that the groups' sums tie together; checked column by column they
    /// still pinned hidden cells in random tables, so a broken-down column with
    /// hidden cells shows no mean or SD.
    private func scaleStatistics(
        _ stats: Summary, frequencies: [Frequency], counts: [Frequency], brokenDown: Bool
    ) -> Summary? {
        let hidden = frequencies.map { $0.count == nil }
        guard hidden.contains(true) else { return stats }
        if frequencies.contains(where: { $0.value == "na" && $0.count == nil }) { return nil }
        let points = zip(counts, hidden).compactMap { frequency, hidden in
            Int(frequency.value).map { ScaleQuantiles.Point(value: $0, count: frequency.count ?? 0, hidden: hidden) }
        }
        let quantiles = ScaleQuantiles(points: points)
        var shown = Summary(n: stats.n)
        if stats.median != nil {
            shown.q1 = quantiles.isSafe(0.25) ? stats.q1 : nil
            shown.median = quantiles.isSafe(0.5) ? stats.median : nil
            shown.q3 = quantiles.isSafe(0.75) ? stats.q3 : nil
        }
        if brokenDown { return shown }
        let disclosure = MomentDisclosure(
            values: counts.map { Int($0.value) }, counts: counts.map { $0.count ?? 0 }, hidden: hidden)
        if !disclosure.pinsAHiddenCell(moments: 2) {
            (shown.mean, shown.sd) = (stats.mean, stats.sd)
        } else if !disclosure.pinsAHiddenCell(moments: 1) {
            shown.mean = stats.mean
        }
        return shown
    }
}

extension Summary {
    /// The summary without quantiles that fall into a hidden histogram bin (they would show it is not empty).
    func quantilesOutside(hiddenBins: [HistogramBin]) -> Summary {
        func visible(_ value: Double?) -> Double? {
            guard let value, !hiddenBins.contains(where: { $0.from <= value && value <= $0.to }) else { return nil }
            return value
        }
        return Summary(n: n, mean: mean, median: visible(median), sd: sd, q1: visible(q1), q3: visible(q3))
    }
}
