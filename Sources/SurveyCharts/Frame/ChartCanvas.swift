/// The frame every chart shares: title and subtitle at the top, an optional
/// legend, the plot drawn by the chart, and footnotes at the bottom.
///
/// It keeps a cursor `y` that grows downwards, so each part is laid out
/// below the previous one and the final height is known at the end.
struct ChartCanvas: Sendable {
    let settings: ChartSettings
    var writer = SVGWriter()
    /// The top of the free space below what has been drawn.
    var y = ChartStyle.margin
    /// The reasons of the suppressed values drawn, each of which gets its footnote.
    var drawnReasons: Set<SuppressionReason> = []

    /// The left edge of the drawing area.
    var left: Double { ChartStyle.margin }
    /// The right edge of the drawing area.
    var right: Double { settings.width - ChartStyle.margin }
    /// The phrases in the chart's language.
    var phrases: Phrases { Phrases(settings.language) }

    /// `width` limited to a quarter of the drawing width, so that room
    /// reserved for value labels never squeezes out the plot.
    func reserve(_ width: Double) -> Double {
        min(width, (right - left) / 4)
    }

    /// Starts a chart with its title (if shown) and subtitle.
    init(settings: ChartSettings, title: String, subtitle: String?) {
        self.settings = settings
        if settings.showsTitle && !title.isEmpty {
            paragraph(title, size: ChartStyle.titleSize, bold: true, fill: .text)
            y += 2
        }
        if let subtitle, !subtitle.isEmpty {
            paragraph(subtitle, size: ChartStyle.smallSize, bold: false, fill: .mutedText)
        }
        if let caption = settings.caption {
            paragraph(caption, size: ChartStyle.smallSize, bold: false, fill: .mutedText)
        }
        if y > ChartStyle.margin { y += 8 }
    }

    /// Draws wrapped text across the full width and moves the cursor below it.
    mutating func paragraph(_ text: String, size: Double, bold: Bool, fill: Colour) {
        let lines = LineBreaker(size: size, bold: bold).wrap(text, width: right - left)
        writer.text(lines, x: left, baseline: y + size * 0.95, size: size, bold: bold, fill: fill)
        y += Double(lines.count) * ChartStyle.lineHeight(size)
    }

    /// Draws a legend that flows over as many lines as it needs, starting at
    /// `start` (the plot's left edge, so keys line up with the bars); a
    /// label longer than a whole line wraps.
    mutating func legend(_ items: [LegendItem], start: Double? = nil) {
        guard !items.isEmpty else { return }
        let size = ChartStyle.smallSize
        let key = 10.0
        let origin = start ?? left
        let breaker = LineBreaker(size: size)
        let lineHeight = ChartStyle.lineHeight(size)
        // First sort the items into rows, then draw each row at its height.
        var rows: [[(item: LegendItem, lines: [String], x: Double)]] = [[]]
        var x = origin
        for item in items {
            let lines = breaker.wrap(item.label, width: max(key, right - origin - key - 5))
            let itemWidth = key + 5 + (lines.map { breaker.measure($0) }.max() ?? 0)
            if x > origin && x + itemWidth > right {
                rows.append([])
                x = origin
            }
            rows[rows.count - 1].append((item, lines, x))
            x += itemWidth + 16
        }
        for row in rows {
            let height = Double(row.map(\.lines.count).max() ?? 1) * lineHeight + 4
            let middle = y + (lineHeight + 4) / 2
            for (item, lines, x) in row {
                if item.hatched {
                    writer.hatch(x: x, y: middle - key / 2, width: key, height: key)
                } else if let shape = item.shape {
                    writer.marker(shape, x: x + key / 2, y: middle, radius: 4.5, fill: item.colour)
                } else {
                    writer.rect(x: x, y: middle - key / 2, width: key, height: key, fill: item.colour)
                }
                writer.text(
                    lines, x: x + key + 5, baseline: ChartStyle.baseline(centredOn: middle, size: size), size: size)
            }
            y += height
        }
        y += 6
    }

    /// Finishes a chart that has nothing to plot with the words "no data",
    /// instead of an empty axis.
    mutating func finishEmpty(id: String, title: String, kind: String) -> String {
        paragraph(phrases.noData, size: ChartStyle.fontSize, bold: false, fill: .mutedText)
        return finish(id: id, title: title, description: "\(kind). \(phrases.noData).")
    }

    /// Writes a footnote for each reason of suppression that occurs, and
    /// only those, and returns the SVG text.
    mutating func finish(id: String, title: String, description: String) -> String {
        let reasons = SuppressionReason.allCases.filter(drawnReasons.contains)
        if !reasons.isEmpty { y += 6 }
        for reason in reasons {
            let note = reason.mark + " " + phrases.note(reason, minimumCount: settings.minimumCount)
            paragraph(note, size: ChartStyle.smallSize, bold: false, fill: .mutedText)
        }
        let height = (y + ChartStyle.margin).rounded(.up)
        // The caption leads the description and follows the title, where a reader of the file looks first.
        let caption = settings.caption
        return writer.document(
            id: id, width: settings.width, height: height, title: caption.map { "\(title) – \($0)" } ?? title,
            description: caption.map { "\($0) \(description)" } ?? description)
    }
}
