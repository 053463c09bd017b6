extension Chart {
    /// The line under the title, such as the base of the percentages.
    public var subtitle: String? {
        switch self {
        case .bars(let chart): chart.subtitle
        case .columns(let chart): chart.subtitle
        case .stacked(let chart): chart.subtitle
        case .diverging(let chart): chart.subtitle
        case .grouped(let chart): chart.subtitle
        case .dots(let chart): chart.subtitle
        case .smallMultiples(let chart): chart.subtitle
        }
    }

    /// What the chart draws, row by row (a bar or column is a row of one):
    /// each visible cell at the value its mark has, a hidden one as
    /// `.suppressed` with its reason, and a cell without data as NaN.
    ///
    /// For stacked and diverging bars a visible cell's value is its share
    /// of the row's total as drawn, so a caller can check that a chart draws
    /// the percentages of its table, and no cell the table hides, without
    /// reading the SVG.
    public var drawnRows: [ChartRow] {
        switch self {
        case .bars(let chart): chart.bars.map { ChartRow($0.label, [$0.value]) }
        case .columns(let chart): chart.columns.map { ChartRow($0.label, [$0.value]) }
        case .stacked(let chart): chart.rows.map { Self.drawnShares($0, count: chart.categories.count, breaks: []) }
        case .diverging(let chart):
            chart.rows.map {
                Self.drawnShares(
                    $0, count: chart.scale.count + (chart.notApplicable == nil ? 0 : 1), breaks: [chart.scale.count])
            }
        case .grouped(let chart): chart.rows.map { Self.padded($0, to: chart.groups.count) }
        case .dots(let chart): chart.rows.map { Self.padded($0, to: chart.series.count) }
        case .smallMultiples(let chart): chart.panels.map { Self.padded($0, to: chart.categories.count) }
        }
    }

    /// `row` with exactly `count` values, as the chart reads it: missing
    /// ones are no data, extra ones are not drawn.
    private static func padded(_ row: ChartRow, to count: Int) -> ChartRow {
        ChartRow(row.label, (0..<count).map { row.values.indices.contains($0) ? row.values[$0] : .missing })
    }

    /// The shares a 100 % bar draws for `row`; a row that is not drawn
    /// (withheld as a whole, or without data) keeps its values.
    private static func drawnShares(_ row: ChartRow, count: Int, breaks: Set<Int>) -> ChartRow {
        guard let shares = RowShares(row, count: count, breaks: breaks) else {
            return padded(
                ChartRow(row.label, row.values.map { $0.suppressionReason == nil ? .missing : $0 }), to: count)
        }
        return ChartRow(
            row.label,
            (0..<count).map { shares.isHidden($0) ? row.values[$0] : .number(shares.widths[$0]) })
    }
}
