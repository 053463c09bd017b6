import EscapingCorpus
import TestSupport
import Testing

@testable import SurveyCharts

/// Every kind of chart with all its texts taken from the escaping corpus.
@Suite struct CorpusChartTests {
    static let labels = EscapingCorpus.chunks(maxLength: 80)
    static let title = EscapingCorpus.attacks.joined(separator: " ")

    static let charts: [(name: String, svg: String)] = {
        let values = labels.indices.map { ChartValue.number(Double($0 % 100)) }
        let rows = labels.map { ChartRow($0, [1, 2, 3]) }
        let bars = zip(labels, values).map { LabelledValue($0, $1) }
        let three = Array(labels.prefix(3))
        return [
            ("bar", BarChart(title: title, subtitle: title, bars: bars).svg(id: title)),
            ("columns", ColumnChart(title: title, columns: bars).svg(id: "c")),
            ("stacked", StackedBarChart(title: title, categories: three, rows: rows).svg(id: "s")),
            ("diverging", DivergingBarChart(title: title, scale: three, rows: rows).svg(id: "d")),
            ("grouped", GroupedBarChart(title: title, groups: three, rows: rows).svg(id: "g")),
            ("dots", DotChart(title: title, series: three, rows: rows).svg(id: "p")),
            (
                "multiples",
                SmallMultiplesChart(title: title, categories: three, panels: Array(rows.prefix(12))).svg(id: "m")
            ),
        ]
    }()

    @Test func everyChartEscapesTheCorpus() {
        for chart in Self.charts {
            #expect(EscapingCorpus.problems(inDocument: chart.svg) == [], "\(chart.name)")
            #expect(chart.svg.contains("\u{600}&lt;img src=x onerror=alert(1)&gt;"), "\(chart.name)")
        }
    }

    @Test(.requires(.xmllint)) func everyChartOfTheCorpusIsWellFormedXML() throws {
        for chart in Self.charts {
            guard let result = try ExternalTool.xmllint.run(["--noout", "-"], input: chart.svg) else { return }
            #expect(result.status == 0, "\(chart.name): \(result.output.prefix(500))")
        }
    }
}
