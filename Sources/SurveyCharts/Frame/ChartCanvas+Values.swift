extension ChartCanvas {
    /// The text of `value` in `style`: the number, the dash with the mark of
    /// its reason, or a plain dash for a number that is not finite.
    func text(of value: ChartValue, style: ValueStyle) -> String {
        switch value {
        case .suppressed(let reason): settings.suppressedText(reason)
        case .number(let number): number.isFinite ? style.format(number, in: settings.language) : "—"
        }
    }

    /// The words of `value` for the description: the number, "not shown"
    /// with the reason, or "no data".
    func words(of value: ChartValue, style: ValueStyle) -> String {
        switch value {
        case .suppressed(let reason): phrases.hidden(reason, minimumCount: settings.minimumCount)
        case .number(let number): number.isFinite ? style.format(number, in: settings.language) : phrases.noDataWords
        }
    }

    /// Records that values hidden for these reasons were drawn, so that
    /// each reason gets its footnote.
    mutating func noteDrawn(_ values: [ChartValue]) {
        drawnReasons.formUnion(values.compactMap(\.suppressionReason))
    }

    /// Draws the dash of a value that has no mark, centred on `middle`; a
    /// suppressed value's dash carries the mark of its reason and brings
    /// the footnote.
    mutating func drawMissing(
        _ value: ChartValue, x: Double, middle: Double, anchor: SVGWriter.Anchor = .start,
        size: Double = ChartStyle.fontSize
    ) {
        let text = value.suppressionReason.map(settings.suppressedText) ?? "—"
        writer.text(
            [text], x: x, baseline: ChartStyle.baseline(centredOn: middle, size: size), anchor: anchor, size: size,
            fill: .mutedText)
        noteDrawn([value])
    }

    /// Draws the mark of a row that cannot be drawn, withheld as a whole or
    /// empty, and returns the words for the description.
    mutating func drawUnavailable(_ row: ChartRow, x: Double, middle: Double) -> String {
        if let reason = row.withheldReason {
            drawMissing(.suppressed(reason), x: x, middle: middle)
            return phrases.hidden(reason, minimumCount: settings.minimumCount)
        }
        writer.text(
            [phrases.noData], x: x, baseline: ChartStyle.baseline(centredOn: middle, size: ChartStyle.smallSize),
            size: ChartStyle.smallSize, fill: .mutedText)
        return phrases.noDataWords
    }
}
