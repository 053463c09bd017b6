import SurveyCharts

/// A question asked in two waves of a survey (`--compare`), side by side.
///
/// Questions are compared when they have the same id and type and, for
/// choices and scales, the same values in the same order; anything else
/// could put different things next to each other.
struct WaveComparison {
    let current: QuestionResult
    let earlier: QuestionResult
    /// The names of the waves: earlier first.
    let waves: [String]
    let language: OutputLanguage

    init?(current: QuestionResult, earlier: QuestionResult, waves: [String], language: OutputLanguage) {
        guard current.type == earlier.type, current.frequencies.map(\.value) == earlier.frequencies.map(\.value),
            !current.frequencies.isEmpty || current.stats != nil
        else { return nil }
        self.current = current
        self.earlier = earlier
        self.waves = waves
        self.language = language
    }

    /// The dot chart (percentages per category, one series per wave), or nil for numbers.
    var chart: Chart? {
        guard !current.frequencies.isEmpty else { return nil }
        let rows = current.frequencies.indices.map { index in
            ChartRow(
                current.frequencies[index].label,
                [earlier, current].map { wave in
                    wave.frequencies.indices.contains(index)
                        ? (wave.frequencies[index].percent.map(ChartValue.number) ?? .suppressed) : .suppressed
                })
        }
        return .dots(
            DotChart(
                title: current.title + language.pick(" – Vergleich", " – comparison"), subtitle: nil, series: waves,
                rows: rows))
    }

    /// The comparison table: percentages (or mean and median) per wave with bases.
    var table: String {
        let e = HTMLText.escape
        var html =
            "<table>\n<caption>\(language.pick("Vergleich der Befragungen", "Comparison of the waves"))</caption>\n"
        html +=
            "<thead><tr><th scope=\"col\"></th>" + waves.map { "<th scope=\"col\" class=\"n\">\(e($0))</th>" }.joined()
            + "</tr></thead>\n<tbody>\n"
        if current.frequencies.isEmpty {
            let figures: [(String, (Summary) -> Double?)] = [
                ("n", { Double($0.n) }), (language.pick("Mittelwert", "Mean"), \.mean), ("Median", \.median),
            ]
            for (name, figure) in figures {
                html +=
                    "<tr><th scope=\"row\">\(e(name))</th>"
                    + [earlier, current].map { "<td class=\"n\">\(language.figure($0.stats.flatMap(figure)))</td>" }
                    .joined() + "</tr>\n"
            }
        } else {
            for (index, frequency) in current.frequencies.enumerated() {
                html +=
                    "<tr><th scope=\"row\">\(e(frequency.label))</th>"
                    + [earlier, current].map { wave in
                        "<td class=\"n\">\(language.percent(wave.frequencies.indices.contains(index) ? wave.frequencies[index].percent : nil))</td>"
                    }.joined() + "</tr>\n"
            }
            html +=
                "<tr class=\"base-row\"><th scope=\"row\">\(language.pick("Basis", "Base"))</th>"
                + [earlier, current].map { "<td class=\"n\">n = \(language.count($0.base.count($0.percentBase)))</td>" }
                .joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }
}
