/// A grid of small column charts on one shared scale, one panel per row of a
/// matrix question, so the shape of each distribution can be compared.
///
/// The columns take the colours of the ordered scale, explained once in the
/// legend; the value axis is written only on the left of each line of panels.
public struct SmallMultiplesChart: Sendable, Hashable {
    /// The title, drawn at the top and used as the accessible name.
    public var title: String
    /// A line under the title, such as the base of the percentages.
    public var subtitle: String?
    /// The categories shared by all panels, such as the points of a scale.
    public var categories: [String]
    /// One panel per row, with one value per category.
    public var panels: [ChartRow]
    /// How the values are written.
    public var style: ValueStyle
    /// Panels per line; `nil` fits as many as leave each about 190 pixels.
    public var columns: Int?

    /// Creates the chart; see the properties for the parameters.
    public init(
        title: String, subtitle: String? = nil, categories: [String], panels: [ChartRow],
        style: ValueStyle = .percent(decimals: 0), columns: Int? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.categories = categories
        self.panels = panels
        self.style = style
        self.columns = columns
    }

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique within the page.
    ///   - settings: Language, width and suppression note.
    public func svg(id: String, settings: ChartSettings = ChartSettings()) -> String {
        var canvas = ChartCanvas(settings: settings, title: title, subtitle: subtitle)
        guard !panels.isEmpty else {
            return canvas.finishEmpty(id: id, title: title, kind: canvas.phrases.smallMultiples)
        }
        let palette = Palette.sequential(categories.count)
        canvas.legend(zip(categories, palette).map { LegendItem(label: $0, colour: $1) })

        let values = panels.map { panel in
            categories.indices.map { panel.values.indices.contains($0) ? panel.values[$0] : ChartValue.missing }
        }
        let numbers = values.joined().compactMap(\.plottable)
        let plotHeight = 90.0
        // All panels share one scale; each line of panels moves it down.
        var axis = ValueAxis(
            low: numbers.min() ?? 0, high: numbers.max() ?? 0, start: plotHeight, end: 0,
            style: style, language: settings.language, labelsAcross: false)
        let axisRoom = axis.widestLabel + 8
        let available = canvas.right - canvas.left - axisRoom
        let perLine = max(1, min(columns ?? Int(available / 190), max(1, panels.count)))
        let gutter = 16.0
        let panelWidth = (available - gutter * Double(perLine - 1)) / Double(perLine)
        let titleBreaker = LineBreaker(size: ChartStyle.fontSize, bold: true)
        let valueBreaker = LineBreaker(size: ChartStyle.smallSize)
        let slot = panelWidth / Double(max(1, categories.count))
        let texts = values.map { $0.map { canvas.text(of: $0, style: style) } }
        let valuesFit = texts.joined().allSatisfy {
            LabelFit.place(width: valueBreaker.measure($0), inside: nil, outside: slot) == .outside
        }

        var entries: [String] = []
        var lineStart = 0
        while lineStart < panels.count {
            let lineEnd = min(panels.count, lineStart + perLine)
            let titles = (lineStart..<lineEnd).map { titleBreaker.wrap(panels[$0].label, width: panelWidth) }
            let titleHeight = Double(titles.map(\.count).max() ?? 1) * ChartStyle.lineHeight(ChartStyle.fontSize)
            let plotTop = canvas.y + titleHeight + ChartStyle.lineHeight(ChartStyle.smallSize) + 4
            let plotBottom = plotTop + plotHeight
            axis.start = plotBottom
            axis.end = plotTop
            for (offset, index) in (lineStart..<lineEnd).enumerated() {
                let panelLeft = canvas.left + axisRoom + Double(offset) * (panelWidth + gutter)
                canvas.writer.text(titles[offset], x: panelLeft, baseline: canvas.y + ChartStyle.fontSize, bold: true)
                axis.drawUpright(
                    in: &canvas.writer, left: panelLeft, right: panelLeft + panelWidth, labelled: offset == 0)
                drawPanel(
                    values[index], texts: texts[index], valuesFit: valuesFit, axis: axis, left: panelLeft, slot: slot,
                    palette: palette, canvas: &canvas)
                let parts = zip(categories, values[index]).map { "\($0) \(canvas.words(of: $1, style: style))" }
                entries.append("\(panels[index].label): \(parts.joined(separator: ", "))")
            }
            canvas.y = plotBottom + 18
            lineStart = lineEnd
        }

        let description = ([canvas.phrases.smallMultiples] + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }

    /// Draws the columns of one panel, with values on top where they fit.
    private func drawPanel(
        _ values: [ChartValue], texts: [String], valuesFit: Bool, axis: ValueAxis, left: Double, slot: Double,
        palette: [Colour], canvas: inout ChartCanvas
    ) {
        let zero = axis.position(0)
        let barWidth = min(slot * 0.75, 40)
        for (index, value) in values.enumerated() {
            let centre = left + slot * (Double(index) + 0.5)
            if let number = value.plottable {
                let end = axis.position(number)
                canvas.writer.rect(
                    x: centre - barWidth / 2, y: min(zero, end), width: barWidth, height: (end - zero).magnitude,
                    fill: palette[index])
                if valuesFit {
                    canvas.writer.text(
                        [texts[index]], x: centre, baseline: min(zero, end) - 4, anchor: .middle,
                        size: ChartStyle.smallSize)
                }
            } else {
                canvas.drawMissing(value, x: centre, middle: zero - 8, anchor: .middle, size: ChartStyle.smallSize)
            }
        }
    }
}
