/// The column of wrapped category labels left of a chart whose bars run across.
///
/// The column is as wide as the longest label needs, up to a share of the
/// chart's width; longer labels wrap onto further lines instead of being cut.
struct LabelColumn: Sendable {
    /// The column's width in pixels.
    let width: Double
    /// The wrapped lines of each label.
    let lines: [[String]]

    init(labels: [String], chartWidth: Double, maximumShare: Double = 0.38) {
        let breaker = LineBreaker(size: ChartStyle.fontSize)
        let natural = labels.map { breaker.measure($0) }.max() ?? 0
        let cap = (chartWidth - 2 * ChartStyle.margin) * maximumShare
        let width = max(24, min(natural, cap))
        self.width = width
        self.lines = labels.map { breaker.wrap($0, width: width) }
    }

    /// The height of label `index` in pixels.
    func height(_ index: Int) -> Double {
        Double(lines.indices.contains(index) ? lines[index].count : 1) * ChartStyle.lineHeight(ChartStyle.fontSize)
    }

    /// Draws label `index` right-aligned against `x`, centred on `middle`.
    func draw(_ index: Int, x: Double, middle: Double, in writer: inout SVGWriter) {
        guard lines.indices.contains(index) else { return }
        let rows = lines[index]
        let step = ChartStyle.lineHeight(ChartStyle.fontSize)
        let firstMiddle = middle - Double(rows.count - 1) * step / 2
        writer.text(
            rows, x: x, baseline: ChartStyle.baseline(centredOn: firstMiddle, size: ChartStyle.fontSize), anchor: .end)
    }
}
