import Foundation
import TestSupport
import Testing

@testable import SurveyCharts

/// Properties every chart's SVG must have, whatever its kind.
@Suite struct SVGOutputTests {
    /// Charts fed with input meant to break them.
    static let hostile: [Gallery.Entry] = {
        let label = "<script>alert(\"x\")</script> & 'Zitat' \u{0001}\u{FFFE}"
        let odd: [ChartValue] = [
            .number(.nan), .number(-.infinity), .number(1e308), .number(-5), .suppressed(.fewAnswers),
        ]
        return [
            Gallery.Entry(
                name: "bar",
                svg: BarChart(title: label, subtitle: label, bars: odd.map { LabelledValue(label, $0) }).svg(
                    id: "1 \"bad\" id")),
            Gallery.Entry(name: "bar-empty", svg: BarChart(title: "", bars: []).svg(id: "")),
            Gallery.Entry(
                name: "columns",
                svg: ColumnChart(title: label, columns: odd.map { LabelledValue(label, $0) }).svg(id: "c")),
            Gallery.Entry(name: "columns-empty", svg: ColumnChart(title: "leer", columns: []).svg(id: "c")),
            Gallery.Entry(
                name: "stacked",
                svg: StackedBarChart(
                    title: label, categories: [label, "b"],
                    rows: [ChartRow(label, odd), ChartRow("x", [1]), ChartRow("y", [-1, 2])]
                ).svg(id: "s")),
            Gallery.Entry(
                name: "stacked-empty",
                svg: StackedBarChart(title: "leer", categories: [], rows: [ChartRow("x", [])]).svg(id: "s")),
            Gallery.Entry(
                name: "diverging",
                svg: DivergingBarChart(
                    title: label, scale: [label, "b", "c"], rows: [ChartRow(label, [1, 2, 3]), ChartRow("kurz", odd)]
                ).svg(id: "d")),
            Gallery.Entry(
                name: "diverging-single",
                svg: DivergingBarChart(title: "ein Punkt", scale: ["nur"], rows: [ChartRow("x", [4])]).svg(id: "d")),
            Gallery.Entry(
                name: "diverging-apart",
                svg: DivergingBarChart(
                    title: label, scale: [], notApplicable: label,
                    rows: [
                        ChartRow(label, [4]), ChartRow("summe", [60, .suppressed(.sameAnswer), 80], total: 100),
                        ChartRow("null", [0, .suppressed(.fewAnswers)], total: 0),
                    ]
                ).svg(id: "d")),
            Gallery.Entry(
                name: "grouped",
                svg: GroupedBarChart(
                    title: label, groups: [label, "b", "c"], rows: [ChartRow(label, odd), ChartRow("kurz", [])]
                ).svg(id: "g")),
            Gallery.Entry(
                name: "dots",
                svg: DotChart(
                    title: label, series: [label, "b"], rows: [ChartRow(label, odd), ChartRow("kurz", [1, 1])]
                ).svg(id: "p")),
            Gallery.Entry(
                name: "multiples",
                svg: SmallMultiplesChart(
                    title: label, categories: [label, "b"], panels: [ChartRow(label, odd)], columns: 0
                ).svg(id: "m", settings: ChartSettings(width: .nan))),
        ]
    }()

    static let all = Gallery.entries + hostile

    @Test(.requires(.xmllint)) func everyChartIsWellFormedXML() throws {
        for entry in Self.all {
            guard let result = try ExternalTool.xmllint.run(["--noout", "-"], input: entry.svg) else { return }
            #expect(result.status == 0, "\(entry.name): \(result.output)")
        }
    }

    @Test(arguments: all.map(\.name))
    func isAccessible(name: String) throws {
        let svg = try #require(Self.all.first { $0.name == name }).svg
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""))
        #expect(svg.contains(" role=\"img\""))
        let ids = try #require(svg.firstMatch(of: /aria-labelledby="([A-Za-z][\w-]*)-title \1-desc"/))
        #expect(svg.contains("<title id=\"\(ids.1)-title\">"))
        #expect(svg.contains("<desc id=\"\(ids.1)-desc\">"))
    }

    @Test func escapesMarkupInLabels() throws {
        let entry = try #require(Self.hostile.first { $0.name == "bar" })
        #expect(!entry.svg.contains("<script"))
        #expect(entry.svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Zitat&apos;"))
        #expect(!entry.svg.unicodeScalars.contains { $0.value == 1 || $0.value == 0xFFFE })
        #expect(entry.svg.contains("aria-labelledby=\"chart-1__bad__id-title"))
    }

    @Test func sameInputGivesSameBytes() {
        #expect(Gallery.supportBars.svg(id: "a") == Gallery.supportBars.svg(id: "a"))
        #expect(Gallery.wavesDots.svg(id: "a") == Gallery.wavesDots.svg(id: "a"))
    }

    @Test func suppressedValuesAreNeverBars() {
        // Two charts that differ only in one suppressed value: the suppressed
        // one has one bar fewer, a dash with the mark of its reason, and the footnote.
        let shown = BarChart(title: "t", bars: [LabelledValue("a", 10), LabelledValue("b", 20)]).svg(id: "x")
        let hidden = BarChart(
            title: "t", bars: [LabelledValue("a", 10), LabelledValue("b", .suppressed(.fewAnswers))]
        ).svg(id: "x")
        let fill = "fill=\"\(Palette.primary.svg)\""
        #expect(hidden.components(separatedBy: fill).count == shown.components(separatedBy: fill).count - 1)
        #expect(hidden.contains(">—¹</text>"))
        #expect(hidden.contains(">¹ Nicht ausgewiesen: zu wenige Antworten.</text>"))
        #expect(!shown.contains("—¹"))
        #expect(hidden.contains("b: nicht ausgewiesen (zu wenige Antworten)"))
    }

    @Test func descriptionStatesTheNumbersInTheChartsLanguage() {
        #expect(
            Gallery.supportBars.svg(id: "x").contains(
                "<desc id=\"x-desc\">Balkendiagramm. Lehrkräfte mit Anrechnungsstunden: 64,7\u{00A0}%. Schulträger (Kreisverwaltung): 47,1\u{00A0}%."
            ))
        #expect(
            Gallery.supportBarsEnglish.svg(id: "x", settings: ChartSettings(language: .english)).contains(
                "<desc id=\"x-desc\">Bar chart. Teachers with reduced teaching load: 64.7%."))
        #expect(
            Gallery.wavesDots.svg(id: "x").contains(
                "Punktdiagramm zum Vergleich von 2019, 2021 und 2023. Schnelles Internet im ganzen Gebäude: 2019 23,5\u{00A0}%, 2021 52,9\u{00A0}%, 2023 76,5\u{00A0}%."
            ))
        #expect(
            Gallery.conceptDiverging.svg(id: "x").contains(
                "Der Schulträger unterstützt die Umsetzung.: trifft nicht zu nicht ausgewiesen (zu wenige Antworten)"))
    }

    @Test func chartsWithoutDataSaySoInsteadOfDrawingAnEmptyAxis() {
        let empty: [Chart] = [
            .bars(BarChart(title: "t", bars: [])),
            .columns(ColumnChart(title: "t", columns: [])),
            .stacked(StackedBarChart(title: "t", categories: ["a"], rows: [])),
            .diverging(DivergingBarChart(title: "t", scale: ["a", "b"], rows: [])),
            .grouped(GroupedBarChart(title: "t", groups: ["a"], rows: [])),
            .dots(DotChart(title: "t", series: ["2019", "2021"], rows: [])),
            .smallMultiples(SmallMultiplesChart(title: "t", categories: ["a"], panels: [])),
        ]
        for chart in empty {
            let svg = chart.svg(id: "e", settings: ChartSettings(language: .english))
            #expect(svg.contains(">No data</text>"))
            #expect(svg.contains(". No data.</desc>"))
            #expect(!svg.contains("<line"))
        }
    }

    @Test func chartEnumDrawsTheWrappedChart() {
        let chart = Chart.diverging(Gallery.conceptDiverging)
        #expect(chart.title == Gallery.conceptDiverging.title)
        #expect(chart.svg(id: "k") == Gallery.conceptDiverging.svg(id: "k"))
    }

    @Test func hiddenTitleStaysInTheAccessibleName() {
        let svg = Gallery.supportBars.svg(id: "x", settings: ChartSettings(showsTitle: false))
        #expect(svg.contains("<title id=\"x-title\">Wer unterstützt"))
        #expect(!svg.contains("font-weight=\"bold\">Wer unterstützt"))
    }
}
