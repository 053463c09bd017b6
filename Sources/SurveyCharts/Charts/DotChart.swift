/// Dots on a common axis, one row per category and one marker per series,
/// joined by a line: the chart for comparing survey waves.
///
/// Each series has its own colour and marker shape, so the chart also reads
/// in grey. Values are written beside the outermost dots where they fit
/// without touching another label or the row label; the rest are left to
/// the data table.
public struct DotChart: Sendable, Hashable {
    /// The title, drawn at the top and used as the accessible name.
    public var title: String
    /// A line under the title, such as the base of the percentages.
    public var subtitle: String?
    /// The names of the series, such as the years of two waves.
    public var series: [String]
    /// One row per category, with one value per series.
    public var rows: [ChartRow]
    /// How the values are written.
    public var style: ValueStyle

    /// Creates the chart; see the properties for the parameters.
    public init(
        title: String, subtitle: String? = nil, series: [String], rows: [ChartRow], style: ValueStyle = .percent
    ) {
        self.title = title
        self.subtitle = subtitle
        self.series = series
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
        let kind = canvas.phrases.dotChart + " " + canvas.phrases.list(series)
        guard !rows.isEmpty else { return canvas.finishEmpty(id: id, title: title, kind: kind) }
        let column = LabelColumn(labels: rows.map(\.label), chartWidth: settings.width)
        let breaker = LineBreaker(size: ChartStyle.smallSize)
        let values = rows.map { row in
            series.indices.map { row.values.indices.contains($0) ? row.values[$0] : ChartValue.missing }
        }
        let texts = values.map { $0.map { canvas.text(of: $0, style: style) } }
        // Room for a value label on either side of the outermost dots, at
        // most a share of the width; labels wider than that are left out.
        let measured =
            values.indices.flatMap { row in
                series.indices.map {
                    breaker.measure(texts[row][$0]) + (values[row][$0].plottable == nil ? Self.markerRoom : 0)
                }
            }.max() ?? 0
        let widest = min(measured, (canvas.right - canvas.left) * 0.15)
        let plotStart = canvas.left + column.width + ChartStyle.gap + widest + 8
        let plotEnd = canvas.right - widest - 8
        canvas.legend(
            series.indices.map {
                LegendItem(label: series[$0], colour: Palette.series($0), shape: MarkerShape.series($0))
            }, start: plotStart)

        let numbers = values.joined().compactMap(\.plottable)
        let axis = ValueAxis(
            low: numbers.min() ?? 0, high: numbers.max() ?? 0, start: plotStart, end: plotEnd,
            style: style, language: settings.language, labelsAcross: true)

        // Rows with values above the dots need room for a second lane.
        let rowHeight = series.count > 2 ? 40.0 : 28.0
        let heights = rows.indices.map { max(rowHeight, column.height($0) + 8) }
        let top = canvas.y
        let bottom = top + heights.reduce(0, +)
        let axisHeight = axis.drawAcross(in: &canvas.writer, top: top, bottom: bottom)

        var rowTop = top
        var entries: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            let middle = rowTop + heights[rowIndex] / 2
            column.draw(rowIndex, x: canvas.left + column.width, middle: middle, in: &canvas.writer)
            let points = values[rowIndex].enumerated().compactMap { index, value in
                value.plottable.map { (index, axis.position($0)) }
            }
            if let low = points.map(\.1).min(), let high = points.map(\.1).max() {
                canvas.writer.line(x1: low, y1: middle, x2: high, y2: middle, stroke: .axis, width: 2)
            }
            let offsets = Self.verticalOffsets(points)
            for (index, x) in points {
                canvas.writer.marker(
                    MarkerShape.series(index), x: x, y: middle + (offsets[index] ?? 0), radius: 6,
                    fill: Palette.series(index))
            }
            let missing = series.indices.filter { values[rowIndex][$0].plottable == nil }.map {
                ($0, texts[rowIndex][$0])
            }
            let labels = Self.placeLabels(
                points: points, texts: texts[rowIndex], missing: missing,
                bounds: (canvas.left + column.width + ChartStyle.gap, canvas.right))
            for label in labels {
                // Labels above clear the highest dot, which may be shifted up.
                let aboveBaseline = middle - 10 + min(0, offsets.values.min() ?? 0)
                let baseline =
                    label.above ? aboveBaseline : ChartStyle.baseline(centredOn: middle, size: ChartStyle.smallSize)
                if let series = label.marker {
                    let markerY = label.above ? aboveBaseline - 4 : middle
                    canvas.writer.marker(
                        MarkerShape.series(series), x: label.x + 4.5, y: markerY, radius: 4,
                        fill: Palette.series(series))
                    canvas.writer.text(
                        [label.text], x: label.x + Self.markerRoom, baseline: baseline, size: ChartStyle.smallSize,
                        fill: .mutedText)
                } else {
                    canvas.writer.text(
                        [label.text], x: label.x, baseline: baseline, anchor: label.anchor, size: ChartStyle.smallSize)
                }
            }
            canvas.noteDrawn(values[rowIndex])
            let parts = series.indices.map { "\(series[$0]) \(canvas.words(of: values[rowIndex][$0], style: style))" }
            entries.append("\(row.label): \(parts.joined(separator: ", "))")
            rowTop += heights[rowIndex]
        }
        canvas.y = bottom + axisHeight

        let description = ([kind] + entries).joined(separator: ". ") + "."
        return canvas.finish(id: id, title: title, description: description)
    }

    /// Vertical shifts that keep dots of (nearly) equal value from hiding
    /// each other: each cluster of dots closer than a marker's width is
    /// spread evenly around the row's line.
    static func verticalOffsets(_ points: [(Int, Double)]) -> [Int: Double] {
        var offsets: [Int: Double] = [:]
        var cluster: [Int] = []
        func spread() {
            for (rank, index) in cluster.enumerated() {
                offsets[index] = (Double(rank) - Double(cluster.count - 1) / 2) * 7
            }
        }
        var previous: Double?
        for (index, x) in points.sorted(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) {
            if let previous, x - previous >= 8 {
                spread()
                cluster = []
            }
            cluster.append(index)
            previous = x
        }
        spread()
        return offsets
    }

    /// The room of a small series marker in front of a dash.
    static let markerRoom = 12.0

    /// A value label placed beside or above a dot.
    struct PlacedLabel: Equatable {
        var text: String
        var x: Double
        var anchor: SVGWriter.Anchor
        /// True for a label above the dots rather than on their line.
        var above: Bool
        /// The series whose small marker precedes the text: set for the
        /// dash of a series without a dot, which is named by its marker.
        var marker: Int?
    }

    /// Places the values of a row's dots without covering a dot, the line
    /// between them or another label; a label that fits nowhere is left out.
    ///
    /// The leftmost value goes left of its dot and the rightmost right of
    /// its dot, where the row is free; values in between go above their
    /// dots. A series without a dot gets its dash behind a small copy of
    /// its marker, at one end of the row.
    ///
    /// - Parameters:
    ///   - points: Series index and x coordinate of each drawn dot.
    ///   - texts: The value text of each series.
    ///   - missing: The series without a dot and the dash to write for each.
    ///   - bounds: The horizontal room labels may use.
    static func placeLabels(
        points: [(Int, Double)], texts: [String], missing: [(Int, String)], bounds: (Double, Double)
    ) -> [PlacedLabel] {
        let breaker = LineBreaker(size: ChartStyle.smallSize)
        let sorted = points.sorted { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        var lane = OccupiedSpans()
        var upperLane = OccupiedSpans()
        if let low = sorted.first?.1, let high = sorted.last?.1 { lane.take(low - 7, high + 7) }
        var placed: [PlacedLabel] = []
        func place(_ text: String, _ candidates: [(Double, SVGWriter.Anchor, Bool)], marker: Int? = nil) {
            let width = breaker.measure(text) + (marker == nil ? 0 : markerRoom)
            for (x, anchor, above) in candidates {
                let low = anchor == .end ? x - width : (anchor == .middle ? x - width / 2 : x)
                guard low >= bounds.0, low + width <= bounds.1 else { continue }
                let claimed = above ? upperLane.claim(low, low + width) : lane.claim(low, low + width)
                guard claimed else { continue }
                // A marked dash is always written from its left edge.
                placed.append(
                    PlacedLabel(
                        text: text, x: marker == nil ? x : low, anchor: marker == nil ? anchor : .start, above: above,
                        marker: marker))
                return
            }
        }
        for (order, (index, x)) in sorted.enumerated() where texts.indices.contains(index) {
            let left = (x - 10, SVGWriter.Anchor.end, false)
            let right = (x + 10, SVGWriter.Anchor.start, false)
            let above = (x, SVGWriter.Anchor.middle, true)
            if order == 0 && sorted.count > 1 {
                place(texts[index], [left, above])
            } else if order == sorted.count - 1 {
                place(texts[index], [right, above])
            } else {
                place(texts[index], [above])
            }
        }
        for (series, text) in missing {
            place(text, [(bounds.0, .start, false), (bounds.1, .end, false), (bounds.0, .start, true)], marker: series)
        }
        return placed
    }
}
