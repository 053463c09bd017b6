/// Horizontal bars in blocks, one block per category and one bar per group,
/// for breakdowns such as the answers of each school type.
///
/// Bars keep the legend's order inside every block, so position tells the
/// groups apart even where colours do not survive printing.
public struct GroupedBarChart: Sendable, Hashable {
    /// The title, drawn at the top and used as the accessible name.
    public var title: String
    /// A line under the title, such as the base of the percentages.
    public var subtitle: String?
    /// The names of the groups, in the order of the bars in each block.
    public var groups: [String]
    /// One row per category, with one value per group.
    public var rows: [ChartRow]
    /// How the values are written.
    public var style: ValueStyle

    /// Creates the chart; see the properties for the parameters.
    public init(
        title: String, subtitle: String? = nil, groups: [String], rows: [ChartRow], style: ValueStyle = .percent
    ) {
        self.title = title
        self.subtitle = subtitle
        self.groups = groups
        self.rows = rows
        self.style = style
    }

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique within the page.
    ///   - settings: Language, width and suppression note.
    public func svg(id: String, settings: ChartSettings = ChartSettings()) -> String {
        var canvas = ChartCanvas(settings: settings, title: title, subtitle: subtitle)
        guard !rows.isEmpty else { return canvas.finishEmpty(id: id, title: title, kind: canvas.phrases.groupedChart) }
        let column = LabelColumn(labels: rows.map(\.label), chartWidth: settings.width)
        let plotStart = canvas.left + column.width + ChartStyle.gap
        canvas.legend(
            groups.indices.map { LegendItem(label: groups[$0], colour: Palette.series($0)) }, start: plotStart)

        let values = rows.flatMap { row in
            groups.indices.map { row.values.indices.contains($0) ? row.values[$0] : .missing }
        }
        let texts = values.map { canvas.text(of: $0, style: style) }
        let numbers = values.compactMap(\.plottable)
        let breaker = LineBreaker(size: ChartStyle.smallSize)
        let reserve = canvas.reserve((texts.map { breaker.measure($0) }.max() ?? 0) + ChartStyle.gap)
        let axis = ValueAxis(
            low: numbers.min() ?? 0, high: numbers.max() ?? 0, start: plotStart, end: canvas.right - reserve,
            style: style, language: settings.language, labelsAcross: true)

        let barHeight = 13.0
        let barStep = barHeight + 2
        let blockPadding = 12.0
        let barsHeight = Double(groups.count) * barStep - 2
        let heights = rows.indices.map { max(barsHeight, column.height($0)) + blockPadding }
        let top = canvas.y
        let bottom = top + heights.reduce(0, +)
        let axisHeight = axis.drawAcross(in: &canvas.writer, top: top, bottom: bottom)

        var blockTop = top
        var entries: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            let middle = blockTop + heights[rowIndex] / 2
            column.draw(rowIndex, x: canvas.left + column.width, middle: middle, in: &canvas.writer)
            var parts: [String] = []
            for group in groups.indices {
                let flat = rowIndex * groups.count + group
                let barMiddle = middle - barsHeight / 2 + Double(group) * barStep + barHeight / 2
                let zero = axis.position(0)
                if let value = values[flat].plottable {
                    let end = axis.position(value)
                    canvas.writer.rect(
                        x: min(zero, end), y: barMiddle - barHeight / 2, width: (end - zero).magnitude,
                        height: barHeight, fill: Palette.series(group))
                    let labelX = value < 0 ? zero + 4 : end + 4
                    canvas.writer.text(
                        [texts[flat]], x: labelX,
                        baseline: ChartStyle.baseline(centredOn: barMiddle, size: ChartStyle.smallSize),
                        size: ChartStyle.smallSize)
                } else {
                    canvas.drawMissing(values[flat], x: zero + 4, middle: barMiddle, size: ChartStyle.smallSize)
                }
                parts.append("\(groups[group]) \(canvas.words(of: values[flat], style: style))")
            }
            entries.append("\(row.label): \(parts.joined(separator: ", "))")
            blockTop += heights[rowIndex]
        }
        canvas.y = bottom + axisHeight

        let description = ([canvas.phrases.groupedChart] + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }
}
