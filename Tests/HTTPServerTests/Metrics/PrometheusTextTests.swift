import HTTPServer
import Testing

/// The text exposition format as Prometheus parses it: families, samples, histograms, escaping.
struct PrometheusTextTests {
    @Test func histogramBucketsAreCumulativeAndEndInInfinity() {
        var histogram = Histogram(bounds: [1, 0.1, 1])
        for value in [0.05, 0.5, 0.7, 3, .nan] { histogram.observe(value) }
        #expect(histogram.bounds == [0.1, 1])
        #expect(histogram.cumulativeCounts == [1, 3])
        var text = PrometheusText()
        text.family("t_seconds", .histogram, help: "Test.")
        text.histogram("t_seconds", labels: [("route", "form")], histogram)
        #expect(
            text.text == """
                # HELP t_seconds Test.
                # TYPE t_seconds histogram
                t_seconds_bucket{route="form",le="0.1"} 1
                t_seconds_bucket{route="form",le="1"} 3
                t_seconds_bucket{route="form",le="+Inf"} 4
                t_seconds_sum{route="form"} 4.25
                t_seconds_count{route="form"} 4

                """)
    }

    @Test func labelValuesAndHelpCannotBreakALine() {
        var text = PrometheusText()
        text.family("x", .gauge, help: "a\\b\nc \"d\"")
        text.sample("x", labels: [("survey", "a\"b\\c\nd")], 1)
        #expect(
            text.text == """
                # HELP x a\\\\b\\nc "d"
                # TYPE x gauge
                x{survey="a\\"b\\\\c\\nd"} 1

                """)
    }

    @Test(arguments: [(0.0, "0"), (12, "12"), (0.25, "0.25"), (.infinity, "+Inf"), (-.infinity, "-Inf"), (.nan, "NaN")])
    func numbersAreWrittenAsTheFormatSpellsThem(value: Double, expected: String) {
        var text = PrometheusText()
        text.sample("x", value)
        #expect(text.text == "x \(expected)\n")
    }
}
