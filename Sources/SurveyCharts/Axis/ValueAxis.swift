/// A value axis placed on the page: a scale mapped onto a pixel span, with
/// tick labels in the chart's number format.
struct ValueAxis: Sendable {
    let scale: AxisScale
    /// The pixel coordinate of the scale's minimum.
    var start: Double
    /// The pixel coordinate of the scale's maximum.
    var end: Double
    let style: ValueStyle
    let language: ChartLanguage
    /// Writes negative ticks without sign, for diverging charts whose left
    /// arm counts shares just as the right one does.
    var absoluteLabels = false

    /// Chooses the densest nice scale whose tick labels do not collide.
    ///
    /// - Parameters:
    ///   - low: The smallest value to show.
    ///   - high: The largest value to show.
    ///   - start: The pixel where the minimum goes.
    ///   - end: The pixel where the maximum goes.
    ///   - labelsAcross: True when labels sit side by side (a horizontal
    ///     axis), false when stacked (a vertical one, where only the line
    ///     height matters).
    ///   - tight: Passed on to `AxisScale`.
    init(
        low: Double, high: Double, start: Double, end: Double, style: ValueStyle,
        language: ChartLanguage, labelsAcross: Bool, absoluteLabels: Bool = false, tight: Bool = false
    ) {
        let length = (end - start).magnitude
        let cap: Double? = style.isPercent ? 100 : nil
        var chosen = AxisScale(low: low, high: high, targetTicks: 1, cap: cap, tight: tight)
        for target in [8, 6, 5, 4, 3, 2] {
            let candidate = AxisScale(low: low, high: high, targetTicks: target, cap: cap, tight: tight)
            let ticks = candidate.ticks
            let spacing = length / Double(max(1, ticks.count - 1))
            let needed: Double
            if labelsAcross {
                let breaker = LineBreaker(size: ChartStyle.smallSize)
                needed =
                    Self.extremes(of: ticks).map {
                        breaker.measure(
                            Self.label($0, scale: candidate, style: style, language: language, absolute: absoluteLabels)
                        )
                    }.max() ?? 0
            } else {
                needed = ChartStyle.lineHeight(ChartStyle.smallSize)
            }
            if needed + 8 <= spacing {
                chosen = candidate
                break
            }
        }
        self.scale = chosen
        self.start = start
        self.end = end
        self.style = style
        self.language = language
        self.absoluteLabels = absoluteLabels
    }

    /// The pixel coordinate of `value`, kept inside the axis.
    func position(_ value: Double) -> Double {
        let clamped = max(scale.minimum, min(scale.maximum, value))
        return start + (clamped - scale.minimum) / (scale.maximum - scale.minimum) * (end - start)
    }

    /// The label of tick `value`.
    func label(_ value: Double) -> String {
        Self.label(value, scale: scale, style: style, language: language, absolute: absoluteLabels)
    }

    private static func label(
        _ value: Double, scale: AxisScale, style: ValueStyle, language: ChartLanguage, absolute: Bool
    ) -> String {
        let shown = absolute ? value.magnitude : value
        let format = NumberFormat(language: language)
        switch style {
        case .percent: return format.percent(shown, decimals: scale.decimals)
        case .count, .decimal: return format.decimal(shown, decimals: scale.decimals)
        }
    }

    /// Draws vertical grid lines from `top` to `bottom` and tick labels
    /// below them; returns the height the labels take.
    func drawAcross(in writer: inout SVGWriter, top: Double, bottom: Double) -> Double {
        let size = ChartStyle.smallSize
        let ticks = scale.ticks
        for tick in ticks {
            let x = position(tick)
            writer.line(
                x1: x, y1: top, x2: x, y2: bottom, stroke: tick == 0 ? .axis : .grid, width: tick == 0 ? 1 : 0.75)
        }
        // Even the sparsest scale can be too dense for a very narrow plot;
        // then zero and the ends keep their labels and the others yield.
        let breaker = LineBreaker(size: size)
        var taken = OccupiedSpans()
        let priority = ticks.filter { $0 == 0 } + [ticks.first, ticks.last].compactMap { $0 } + ticks
        var labelled: [Double] = []
        for tick in priority where !labelled.contains(tick) {
            let width = breaker.measure(label(tick))
            let x = position(tick)
            if taken.claim(x - width / 2, x + width / 2) { labelled.append(tick) }
        }
        for tick in ticks where labelled.contains(tick) {
            writer.text(
                [label(tick)], x: position(tick), baseline: bottom + 4 + size, anchor: .middle, size: size,
                fill: .mutedText)
        }
        return 4 + ChartStyle.lineHeight(size)
    }

    /// Draws horizontal grid lines from `left` to `right` and, if
    /// `labelled`, tick labels to their left.
    func drawUpright(in writer: inout SVGWriter, left: Double, right: Double, labelled: Bool = true) {
        let size = ChartStyle.smallSize
        for tick in scale.ticks {
            let y = position(tick)
            writer.line(
                x1: left, y1: y, x2: right, y2: y, stroke: tick == 0 ? .axis : .grid, width: tick == 0 ? 1 : 0.75)
            if labelled {
                writer.text(
                    [label(tick)], x: left - 6, baseline: ChartStyle.baseline(centredOn: y, size: size), anchor: .end,
                    size: size, fill: .mutedText)
            }
        }
    }

    /// The width of the widest tick label, for reserving room beside the axis.
    var widestLabel: Double {
        let breaker = LineBreaker(size: ChartStyle.smallSize)
        return Self.extremes(of: scale.ticks).map { breaker.measure(label($0)) }.max() ?? 0
    }

    /// The lowest and the highest tick: all labels of a scale have the same
    /// decimals and digits of equal width, so the widest label is at one of
    /// the two ends, where the magnitude is largest.
    private static func extremes(of ticks: [Double]) -> [Double] {
        [ticks.first, ticks.last].compactMap { $0 }
    }
}
