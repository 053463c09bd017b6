import SurveyCharts

/// The chart that fits a question's result, with or without a breakdown.
///
/// Suppressed figures reach the chart as `.suppressed`, so a chart never
/// shows what the tables hide.
enum QuestionChart {
    /// The chart for `entry`, nil for questions without one (free text).
    static func chart(for entry: QuestionEntry, groups: [GroupInfo], language: OutputLanguage) -> Chart? {
        let total = entry.total
        let subtitle = base(total, language: language)
        let totalLabel = language.pick("Gesamt", "Total")
        let groupLabels = groups.map(\.label)
        switch total.type {
        case "single", "boolean", "multiple":
            if groups.isEmpty {
                return .bars(
                    BarChart(
                        title: total.title, subtitle: subtitle,
                        bars: total.frequencies.map { LabelledValue($0.label, value($0.percent)) }))
            }
            // Groups whose every figure is hidden are left out of the picture
            // (the table lists them with their dashes); they would only add noise.
            let shown =
                [0]
                + entry.groups.indices.filter { index in
                    entry.groups[index].frequencies.contains { $0.percent != nil }
                }.map { $0 + 1 }
            let columns = [total] + entry.groups
            let labels = [totalLabel] + groupLabels
            let rows = total.frequencies.indices.map { row in
                ChartRow(total.frequencies[row].label, shown.map { value(frequency(columns[$0], row)?.percent) })
            }
            return .grouped(
                GroupedBarChart(title: total.title, subtitle: subtitle, groups: shown.map { labels[$0] }, rows: rows))
        case "scale":
            let points = total.frequencies.filter { $0.value != "na" }
            let rows = ([total] + entry.groups).enumerated().map { index, column in
                ChartRow(index == 0 ? totalLabel : groupLabels[index - 1], scalePercents(column))
            }
            return .diverging(
                DivergingBarChart(title: total.title, subtitle: subtitle, scale: points.map(\.label), rows: rows))
        case "matrix":
            guard let first = total.rows.first else { return nil }
            let points = first.frequencies.filter { $0.value != "na" }
            let rows = total.rows.map { ChartRow($0.title, scalePercents($0)) }
            if first.type == "scale" {
                return .diverging(
                    DivergingBarChart(title: total.title, subtitle: subtitle, scale: points.map(\.label), rows: rows))
            }
            return .stacked(
                StackedBarChart(
                    title: total.title, subtitle: subtitle, categories: points.map(\.label), rows: rows,
                    colours: .categorical))
        case "number":
            guard !total.histogram.isEmpty else { return nil }
            let columns = total.histogram.map {
                LabelledValue(binLabel($0, language: language), $0.count.map { .number(Double($0)) } ?? .suppressed)
            }
            return .columns(ColumnChart(title: total.title, subtitle: subtitle, columns: columns))
        case "ranking":
            let bars = total.ranking.map { LabelledValue($0.label, value($0.firstPercent)) }
            return .bars(
                BarChart(
                    title: total.title,
                    subtitle: language.pick("Anteil auf Platz 1; ", "Share ranked first; ") + (subtitle ?? ""),
                    bars: bars))
        case "date":
            guard !total.months.isEmpty else { return nil }
            return .columns(
                ColumnChart(
                    title: total.title, subtitle: subtitle,
                    columns: total.months.map {
                        LabelledValue($0.label, $0.count.map { .number(Double($0)) } ?? .suppressed)
                    }))
        default:
            return nil
        }
    }

    /// The percentages of the scale points (without "not applicable") over the answers on the scale.
    private static func scalePercents(_ result: QuestionResult) -> [ChartValue] {
        let points = result.frequencies.filter { $0.value != "na" }
        if result.suppressed || points.contains(where: { $0.count == nil }) {
            return points.map { _ in .suppressed }
        }
        let total = points.compactMap(\.count).reduce(0, +)
        return points.map { point in
            guard let count = point.count, total > 0 else { return .number(0) }
            return .number(Double(count) * 100 / Double(total))
        }
    }

    private static func frequency(_ result: QuestionResult, _ row: Int) -> Frequency? {
        result.frequencies.indices.contains(row) ? result.frequencies[row] : nil
    }

    private static func value(_ percent: Double?) -> ChartValue {
        percent.map(ChartValue.number) ?? .suppressed
    }

    /// `0–99` for integer bins, `0–100` otherwise.
    static func binLabel(_ bin: HistogramBin, language: OutputLanguage) -> String {
        let integer = bin.from == bin.from.rounded() && bin.to == bin.to.rounded()
        let upper = integer && bin.to - bin.from > 1 ? bin.to - 1 : bin.to
        if integer && bin.to - bin.from == 1 { return language.figure(bin.from) }
        return "\(language.figure(bin.from))–\(language.figure(upper))"
    }

    /// "n = 17 (beantwortet)".
    static func base(_ result: QuestionResult, language: OutputLanguage) -> String? {
        let count = result.base.count(result.percentBase)
        return "n = \(language.count(count)) (" + language.pick("Basis: ", "base: ") + language.base(result.percentBase)
            + ")"
    }
}
