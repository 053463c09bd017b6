import Testing

@testable import SurveyCharts

@Suite struct LabelPlacementTests {
    @Test func labelGoesInsideThenOutsideThenIsDropped() {
        #expect(LabelFit.place(width: 30, inside: 40, outside: 100) == .inside)
        #expect(LabelFit.place(width: 30, inside: 35, outside: 100) == .outside)
        #expect(LabelFit.place(width: 30, inside: 10, outside: 20) == .dropped)
        #expect(LabelFit.place(width: 30, inside: nil, outside: nil) == .dropped)
    }

    @Test func occupiedSpansRefuseOverlaps() {
        var spans = OccupiedSpans()
        let results = [spans.claim(0, 10), spans.claim(5, 15), spans.claim(11, 20), spans.claim(14, 20)]
        // The third is refused for coming closer than the spacing.
        #expect(results == [true, false, false, true])
        #expect(spans.isFree(24, 30))
        #expect(!spans.isFree(-5, 1))
    }

    @Test func dotLabelsNeverOverlapDotsLinesOrEachOther() {
        let breaker = LineBreaker(size: ChartStyle.smallSize)
        // Values close together crowd the labels; whatever is placed must
        // keep clear of the others and of the line between the dots.
        let points: [(Int, Double)] = [(0, 200), (1, 215), (2, 228), (3, 400)]
        let texts = ["45,3 %", "47,1 %", "48,0 %", "90,0 %"]
        let labels = DotChart.placeLabels(points: points, texts: texts, missing: [(4, "—¹")], bounds: (100, 500))
        for lane in [false, true] {
            let spans = labels.filter { $0.above == lane }.map { label -> (Double, Double) in
                let width = breaker.measure(label.text) + (label.marker == nil ? 0 : DotChart.markerRoom)
                let low =
                    label.anchor == .end ? label.x - width : (label.anchor == .middle ? label.x - width / 2 : label.x)
                return (low, low + width)
            }
            for (index, span) in spans.enumerated() {
                #expect(span.0 >= 100 && span.1 <= 500)
                if !lane { #expect(span.1 <= 193 || span.0 >= 407, "label on the line between the dots") }
                for other in spans[(index + 1)...] {
                    #expect(span.1 <= other.0 || other.1 <= span.0, "labels overlap")
                }
            }
        }
        #expect(labels.contains { $0.text == "45,3 %" && $0.anchor == .end })
        #expect(labels.contains { $0.text == "90,0 %" && $0.anchor == .start })
        #expect(labels.contains { $0.text == "—¹" && $0.marker == 4 && $0.x == 100 })
        #expect(labels.count < 5, "the crowded middle labels cannot all fit above")
    }

    @Test func coincidingDotsAreSpreadVertically() {
        let offsets = DotChart.verticalOffsets([(0, 100), (1, 100), (2, 300)])
        #expect(offsets[0] == -3.5)
        #expect(offsets[1] == 3.5)
        #expect(offsets[2] == 0)
    }

    @Test func histogramLabelsWrapInTheirSlotsWhenTheyCan() {
        let labels = ColumnChart.categoryLabels(
            ["unter 2", "2 bis unter 4"], centres: [100, 200], slot: 100, bounds: (0, 300), size: 11)
        #expect(labels.map(\.lines) == [["unter 2"], ["2 bis unter 4"]])
        #expect(labels.allSatisfy { $0.anchor == .middle })
    }

    @Test func crowdedHistogramLabelsAreThinnedKeepingBothEnds() {
        let names = (0..<21).map { "\($0 * 50)–\($0 * 50 + 49)" }
        let centres = (0..<21).map { 40 + Double($0) * 28 }
        let labels = ColumnChart.categoryLabels(names, centres: centres, slot: 28, bounds: (12, 628), size: 11)
        let indices = labels.map(\.index)
        #expect(indices.first == 0)
        #expect(indices.last == 20)
        #expect(indices.count < 21 && indices.count > 3)
        let breaker = LineBreaker(size: 11)
        var spans = OccupiedSpans()
        spans.spacing = 0
        for label in labels {
            let width = breaker.measure(label.lines[0])
            let low = label.anchor == .end ? label.x - width : (label.anchor == .middle ? label.x - width / 2 : label.x)
            #expect(low >= 12 && low + width <= 628, "\(label.lines[0]) outside")
            let free = spans.claim(low, low + width)
            #expect(free, "\(label.lines[0]) overlaps")
        }
    }
}
