/// Vertical columns over ordered categories, such as the bins of a histogram.
///
/// Category labels wrap under their column; where even wrapped labels would
/// collide, only every second (third, …) label is written. Values stand on
/// top of the columns when all of them fit their slots, otherwise the
/// vertical axis alone carries the scale.
public struct ColumnChart: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var columns: [LabelledValue]
    public var style: ValueStyle

    public init(title: String, subtitle: String? = nil, columns: [LabelledValue], style: ValueStyle = .count) {
        self.title = title
        self.subtitle = subtitle
        self.columns = columns
        self.style = style
    }

    /// The chart as an `<svg>` element.
    ///
    /// - Parameters:
    ///   - id: Prefix of the element ids, unique within the page.
    ///   - settings: Language, width and suppression note.
    public func svg(id: String, settings: ChartSettings = ChartSettings()) -> String {
        var canvas = ChartCanvas(settings: settings, title: title, subtitle: subtitle)
        let numbers = columns.compactMap(\.value.plottable)
        let plotHeight = 200.0
        let headroom = ChartStyle.lineHeight(ChartStyle.fontSize) + 4
        let plotTop = canvas.y + headroom
        let plotBottom = plotTop + plotHeight
        // The ticks depend only on the data and the height, so the axis is
        // chosen before the width of its labels decides where the plot starts.
        let axis = ValueAxis(
            low: numbers.min() ?? 0, high: numbers.max() ?? 0, start: plotBottom, end: plotTop,
            style: style, language: settings.language, labelsAcross: false)
        let plotLeft = canvas.left + axis.widestLabel + 8
        axis.drawUpright(in: &canvas.writer, left: plotLeft, right: canvas.right)

        let count = max(1, columns.count)
        let slot = (canvas.right - plotLeft) / Double(count)
        let barWidth = min(slot * 0.72, 72)
        let texts = columns.map { canvas.text(of: $0.value, style: style) }
        let breaker = LineBreaker(size: ChartStyle.fontSize)
        let valuesFit = texts.allSatisfy { LabelFit.place(width: breaker.measure($0), inside: nil, outside: slot) == .outside }
        let categoryLabels = Self.categoryLines(columns.map(\.label), slot: slot, size: ChartStyle.smallSize)

        for (index, column) in columns.enumerated() {
            let centre = plotLeft + slot * (Double(index) + 0.5)
            let zero = axis.position(0)
            if let value = column.value.plottable {
                let end = axis.position(value)
                canvas.writer.rect(x: centre - barWidth / 2, y: min(zero, end), width: barWidth, height: (end - zero).magnitude, fill: Palette.primary)
                if valuesFit {
                    let baseline = value < 0 ? end + 4 + ChartStyle.fontSize : end - 5
                    canvas.writer.text([texts[index]], x: centre, baseline: baseline, anchor: .middle)
                }
            } else {
                canvas.drawMissing(column.value, x: centre, middle: zero - ChartStyle.fontSize, anchor: .middle)
            }
            if let lines = categoryLabels[index] {
                canvas.writer.text(lines, x: centre, baseline: plotBottom + 6 + ChartStyle.smallSize, anchor: .middle, size: ChartStyle.smallSize, fill: .mutedText)
            }
        }
        let labelLines = categoryLabels.map { $0?.count ?? 0 }.max() ?? 0
        canvas.y = plotBottom + 6 + Double(labelLines) * ChartStyle.lineHeight(ChartStyle.smallSize)

        let entries = columns.map { "\($0.label): \(canvas.words(of: $0.value, style: style))" }
        let description = ([canvas.phrases.columnChart] + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }

    /// The lines of each category label under columns `slot` pixels apart,
    /// or `nil` for labels left out so the others do not collide.
    ///
    /// Labels wrap onto at most three lines within their slot; if a word
    /// still does not fit, every k-th label is written on one line instead.
    static func categoryLines(_ labels: [String], slot: Double, size: Double) -> [[String]?] {
        let breaker = LineBreaker(size: size)
        let room = slot - 6
        if labels.allSatisfy({ breaker.widestPiece(of: $0) <= room && breaker.wrap($0, width: room).count <= 3 }) {
            return labels.map { breaker.wrap($0, width: room) }
        }
        let widest = labels.map { breaker.measure($0) }.max() ?? 0
        var every = 2
        while Double(every) * slot - 6 < widest && every < labels.count { every += 1 }
        return labels.enumerated().map { index, label in index % every == 0 ? [label] : nil }
    }
}
