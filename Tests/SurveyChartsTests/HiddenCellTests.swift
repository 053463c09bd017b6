import Foundation
import Testing

@testable import SurveyCharts

/// Hidden cells in 100 % charts: the visible values keep their true shares,
/// hidden ones are hatched in place, and footnotes name only the reasons
/// that occur.
@Suite struct HiddenCellTests {
    @Test func visibleSharesStayAndHiddenRunsShareTheRestEqually() throws {
        let row = ChartRow(
            "a", [10, .suppressed(.fewAnswers), 30, .suppressed(.fewAnswers), .suppressed(.protectsOthers)], total: 100)
        let shares = try #require(RowShares(row, count: 5))
        #expect(shares.hiddenShare == 60)
        #expect(shares.hiddenRuns == 2)
        #expect(shares.widths == [10, 30, 30, 15, 15])
        #expect(shares.segments.map(\.cells) == [0..<1, 1..<2, 2..<3, 3..<5])
        #expect(shares.segments[3].reasons == [.fewAnswers, .protectsOthers])
    }

    @Test func aBreakKeepsHiddenValuesOnBothSidesApart() throws {
        let row = ChartRow("a", [50, .suppressed(.fewAnswers), .suppressed(.fewAnswers)], total: 100)
        #expect(try #require(RowShares(row, count: 3)).hiddenRuns == 1)
        #expect(try #require(RowShares(row, count: 3, breaks: [2])).hiddenRuns == 2)
    }

    @Test func countsAreTakenOfTheGivenTotal() throws {
        let row = ChartRow("a", [.suppressed(.fewAnswers), 5, 15], total: 25)
        let shares = try #require(RowShares(row, count: 3))
        #expect(shares.widths == [20, 20, 60])
    }

    @Test func onlyAWhollyHiddenRowIsADash() {
        let whole = ChartRow("a", [.suppressed(.fewAnswers), .suppressed(.fewAnswers)])
        #expect(RowShares(whole, count: 2) == nil)
        #expect(whole.withheldReason == .fewAnswers)
        #expect(ChartRow("b", [.suppressed(.fewAnswers), 3]).withheldReason == nil)
        let svg = StackedBarChart(
            title: "t", categories: ["ja", "nein", "vielleicht"],
            rows: [
                ChartRow("a", [.suppressed(.fewAnswers), .suppressed(.protectsOthers), 60], total: 100), whole,
            ]
        ).svg(id: "x")
        #expect(svg.contains("height=\"22\""), "the visible segment of the row with hidden cells is drawn")
        #expect(svg.contains(">60\u{00A0}%</text>"))
        #expect(svg.contains("<path d=\""), "hidden cells are hatched")
        #expect(svg.contains(">—¹²</text>"), "the merged hidden segment carries both marks")
        #expect(svg.contains("a: ja nicht ausgewiesen (zu wenige Antworten), nein nicht ausgewiesen (zum Schutz"))
        #expect(svg.contains("nicht ausgewiesene Werte zusammen 40\u{00A0}%, schraffiert"))
    }

    @Test func divergingSumsOnlyForSidesWithoutHiddenValues() {
        let svg = DivergingBarChart(
            title: "t", scale: ["--", "-", "+", "++"],
            rows: [ChartRow("a", [.suppressed(.fewAnswers), .suppressed(.protectsOthers), 30, 45], total: 100)]
        ).svg(id: "x")
        #expect(svg.contains("font-weight=\"bold\">75\u{00A0}%</text>"))
        #expect(svg.components(separatedBy: "font-weight=\"bold\">").count == 3, "title and one sum")
    }

    @Test func notApplicableIsABarApartWithItsShare() {
        let svg = DivergingBarChart(
            title: "t", scale: ["--", "-", "+", "++"], notApplicable: "weiß nicht",
            rows: [ChartRow("a", [10, 20, 30, 28, 12], total: 100)]
        ).svg(id: "x")
        #expect(svg.contains("fill=\"\(Palette.notApplicable.svg)\""))
        #expect(svg.contains(">12\u{00A0}%</text>"))
        #expect(svg.contains("font-weight=\"bold\">30\u{00A0}%</text>"), "negative sum of the answered base")
        #expect(svg.contains("font-weight=\"bold\">58\u{00A0}%</text>"), "positive sum of the answered base")
        #expect(svg.contains("Rechts daneben gesondert in Grau: weiß nicht"))
    }

    @Test func footnotesNameOnlyTheReasonsThatOccur() {
        let bars = [LabelledValue("a", .suppressed(.protectsOthers)), LabelledValue("b", .suppressed(.sameAnswer))]
        let german = BarChart(title: "t", bars: bars).svg(id: "x", settings: ChartSettings(minimumCount: 5))
        #expect(!german.contains("¹ "))
        #expect(
            german.contains(">² Ausgeblendet, damit sich andere ausgeblendete Werte nicht errechnen lassen.</text>"))
        #expect(german.contains(">³ Ausgeblendet, weil fast alle gleich geantwortet haben.</text>"))
        let english = BarChart(title: "t", bars: [LabelledValue("a", .suppressed(.fewAnswers))]).svg(
            id: "x", settings: ChartSettings(language: .english, minimumCount: 5))
        #expect(english.contains(">¹ Not shown: fewer than 5 answers.</text>"))
        #expect(english.contains("a: not shown (fewer than 5 answers)"))
    }

    @Test func drawnRowsStateTheSharesAsDrawn() {
        let chart = Chart.diverging(
            DivergingBarChart(
                title: "t", scale: ["-", "+"], notApplicable: "?",
                rows: [
                    ChartRow("a", [.suppressed(.fewAnswers), 30, .suppressed(.protectsOthers)], total: 100),
                    ChartRow("b", [.suppressed(.fewAnswers), .suppressed(.fewAnswers), .suppressed(.fewAnswers)]),
                    ChartRow("c", [1, 3, 0], total: 5),
                ]))
        #expect(
            chart.drawnRows == [
                ChartRow("a", [.suppressed(.fewAnswers), 30, .suppressed(.protectsOthers)]),
                ChartRow("b", [.suppressed(.fewAnswers), .suppressed(.fewAnswers), .suppressed(.fewAnswers)]),
                ChartRow("c", [20, 60, 0]),
            ])
    }
}
