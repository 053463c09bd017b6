/// Horizontal bars, one per category, for the answers to a choice question.
///
/// Labels sit in a column on the left and wrap when long; each bar carries
/// its value at its end, in room reserved so that labels never overlap.
public struct BarChart: Sendable, Hashable {
    /// The title, drawn at the top and used as the accessible name.
    public var title: String
    /// A second line under the title, such as the base of the percentages.
    public var subtitle: String?
    /// The bars from top to bottom.
    public var bars: [LabelledValue]
    /// How the values are written.
    public var style: ValueStyle

    /// Creates the chart; see the properties for the parameters.
    public init(title: String, subtitle: String? = nil, bars: [LabelledValue], style: ValueStyle = .percent) {
        self.title = title
        self.subtitle = subtitle
        self.bars = bars
        self.style = style
    }

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique within the page.
    ///   - settings: Language, width and suppression note.
    public func svg(id: String, settings: ChartSettings = ChartSettings()) -> String {
        var canvas = ChartCanvas(settings: settings, title: title, subtitle: subtitle)
        guard !bars.isEmpty else { return canvas.finishEmpty(id: id, title: title, kind: canvas.phrases.barChart) }
        let column = LabelColumn(labels: bars.map(\.label), chartWidth: settings.width)
        let texts = bars.map { canvas.text(of: $0.value, style: style) }
        let numbers = bars.compactMap(\.value.plottable)
        let reserve = canvas.reserve(
            (texts.map { LineBreaker(size: ChartStyle.fontSize).measure($0) }.max() ?? 0) + ChartStyle.gap)
        let axis = ValueAxis(
            low: numbers.min() ?? 0, high: numbers.max() ?? 0,
            start: canvas.left + column.width + ChartStyle.gap, end: canvas.right - reserve,
            style: style, language: settings.language, labelsAcross: true)

        let barHeight = 18.0
        let heights = bars.indices.map { max(barHeight + 10, column.height($0) + 8) }
        let top = canvas.y
        let bottom = top + heights.reduce(0, +)
        let axisHeight = axis.drawAcross(in: &canvas.writer, top: top, bottom: bottom)

        var rowTop = top
        for (index, bar) in bars.enumerated() {
            let middle = rowTop + heights[index] / 2
            column.draw(index, x: canvas.left + column.width, middle: middle, in: &canvas.writer)
            let zero = axis.position(0)
            if let value = bar.value.plottable {
                let end = axis.position(value)
                canvas.writer.rect(
                    x: min(zero, end), y: middle - barHeight / 2, width: (end - zero).magnitude, height: barHeight,
                    fill: Palette.primary)
                // A negative bar grows left, so its label goes right of zero,
                // where that row is always empty.
                let labelX = value < 0 ? zero + 4 : end + 4
                canvas.writer.text(
                    [texts[index]], x: labelX,
                    baseline: ChartStyle.baseline(centredOn: middle, size: ChartStyle.fontSize))
            } else {
                canvas.drawMissing(bar.value, x: zero + 4, middle: middle)
            }
            rowTop += heights[index]
        }
        canvas.y = bottom + axisHeight

        let entries = bars.map { "\($0.label): \(canvas.words(of: $0.value, style: style))" }
        let description = ([canvas.phrases.barChart] + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }
}
