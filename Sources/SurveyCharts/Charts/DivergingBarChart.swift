/// Stacked bars centred on a line, for scales and matrices: disagreeing
/// answers extend to the left, agreeing ones to the right, and a neutral
/// middle point (when the scale has an odd number of points) is split
/// across the centre line.
///
/// The shares of the negative and the positive side are written at the
/// ends of each bar, so the balance of opinion reads at a glance.
public struct DivergingBarChart: Sendable, Hashable {
    /// The title, drawn at the top and used as the accessible name.
    public var title: String
    /// A line under the title, such as the base of the percentages.
    public var subtitle: String?
    /// The scale points from the most negative to the most positive.
    public var scale: [String]
    /// One row per item (or group), with one value per scale point.
    public var rows: [ChartRow]
    /// The decimals of the percentages.
    public var decimals: Int

    /// Creates the chart; see the properties for the parameters.
    public init(title: String, subtitle: String? = nil, scale: [String], rows: [ChartRow], decimals: Int = 0) {
        self.title = title
        self.subtitle = subtitle
        self.scale = scale
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
        let plotEnd = canvas.right - sumRoom
        let palette = Palette.diverging(
            negative: negativeCount, hasNeutral: neutralIndex != nil, positive: negativeCount)
        canvas.legend(zip(scale, palette).map { LegendItem(label: $0, colour: $1) }, start: plotStart)

        let allShares = rows.map { $0.completeShares(count: scale.count) }
        let extent =
            allShares.compactMap { $0 }.map { shares in
                max(sides(of: shares).negative, sides(of: shares).positive)
            }.max() ?? 50
        let axis = ValueAxis(
            low: -extent, high: extent, start: plotStart, end: plotEnd,
            style: .percent(decimals: 0), language: settings.language, labelsAcross: true, absoluteLabels: true,
            tight: true)

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
                drawBar(
                    shares, middle: middle, height: barHeight, axis: axis, palette: palette, style: style,
                    writer: &canvas.writer)
                let (negative, positive) = sides(of: shares, countingNeutral: false)
                let baseline = ChartStyle.baseline(centredOn: middle, size: ChartStyle.fontSize)
                let start = axis.position(-sides(of: shares).negative)
                let end = axis.position(sides(of: shares).positive)
                canvas.writer.text(
                    [style.format(negative, in: settings.language)], x: start - 5, baseline: baseline, anchor: .end,
                    bold: true)
                canvas.writer.text(
                    [style.format(positive, in: settings.language)], x: end + 5, baseline: baseline, bold: true)
                let parts = zip(scale, shares).map { "\($0) \(style.format($1, in: settings.language))" }
                entries.append("\(row.label): \(parts.joined(separator: ", "))")
            } else {
                let words = canvas.drawUnavailable(row, x: axis.position(0) + 4, middle: middle)
                entries.append("\(row.label): \(words)")
            }
            rowTop += heights[index]
        }
        canvas.y = bottom + axisHeight

        let description = ([canvas.phrases.divergingChart] + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }

    /// The extent of a bar left and right of the centre line; the neutral
    /// share counts half to each side unless `countingNeutral` is false.
    private func sides(of shares: [Double], countingNeutral: Bool = true) -> (negative: Double, positive: Double) {
        let half = countingNeutral ? (neutralIndex.map { shares[$0] / 2 } ?? 0) : 0
        let negative = shares.prefix(negativeCount).reduce(0, +)
        let positive = shares.suffix(negativeCount).reduce(0, +)
        return (negative + half, positive + half)
    }

    /// Draws one bar, its segments running outwards from the centre.
    private func drawBar(
        _ shares: [Double], middle: Double, height: Double, axis: ValueAxis, palette: [Colour],
        style: ValueStyle, writer: inout SVGWriter
    ) {
        let breaker = LineBreaker(size: ChartStyle.fontSize)
        let half = neutralIndex.map { shares[$0] / 2 } ?? 0
        // Start at the left end of the bar and lay the segments in scale order.
        var position = -(shares.prefix(negativeCount).reduce(0, +) + half)
        for (index, share) in shares.enumerated() {
            let x0 = axis.position(position)
            position += share
            let x1 = axis.position(position)
            writer.rect(x: x0, y: middle - height / 2, width: x1 - x0 - 0.75, height: height, fill: palette[index])
            let text = style.format(share, in: axis.language)
            if LabelFit.place(width: breaker.measure(text), inside: x1 - x0, outside: nil) == .inside {
                writer.text(
                    [text], x: (x0 + x1) / 2,
                    baseline: ChartStyle.baseline(centredOn: middle, size: ChartStyle.fontSize), anchor: .middle,
                    fill: palette[index].contrastingText)
            }
        }
    }
}
