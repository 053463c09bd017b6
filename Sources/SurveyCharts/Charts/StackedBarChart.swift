/// Bars that each fill 100 %, split into the shares of their categories,
/// for comparing the distribution of one question across rows.
///
/// Values may be counts or percentages; each row is scaled to its own total
/// (``ChartRow/total``). Hidden values are hatched in place and the others
/// keep their true shares (see ``RowShares``); only a row whose every value
/// is hidden is drawn as a dash.
public struct StackedBarChart: Sendable, Hashable {
    /// The colours of the segments.
    public enum Colours: Sendable, Hashable {
        /// A light-to-dark blue ramp, for ordered categories such as scales.
        case sequential
        /// Distinct colours, for unordered categories.
        case categorical
    }

    /// The title, drawn at the top and used as the accessible name.
    public var title: String
    /// A line under the title, such as the base of the percentages.
    public var subtitle: String?
    /// The names of the segments, in drawing order from left to right.
    public var categories: [String]
    /// One row per category, with one value per series.
    public var rows: [ChartRow]
    public var colours: Colours
    /// The decimals of the percentages written inside the segments.
    public var decimals: Int

    /// Creates the chart; see the properties for the parameters.
    public init(
        title: String, subtitle: String? = nil, categories: [String], rows: [ChartRow],
        colours: Colours = .sequential, decimals: Int = 0
    ) {
        self.title = title
        self.subtitle = subtitle
        self.categories = categories
        self.rows = rows
        self.colours = colours
        self.decimals = decimals
    }

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique within the page.
    ///   - settings: Language, width and suppression note.
    public func svg(id: String, settings: ChartSettings = ChartSettings()) -> String {
        var canvas = ChartCanvas(settings: settings, title: title, subtitle: subtitle)
        guard !rows.isEmpty else { return canvas.finishEmpty(id: id, title: title, kind: canvas.phrases.stackedChart) }
        let column = LabelColumn(labels: rows.map(\.label), chartWidth: settings.width)
        let plotStart = canvas.left + column.width + ChartStyle.gap
        let palette =
            colours == .sequential
            ? Palette.sequential(categories.count)
            : categories.indices.map(Palette.series)
        let allShares = rows.map { RowShares($0, count: categories.count) }
        canvas.segmentLegend(categories, colours: palette, rows: allShares, start: plotStart)

        // Half the width of "100 %" stays free so the last tick label fits.
        let tickRoom =
            LineBreaker(size: ChartStyle.smallSize).measure(
                ValueStyle.percent(decimals: 0).format(100, in: settings.language)) / 2
        let axis = ValueAxis(
            low: 0, high: 100, start: plotStart, end: canvas.right - tickRoom,
            style: .percent(decimals: 0), language: settings.language, labelsAcross: true)
        let style = ValueStyle.percent(decimals: decimals)
        let barHeight = 22.0
        let heights = rows.indices.map { max(barHeight + 10, column.height($0) + 8) }
        let top = canvas.y
        let bottom = top + heights.reduce(0, +)
        let axisHeight = axis.drawAcross(in: &canvas.writer, top: top, bottom: bottom)

        var rowTop = top
        var entries: [String] = []
        for (index, row) in rows.enumerated() {
            let middle = rowTop + heights[index] / 2
            column.draw(index, x: canvas.left + column.width, middle: middle, in: &canvas.writer)
            if let shares = allShares[index] {
                canvas.drawSegments(
                    shares.segments, from: 0, axis: axis, palette: palette, style: style, middle: middle,
                    height: barHeight)
                entries.append(canvas.describe(row, categories: categories, shares: shares, style: style))
            } else {
                let words = canvas.drawUnavailable(row, x: plotStart + 4, middle: middle)
                entries.append("\(row.label): \(words)")
            }
            rowTop += heights[index]
        }
        canvas.y = bottom + axisHeight

        let description = ([canvas.phrases.stackedChart] + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }
}
