import Markup
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
                        ? (wave.frequencies[index].percent.map(ChartValue.number)
                            ?? .suppressed(QuestionChart.reason(wave.frequencies[index].withheld)))
                        : .number(.nan)
                })
        }
        return .dots(
            DotChart(
                title: current.title + language.pick(" – Vergleich", " – comparison"), subtitle: nil, series: waves,
                rows: rows))
    }

    /// The comparison table: percentages (or mean and median) per wave with bases.
    func table(into html: inout HTMLBuilder) {
        let caption = language.pick("Vergleich der Befragungen", "Comparison of the waves")
        ReportTable.write(caption: caption, into: &html) { html in
            ReportTable.head("", waves, into: &html)
            ReportTable.body(into: &html) { html in
                if current.frequencies.isEmpty {
                    let figures: [(String, (Summary) -> Double?)] = [
                        ("n", { Double($0.n) }), (language.pick("Mittelwert", "Mean"), \.mean), ("Median", \.median),
                    ]
                    for (name, figure) in figures {
                        ReportTable.row(
                            name, [earlier, current].map { language.figure($0.stats.flatMap(figure)) }, into: &html)
                    }
                    return
                }
                for (index, frequency) in current.frequencies.enumerated() {
                    ReportTable.row(
                        frequency.label,
                        [earlier, current].map { wave in
                            language.percent(
                                wave.frequencies.indices.contains(index) ? wave.frequencies[index].percent : nil)
                        }, into: &html)
                }
                ReportTable.row(
                    language.pick("Basis", "Base"),
                    [earlier, current].map { "n = \(language.count($0.base.count($0.percentBase)))" },
                    class: "base-row", into: &html)
            }
        }
    }
}
