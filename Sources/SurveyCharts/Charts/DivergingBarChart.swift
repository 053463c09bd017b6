/// Stacked bars centred on a line, for scales and matrices: disagreeing
/// answers extend to the left, agreeing ones to the right, and a neutral
/// middle point (when the scale has an odd number of points) is split
/// across the centre line.
///
/// The shares of the negative and the positive side are written at the
/// ends of each bar, so the balance of opinion reads at a glance; a side
/// with a hidden value gets no sum. "Not applicable" may follow as a grey
/// bar of its own to the right, on the same scale, so every share drawn is
/// a share of the same base as the table's. Hidden values are hatched in
/// place (see ``RowShares``).
public struct DivergingBarChart: Sendable, Hashable {
    /// The title, drawn at the top and used as the accessible name.
    public var title: String
    /// A line under the title, such as the base of the percentages.
    public var subtitle: String?
    /// The scale points from the most negative to the most positive.
    public var scale: [String]
    /// The label of a category outside the scale, such as "not applicable",
    /// drawn apart in grey; `nil` when there is none.
    public var notApplicable: String?
    /// One row per item (or group), with one value per scale point and,
    /// with ``notApplicable``, one more for it.
    public var rows: [ChartRow]
    /// The decimals of the percentages.
    public var decimals: Int

    /// Creates the chart; see the properties for the parameters.
    public init(
        title: String, subtitle: String? = nil, scale: [String], notApplicable: String? = nil, rows: [ChartRow],
        decimals: Int = 0
    ) {
        self.title = title
        self.subtitle = subtitle
        self.scale = scale
        self.notApplicable = notApplicable
        self.rows = rows
        self.decimals = decimals
    }

    /// How many scale points lie on the negative side.
    private var negativeCount: Int { scale.count / 2 }
    /// The index of the neutral point, if the scale has one.
    private var neutralIndex: Int? { scale.count % 2 == 1 ? scale.count / 2 : nil }

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique within the page.
    ///   - settings: Language, width and suppression note.
    public func svg(id: String, settings: ChartSettings = ChartSettings()) -> String {
        var canvas = ChartCanvas(settings: settings, title: title, subtitle: subtitle)
        guard !rows.isEmpty else {
            return canvas.finishEmpty(id: id, title: title, kind: canvas.phrases.divergingChart)
        }
        let style = ValueStyle.percent(decimals: decimals)
        let column = LabelColumn(labels: rows.map(\.label), chartWidth: settings.width, maximumShare: 0.32)
        let breaker = LineBreaker(size: ChartStyle.fontSize)
        let sumRoom = breaker.measure(style.format(100, in: settings.language)) + 6
        let plotStart = canvas.left + column.width + ChartStyle.gap + sumRoom
        let categories = scale + (notApplicable.map { [$0] } ?? [])
        let palette =
            Palette.diverging(negative: negativeCount, hasNeutral: neutralIndex != nil, positive: negativeCount)
            + (notApplicable == nil ? [] : [Palette.notApplicable])
        let allShares = rows.map { RowShares($0, count: categories.count, breaks: [scale.count]) }
        canvas.segmentLegend(categories, colours: palette, rows: allShares, start: plotStart)

        let extent =
            allShares.compactMap { $0 }.map { shares in
                max(sides(of: shares.widths).negative, sides(of: shares.widths).positive)
            }.max() ?? 50
        // "Not applicable" gets a column on the same scale as the bars, as
        // wide as its largest share, after the positive sums and a gap.
        let apartGap = notApplicable == nil ? 0.0 : 14.0
        let apartExtent =
            notApplicable == nil ? 0 : max(5, allShares.compactMap { $0?.widths.last }.max() ?? 0)
        let apartRoom = notApplicable == nil ? 0 : apartGap + sumRoom
        let available = canvas.right - sumRoom - apartRoom - plotStart
        let plotEnd = plotStart + available * 2 * extent / (2 * extent + apartExtent)
        let axis = ValueAxis(
            low: -extent, high: extent, start: plotStart, end: plotEnd,
            style: .percent(decimals: 0), language: settings.language, labelsAcross: true, absoluteLabels: true,
            tight: true)
        var apartAxis = axis
        let apartStart = plotEnd + sumRoom + apartGap
        apartAxis.start += apartStart - axis.position(0)
        apartAxis.end += apartStart - axis.position(0)

        let barHeight = 22.0
        let heights = rows.indices.map { max(barHeight + 10, column.height($0) + 8) }
        let top = canvas.y
        let bottom = top + heights.reduce(0, +)
        let axisHeight = axis.drawAcross(in: &canvas.writer, top: top, bottom: bottom)
        if notApplicable != nil {
            canvas.writer.line(x1: apartStart, y1: top, x2: apartStart, y2: bottom, stroke: .axis)
        }

        var rowTop = top
        var entries: [String] = []
        for (index, row) in rows.enumerated() {
            let middle = rowTop + heights[index] / 2
            column.draw(index, x: canvas.left + column.width, middle: middle, in: &canvas.writer)
            if let shares = allShares[index] {
                drawBar(row, shares, middle: middle, height: barHeight, axis: axis, palette: palette, canvas: &canvas)
                if notApplicable != nil {
                    drawApart(
                        shares, middle: middle, height: barHeight, axis: apartAxis, palette: palette, canvas: &canvas)
                }
                entries.append(canvas.describe(row, categories: categories, shares: shares, style: style))
            } else {
                let words = canvas.drawUnavailable(row, x: axis.position(0) + 4, middle: middle)
                entries.append("\(row.label): \(words)")
            }
            rowTop += heights[index]
        }
        canvas.y = bottom + axisHeight

        let apart = notApplicable.map { [canvas.phrases.drawnApart($0)] } ?? []
        let description = ([canvas.phrases.divergingChart] + apart + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }

    /// The extent of a bar left and right of the centre line, from the
    /// widths of the scale points; the neutral share counts half to each side.
    private func sides(of widths: [Double]) -> (negative: Double, positive: Double) {
        let half = neutralIndex.map { widths[$0] / 2 } ?? 0
        let negative = widths.prefix(negativeCount).reduce(0, +)
        let positive = widths[(scale.count - negativeCount)..<scale.count].reduce(0, +)
        return (negative + half, positive + half)
    }

    /// Draws the scale part of one bar, its segments in scale order around
    /// the centre line, and the sum of each side that has no hidden value
    /// (the marks of the hidden ones otherwise).
    private func drawBar(
        _ row: ChartRow, _ shares: RowShares, middle: Double, height: Double, axis: ValueAxis, palette: [Colour],
        canvas: inout ChartCanvas
    ) {
        let style = ValueStyle.percent(decimals: decimals)
        let (left, right) = sides(of: shares.widths)
        canvas.drawSegments(
            shares.segments.filter { $0.cells.lowerBound < scale.count }, from: -left, axis: axis, palette: palette,
            style: style, middle: middle, height: height)
        let baseline = ChartStyle.baseline(centredOn: middle, size: ChartStyle.fontSize)
        let language = canvas.settings.language
        for (cells, x, anchor) in [
            (0..<negativeCount, axis.position(-left) - 5, SVGWriter.Anchor.end),
            ((scale.count - negativeCount)..<scale.count, axis.position(right) + 5, .start),
        ] {
            // A side with a hidden value has no sum; the marks of its hidden
            // values stand in its place, where there is always room for them.
            let reasons = cells.compactMap { shares.isHidden($0) ? row.values[$0].suppressionReason : nil }
            if let first = reasons.first {
                let others = reasons.dropFirst().reduce(into: [SuppressionReason]()) { list, reason in
                    if reason != first && !list.contains(reason) { list.append(reason) }
                }
                canvas.writer.text(
                    [canvas.hiddenMark(first, others)], x: x, baseline: baseline, anchor: anchor, fill: .mutedText)
            } else {
                let sum = shares.widths[cells].reduce(0, +)
                canvas.writer.text(
                    [style.format(sum, in: language)], x: x, baseline: baseline, anchor: anchor, bold: true)
            }
        }
    }

    /// Draws the bar of the category outside the scale from its own zero
    /// line, with its share (or hidden mark) after it.
    private func drawApart(
        _ shares: RowShares, middle: Double, height: Double, axis: ValueAxis, palette: [Colour],
        canvas: inout ChartCanvas
    ) {
        let style = ValueStyle.percent(decimals: decimals)
        let apart = shares.segments.filter { $0.cells.lowerBound >= scale.count }
        canvas.drawSegments(
            apart, from: 0, axis: axis, palette: palette, style: style, middle: middle, height: height,
            labelsInside: false)
        guard let segment = apart.first, !segment.isHidden else { return }
        canvas.writer.text(
            [style.format(segment.share, in: canvas.settings.language)], x: axis.position(segment.share) + 5,
            baseline: ChartStyle.baseline(centredOn: middle, size: ChartStyle.fontSize))
    }
}
