import Testing

@testable import SurveyCharts

/// A caption (which responses a chart covers) is drawn under the subtitle and leads `<title>` and `<desc>`.
struct ChartCaptionTests {
    let bars = BarChart(title: "Schulart", subtitle: "n = 40", bars: [LabelledValue("Grundschule", .number(40))])

    @Test func captionIsDrawnAndNamedInTitleAndDescription() {
        let caption = "Nur Antworten, für die gilt: „Anzahl <n>“ ist mindestens 5 & mehr."
        let svg = bars.svg(id: "c", settings: ChartSettings(caption: caption))
        let escaped = "Nur Antworten, für die gilt: „Anzahl &lt;n&gt;“ ist mindestens 5 &amp; mehr."
        #expect(svg.contains("<title id=\"c-title\">Schulart – \(escaped)</title>"))
        #expect(svg.contains("<desc id=\"c-desc\">\(escaped) Balkendiagramm."))
        #expect(svg.contains(">Nur Antworten, für die gilt:"))
        #expect(!svg.contains("<n>"))
    }

    @Test func noCaptionLeavesTheChartAsItWas() {
        #expect(bars.svg(id: "c", settings: ChartSettings(caption: "")) == bars.svg(id: "c"))
        #expect(bars.svg(id: "c").contains("<title id=\"c-title\">Schulart</title>"))
    }
}
