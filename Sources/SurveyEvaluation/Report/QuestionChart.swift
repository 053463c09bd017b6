import SurveyCharts

/// The chart that fits a question's result, with or without a breakdown.
///
/// Every percentage a chart gets is the one its table prints, of the same
/// base, and the n written with it is that base. Hidden figures reach the
/// chart as `.suppressed` with their reason, so a chart never shows what
/// the tables hide, and marks each hidden cell in place.
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
                    BarChart(title: total.title, subtitle: subtitle, bars: total.frequencies.map(labelledValue)))
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
                ChartRow(
                    total.frequencies[row].label,
                    shown.map { column in
                        let cells = columns[column].frequencies
                        return cells.indices.contains(row) ? value(cells[row]) : .number(.nan)
                    })
            }
            return .grouped(
                GroupedBarChart(
                    title: total.title, subtitle: subtitle,
                    groups: shown.map { labelled(labels[$0], columns[$0], language: language) }, rows: rows))
        case "scale":
            let rows = ([total] + entry.groups).enumerated().map { index, column in
                let label = index == 0 ? totalLabel : groupLabels[index - 1]
                return ChartRow(
                    groups.isEmpty ? label : labelled(label, column, language: language), scaleValues(column),
                    total: 100)
            }
            return .diverging(
                DivergingBarChart(
                    title: total.title, subtitle: subtitle, scale: points(total).map(\.label),
                    notApplicable: notApplicable(total)?.label, rows: rows))
        case "matrix":
            guard let first = total.rows.first else { return nil }
            let counts = Set(total.rows.map { $0.base.count($0.percentBase) })
            let perRow = counts.count > 1
            let rows = total.rows.map { row in
                ChartRow(
                    perRow ? labelled(row.title, row, language: language) : row.title, scaleValues(row), total: 100)
            }
            let subtitle =
                perRow
                ? language.pick("n je Zeile in Klammern (Basis: ", "n per row in brackets (base: ")
                    + language.base(first.percentBase) + ")"
                : base(first, language: language)
            if first.type == "scale" {
                return .diverging(
                    DivergingBarChart(
                        title: total.title, subtitle: subtitle, scale: points(first).map(\.label),
                        notApplicable: notApplicable(first)?.label, rows: rows))
            }
            return .stacked(
                StackedBarChart(
                    title: total.title, subtitle: subtitle, categories: first.frequencies.map(\.label), rows: rows,
                    colours: .categorical))
        case "number":
            guard !total.histogram.isEmpty else { return nil }
            let columns = total.histogram.map { bin in
                LabelledValue(
                    binLabel(bin, language: language),
                    bin.count.map { .number(Double($0)) } ?? .suppressed(reason(bin.withheld)))
            }
            return .columns(ColumnChart(title: total.title, subtitle: subtitle, columns: columns))
        case "ranking":
            let bars = total.ranking.map { option in
                LabelledValue(
                    option.label,
                    option.first == nil ? .suppressed(reason(option.withheld)) : .number(option.firstPercent ?? .nan))
            }
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
                    columns: total.months.map { bin in
                        LabelledValue(
                            bin.label, bin.count.map { .number(Double($0)) } ?? .suppressed(reason(bin.withheld)))
                    }))
        default:
            return nil
        }
    }

    /// The scale points of a scale result, without "not applicable".
    private static func points(_ result: QuestionResult) -> [Frequency] {
        result.frequencies.filter { $0.value != "na" }
    }

    /// The "not applicable" category of a scale result, if it offers one.
    private static func notApplicable(_ result: QuestionResult) -> Frequency? {
        result.frequencies.first { $0.value == "na" }
    }

    /// The table's percentages of the scale points, then of "not
    /// applicable": all of the same base, so the chart draws "not
    /// applicable" apart rather than leaving it out of the base.
    private static func scaleValues(_ result: QuestionResult) -> [ChartValue] {
        let categories = points(result) + (notApplicable(result).map { [$0] } ?? [])
        if result.suppressed { return categories.map { _ in .suppressed(reason(result.withheld)) } }
        return categories.map(value)
    }

    private static func labelledValue(_ frequency: Frequency) -> LabelledValue {
        LabelledValue(frequency.label, value(frequency))
    }

    /// A frequency's percentage as the table prints it; a hidden count
    /// carries its reason, and a percentage of an empty base is no data.
    private static func value(_ frequency: Frequency) -> ChartValue {
        guard frequency.count != nil else { return .suppressed(reason(frequency.withheld)) }
        return .number(frequency.percent ?? .nan)
    }

    /// The chart's reason for the evaluation's; a hidden figure without a
    /// recorded reason is taken as too few answers, the primary rule.
    static func reason(_ withheld: Withheld?) -> SuppressionReason {
        switch withheld {
        case .protectsOthers: .protectsOthers
        case .sameAnswer: .sameAnswer
        case .fewAnswers, nil: .fewAnswers
        }
    }

    /// "Grundschule (n = 12)": a row or group label with the base its
    /// percentages use, with no-break spaces so "(n = 12)" never wraps
    /// apart; a hidden group keeps its bare label.
    private static func labelled(_ label: String, _ result: QuestionResult, language: OutputLanguage) -> String {
        guard let count = result.base.count(result.percentBase) else { return label }
        return "\(label) (n\u{00A0}=\u{00A0}\(language.count(count)))"
    }

    /// `0–99` for integer bins, `0–100` otherwise and for a last bin that
    /// ends at the question's maximum, which it includes.
    static func binLabel(_ bin: HistogramBin, language: OutputLanguage) -> String {
        let integer = bin.from == bin.from.rounded() && bin.to == bin.to.rounded()
        let upper = integer && bin.to - bin.from > 1 && !bin.includesUpper ? bin.to - 1 : bin.to
        if integer && bin.to - bin.from == 1 && !bin.includesUpper { return language.figure(bin.from) }
        return "\(language.figure(bin.from))–\(language.figure(upper))"
    }

    /// "n = 17 (beantwortet)".
    static func base(_ result: QuestionResult, language: OutputLanguage) -> String? {
        let count = result.base.count(result.percentBase)
        return "n = \(language.count(count)) (" + language.pick("Basis: ", "base: ") + language.base(result.percentBase)
            + ")"
    }
}
