/// Vertical columns over ordered categories, such as the bins of a histogram.
///
/// Category labels wrap under their column; where even wrapped labels would
/// collide, only the first, the last and every k-th label are written. Values stand on
/// top of the columns when all of them fit their slots, otherwise the
/// vertical axis alone carries the scale.
public struct ColumnChart: Sendable, Hashable {
    /// The title, drawn at the top and used as the accessible name.
    public var title: String
    /// A line under the title, such as the base of the percentages.
    public var subtitle: String?
    /// The columns from left to right.
    public var columns: [LabelledValue]
    /// How the values are written.
    public var style: ValueStyle

    /// Creates the chart; see the properties for the parameters.
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
        guard !columns.isEmpty else {
            return canvas.finishEmpty(id: id, title: title, kind: canvas.phrases.columnChart)
        }
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
        let valuesFit = texts.allSatisfy {
            LabelFit.place(width: breaker.measure($0), inside: nil, outside: slot) == .outside
        }
        let centres = columns.indices.map { plotLeft + slot * (Double($0) + 0.5) }
        let categoryLabels = Self.categoryLabels(
            columns.map(\.label), centres: centres, slot: slot, bounds: (canvas.left, canvas.right),
            size: ChartStyle.smallSize)

        for (index, column) in columns.enumerated() {
            let centre = centres[index]
            let zero = axis.position(0)
            if let value = column.value.plottable {
                let end = axis.position(value)
                canvas.writer.rect(
                    x: centre - barWidth / 2, y: min(zero, end), width: barWidth, height: (end - zero).magnitude,
                    fill: Palette.primary)
                if valuesFit {
                    let baseline = value < 0 ? end + 4 + ChartStyle.fontSize : end - 5
                    canvas.writer.text([texts[index]], x: centre, baseline: baseline, anchor: .middle)
                }
            } else {
                canvas.drawMissing(column.value, x: centre, middle: zero - ChartStyle.fontSize, anchor: .middle)
            }
        }
        for label in categoryLabels {
            // A short tick ties a label to its column when not all are written.
            if categoryLabels.count < columns.count {
                canvas.writer.line(
                    x1: centres[label.index], y1: plotBottom, x2: centres[label.index], y2: plotBottom + 4,
                    stroke: .axis)
            }
            canvas.writer.text(
                label.lines, x: label.x, baseline: plotBottom + 6 + ChartStyle.smallSize, anchor: label.anchor,
                size: ChartStyle.smallSize, fill: .mutedText)
        }
        let labelLines = categoryLabels.map(\.lines.count).max() ?? 0
        canvas.y = plotBottom + 6 + Double(labelLines) * ChartStyle.lineHeight(ChartStyle.smallSize)

        let entries = columns.map { "\($0.label): \(canvas.words(of: $0.value, style: style))" }
        let description = ([canvas.phrases.columnChart] + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }

    /// A category label placed under the column at `centre`.
    struct CategoryLabel: Equatable {
        var index: Int
        var lines: [String]
        var x: Double
        var anchor: SVGWriter.Anchor
    }

    /// Places the category labels under columns `slot` pixels apart.
    ///
    /// Labels wrap onto at most three lines within their slot. If a word
    /// still does not fit, labels may span several slots and only some are
    /// written: the first, the last, and every k-th in between, each kept
    /// inside `bounds` and clear of the others.
    static func categoryLabels(
        _ labels: [String], centres: [Double], slot: Double, bounds: (Double, Double), size: Double
    ) -> [CategoryLabel] {
        let breaker = LineBreaker(size: size)
        let room = slot - 6
        let count = min(labels.count, centres.count)
        if labels.allSatisfy({ breaker.widestPiece(of: $0) <= room && breaker.wrap($0, width: room).count <= 3 }) {
            return (0..<count).map {
                CategoryLabel(index: $0, lines: breaker.wrap(labels[$0], width: room), x: centres[$0], anchor: .middle)
            }
        }
        // Thinned labels may use the room of several slots, up to a third of
        // the chart, and wrap beyond that.
        let lines = labels.map { breaker.wrap($0, width: max(room, (bounds.1 - bounds.0) / 3)) }
        let widths = lines.map { $0.map { breaker.measure($0) }.max() ?? 0 }
        let widest = widths.max() ?? 0
        var every = 2
        while Double(every) * slot - 6 < widest && every < count { every += 1 }
        let order = [0, count - 1] + Array(stride(from: every, to: count - 1, by: every))
        var taken = OccupiedSpans()
        taken.spacing = 8
        var placed: [CategoryLabel] = []
        for index in order where index >= 0 && !placed.contains(where: { $0.index == index }) {
            let width = widths[index]
            var label = CategoryLabel(index: index, lines: lines[index], x: centres[index], anchor: .middle)
            var low = centres[index] - width / 2
            // Labels at the ends are pulled inside instead of being cut off.
            if low < bounds.0 {
                label.x = bounds.0
                label.anchor = .start
                low = bounds.0
            } else if low + width > bounds.1 {
                label.x = bounds.1
                label.anchor = .end
                low = bounds.1 - width
            }
            if taken.claim(low, low + width) { placed.append(label) }
        }
        return placed.sorted { $0.index < $1.index }
    }
}
