extension ChartCanvas {
    /// The legend of a chart whose bars are split into `categories`, with the key of hatched
    /// hidden values when any row hides one.
    mutating func segmentLegend(
        _ categories: [String], colours: [Colour], rows: [RowShares?], start: Double
    ) {
        let hidesValues = rows.contains { ($0?.hiddenRuns ?? 0) > 0 }
        let hiddenKey = LegendItem(label: phrases.notShown, colour: .axis, hatched: true)
        legend(
            zip(categories, colours).map { LegendItem(label: $0, colour: $1) } + (hidesValues ? [hiddenKey] : []),
            start: start)
    }

    /// The dash with the marks of every reason given, `—¹²`.
    func hiddenMark(_ first: SuppressionReason, _ others: some Sequence<SuppressionReason>) -> String {
        settings.suppressedText(first) + others.map(\.mark).joined()
    }

    /// Draws segments of one bar side by side from `start` (in the units of
    /// `axis`): a visible one in its colour with its share inside where the
    /// text fits (unless `labelsInside` is false), a hidden one hatched with the marks of its reasons.
    mutating func drawSegments(
        _ segments: some Sequence<RowShares.Segment>, from start: Double, axis: ValueAxis, palette: [Colour],
        style: ValueStyle, middle: Double, height: Double, labelsInside: Bool = true
    ) {
        let breaker = LineBreaker(size: ChartStyle.fontSize)
        let baseline = ChartStyle.baseline(centredOn: middle, size: ChartStyle.fontSize)
        var position = start
        for segment in segments {
            let x0 = axis.position(position)
            position += segment.share
            let x1 = axis.position(position)
            // A hairline gap keeps neighbouring segments apart in grey print.
            let width = x1 - x0 - 0.75
            if let first = segment.reasons.first {
                writer.hatch(x: x0, y: middle - height / 2, width: width, height: height)
                let mark = hiddenMark(first, segment.reasons.dropFirst())
                let markWidth = breaker.measure(mark) + 6
                if markWidth + 2 <= width {
                    let centre = x0 + width / 2
                    writer.rect(
                        x: centre - markWidth / 2, y: middle - 8, width: markWidth, height: 16, fill: Colour(0xFFFFFF))
                    writer.text([mark], x: centre, baseline: baseline, anchor: .middle, fill: .text)
                }
                drawnReasons.formUnion(segment.reasons)
                continue
            }
            let fill = palette.indices.contains(segment.cells.lowerBound) ? palette[segment.cells.lowerBound] : .axis
            writer.rect(x: x0, y: middle - height / 2, width: width, height: height, fill: fill)
            let text = style.format(segment.share, in: settings.language)
            if labelsInside, LabelFit.place(width: breaker.measure(text), inside: x1 - x0, outside: nil) == .inside {
                writer.text([text], x: (x0 + x1) / 2, baseline: baseline, anchor: .middle, fill: fill.contrastingText)
            }
        }
    }

    /// The description of one divided row: each category with its share or
    /// the reason it is hidden, then what the hidden values take together.
    func describe(_ row: ChartRow, categories: [String], shares: RowShares, style: ValueStyle) -> String {
        let parts = categories.indices.map { index in
            let words =
                row.values[index].suppressionReason.map { phrases.hidden($0, minimumCount: settings.minimumCount) }
                ?? style.format(shares.widths[index], in: settings.language)
            return "\(categories[index]) \(words)"
        }
        var text = "\(row.label): \(parts.joined(separator: ", "))"
        if shares.hiddenRuns > 0 {
            text +=
                "; "
                + phrases.hiddenTogether(
                    style.format(shares.hiddenShare, in: settings.language), equalParts: shares.hiddenRuns > 1)
        }
        return text
    }
}
