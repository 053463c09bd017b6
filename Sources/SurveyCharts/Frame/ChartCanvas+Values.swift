extension ChartCanvas {
    /// The text of `value` in `style`: the number, the suppression mark, or
    /// a plain dash for a number that is not finite.
    func text(of value: ChartValue, style: ValueStyle) -> String {
        switch value {
        case .suppressed: settings.suppressedText
        case .number(let number): number.isFinite ? style.format(number, in: settings.language) : "—"
        }
    }

    /// The words of `value` for the description: the number, "not shown"
    /// or "no data".
    func words(of value: ChartValue, style: ValueStyle) -> String {
        switch value {
        case .suppressed: phrases.notShown
        case .number(let number): number.isFinite ? style.format(number, in: settings.language) : phrases.noDataWords
        }
    }

    /// Draws the dash of a value that has no mark, centred on `middle`; a
    /// suppressed value's dash carries the marker and brings the footnote.
    mutating func drawMissing(
        _ value: ChartValue, x: Double, middle: Double, anchor: SVGWriter.Anchor = .start,
        size: Double = ChartStyle.fontSize
    ) {
        let text = value == .suppressed ? settings.suppressedText : "—"
        writer.text(
            [text], x: x, baseline: ChartStyle.baseline(centredOn: middle, size: size), anchor: anchor, size: size,
            fill: .mutedText)
        if value == .suppressed { drewSuppressed = true }
    }

    /// Draws the mark of a row that cannot be drawn, suppressed or empty,
    /// and returns the words for the description.
    mutating func drawUnavailable(_ row: ChartRow, x: Double, middle: Double) -> String {
        if row.isSuppressed {
            drawMissing(.suppressed, x: x, middle: middle)
            return phrases.notShown
        }
        writer.text(
            [phrases.noData], x: x, baseline: ChartStyle.baseline(centredOn: middle, size: ChartStyle.smallSize),
            size: ChartStyle.smallSize, fill: .mutedText)
        return phrases.noDataWords
    }
}
