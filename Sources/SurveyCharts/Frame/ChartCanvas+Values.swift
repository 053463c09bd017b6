extension ChartCanvas {
    /// The text of `value` in `style`, or the suppression mark.
    func text(of value: ChartValue, style: ValueStyle) -> String {
        guard let number = value.plottable else { return settings.suppressedText }
        return style.format(number, in: settings.language)
    }

    /// The words of `value` for the description: the number, or "not shown".
    func words(of value: ChartValue, style: ValueStyle) -> String {
        guard let number = value.plottable else { return phrases.notShown }
        return style.format(number, in: settings.language)
    }

    /// Draws the suppression mark at `x`, centred on `middle`, and notes
    /// that the footnote is needed.
    mutating func drawSuppressed(x: Double, middle: Double, anchor: SVGWriter.Anchor = .start, size: Double = ChartStyle.fontSize) {
        writer.text([settings.suppressedText], x: x, baseline: ChartStyle.baseline(centredOn: middle, size: size), anchor: anchor, size: size, fill: .mutedText)
        drewSuppressed = true
    }

    /// Draws the mark of a row that cannot be drawn, suppressed or empty,
    /// and returns the words for the description.
    mutating func drawUnavailable(_ row: ChartRow, x: Double, middle: Double) -> String {
        if row.isSuppressed {
            drawSuppressed(x: x, middle: middle)
            return phrases.notShown
        }
        writer.text([phrases.noData], x: x, baseline: ChartStyle.baseline(centredOn: middle, size: ChartStyle.smallSize), size: ChartStyle.smallSize, fill: .mutedText)
        return phrases.noDataWords
    }
}
