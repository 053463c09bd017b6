import TestSupport
import Testing

@testable import SurveyEvaluation

struct StatisticsTests {
    /// Published figures: R `quantile(x)` / pandas `describe()` on the same data.
    struct KnownValues {
        @Test func rAndPandasAgree() {
            // R: quantile(c(1, 2, 3, 4, 10)) → 1 2 3 4 10; sd → 3.535534
            let summary = Summary(ValueCounts([4, 1, 10, 3, 2]))
            #expect(summary.n == 5)
            #expect(summary.mean == 4)
            #expect(summary.median == 3)
            #expect(summary.q1 == 2)
            #expect(summary.q3 == 4)
            #expect(isClose(summary.sd, 3.5355339059327378))
            #expect(summary.min == 1)
            #expect(summary.max == 10)
        }

        @Test func interpolatesBetweenOrderStatistics() {
            // R: quantile(c(7, 15, 36, 39, 40, 41)) → 25 % 20.25, 50 % 37.5, 75 % 39.75
            let summary = Summary(ValueCounts([7, 15, 36, 39, 40, 41]))
            #expect(summary.q1 == 20.25)
            #expect(summary.median == 37.5)
            #expect(summary.q3 == 39.75)
        }

        @Test func emptyHasOnlyACount() {
            #expect(Summary(ValueCounts()) == Summary(n: 0))
        }

        @Test func oneValueHasNoSpread() {
            let summary = Summary(ValueCounts([42]))
            #expect(summary == Summary(n: 1, mean: 42, median: 42, sd: nil, min: 42, max: 42, q1: 42, q3: 42))
        }

        @Test func removingTakesAValueBack() {
            var values = ValueCounts([1, 2, 2, 3])
            values.add(2, weight: -1)
            values.add(3, weight: -1)
            #expect(values == ValueCounts([1, 2]))
            #expect(values.total == 2)
        }
    }

    /// Random data against the textbook formulas, with a fixed seed.
    @Test(arguments: [0, 1, 2, 3, 7, 50, 501])
    func matchesNaiveReference(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) &+ 17)
        for round in 0..<20 {
            // Alternate heavily tied integers and spread-out decimals.
            let values: [Double] = (0..<count).map { _ in
                round.isMultiple(of: 2)
                    ? Double(Int.random(in: 1...5, using: &generator))
                    : Double.random(in: -1000...100_000, using: &generator)
            }
            let summary = Summary(ValueCounts(values))
            #expect(summary.n == values.count)
            #expect(isClose(summary.mean, NaiveStatistics.mean(values)))
            #expect(isClose(summary.sd, NaiveStatistics.sd(values)))
            #expect(summary.median == NaiveStatistics.quantile(values, 0.5))
            #expect(summary.q1 == NaiveStatistics.quantile(values, 0.25))
            #expect(summary.q3 == NaiveStatistics.quantile(values, 0.75))
            #expect(summary.min == values.min())
            #expect(summary.max == values.max())
        }
    }

    struct Bins {
        @Test func everyIntegerGetsABinWhenFew() {
            let histogram = Histogram(ValueCounts([1, 2, 2, 5]), integer: true, targetBins: 10)
            #expect(histogram.width == 1)
            #expect(histogram.bins.map(\.lower) == [1, 2, 3, 4, 5])
            #expect(histogram.bins.map(\.count) == [1, 2, 0, 0, 1])
        }

        @Test func widthsAreNiceAndEdgesAligned() {
            let histogram = Histogram(ValueCounts([3, 17, 48, 99, 151]), integer: true, targetBins: 8)
            #expect(histogram.width == 20)
            #expect(histogram.bins.first?.lower == 0)
            #expect(histogram.bins.last?.upper == 160)
            #expect(histogram.bins.map(\.count).reduce(0, +) == 5)
        }

        @Test func integerWidthIsNeverFractional() {
            let histogram = Histogram(ValueCounts([1, 2, 3]), integer: true, targetBins: 20)
            #expect(histogram.width == 1)
        }

        @Test func decimalsMayUseFractionalWidths() {
            let histogram = Histogram(ValueCounts([0.1, 0.4, 0.9, 1.2]), integer: false, targetBins: 5)
            #expect(histogram.width == 0.25)
            #expect(histogram.bins.map(\.count).reduce(0, +) == 4)
        }

        @Test func noValuesNoBins() {
            #expect(Histogram(ValueCounts(), integer: true).bins.isEmpty)
        }

        @Test func oneDistinctValueIsOneBin() {
            let histogram = Histogram(ValueCounts([7, 7, 7]), integer: false)
            #expect(histogram.bins == [Histogram.Bin(lower: 7, upper: 8, count: 3)])
        }

        @Test(arguments: [1, 10, 1000, 100_000])
        func randomDataStaysWithinBounds(count: Int) {
            var generator = SeededGenerator(seed: UInt64(count))
            let values = ValueCounts((0..<count).map { _ in Double(Int.random(in: 0...5000, using: &generator)) })
            let histogram = Histogram(values, integer: true)
            #expect(histogram.bins.count <= Histogram.maximumBins + 1)
            #expect(histogram.bins.map(\.count).reduce(0, +) == count)
            for (value, _) in values.counts {
                let bin = histogram.bins.first { $0.lower <= value && value < $0.upper }
                #expect(bin != nil)
            }
        }
    }
}

func isClose(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (let a?, let b?): return (a - b).magnitude <= tolerance * max(1, a.magnitude, b.magnitude)
    default: return false
    }
}
