import Testing

@testable import SurveyCharts

@Suite struct AxisScaleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var low: Double
        var high: Double
        var target: Int
        var cap: Double?
        var ticks: [Double]
        var testDescription: String { "\(low)…\(high) in \(target)" }
    }

    static let cases: [Case] = [
        Case(low: 0, high: 64.7, target: 5, cap: 100, ticks: [0, 20, 40, 60, 80]),
        Case(low: 0, high: 97, target: 5, cap: 100, ticks: [0, 20, 40, 60, 80, 100]),
        // 1-2-5 steps: 0.7 / 5 = 0.14 rounds up to a step of 0.2.
        Case(low: 0, high: 0.7, target: 5, cap: nil, ticks: [0, 0.2, 0.4, 0.6000000000000001, 0.8]),
        Case(low: 0, high: 6, target: 5, cap: nil, ticks: [0, 2, 4, 6]),
        Case(low: 0, high: 1234, target: 4, cap: nil, ticks: [0, 500, 1000, 1500]),
        Case(low: -71, high: 71, target: 8, cap: 100, ticks: [-80, -60, -40, -20, 0, 20, 40, 60, 80]),
        Case(low: 0, high: 0, target: 5, cap: nil, ticks: [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1]),
        // The cap stops a percent axis at 100 instead of 120.
        Case(low: 0, high: 100, target: 3, cap: 100, ticks: [0, 50, 100]),
        Case(low: 0, high: 99, target: 2, cap: 100, ticks: [0, 50, 100]),
    ]

    @Test(arguments: cases)
    func findsNiceTicks(_ testCase: Case) {
        let scale = AxisScale(low: testCase.low, high: testCase.high, targetTicks: testCase.target, cap: testCase.cap)
        #expect(scale.ticks == testCase.ticks)
    }

    @Test func stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for rough in [0.013, 0.3, 1, 1.2, 2.5, 4.9, 7, 13, 333, 99_999] {
            let (step, _) = AxisScale.niceStep(for: rough)
            #expect(step >= rough * (1 - 1e-12))
            var mantissa = step
            while mantissa >= 10 { mantissa /= 10 }
            while mantissa < 1 { mantissa *= 10 }
            let rounded = (mantissa * 1000).rounded() / 1000
            #expect([1, 2, 5].contains(rounded), "step \(step) for \(rough)")
        }
    }

    @Test func decimalsFollowTheStep() {
        #expect(AxisScale(low: 0, high: 0.7, targetTicks: 5).decimals == 1)
        #expect(AxisScale(low: 0, high: 0.07, targetTicks: 5).decimals == 2)
        #expect(AxisScale(low: 0, high: 70, targetTicks: 5).decimals == 0)
    }

    @Test func extremeAndMissingValuesGiveABoundedAxis() {
        for (low, high) in [
            (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude), (.nan, .infinity), (-1e308, 0),
            (0, Double.leastNonzeroMagnitude), (-1e-300, 0),
        ] {
            let scale = AxisScale(low: low, high: high)
            #expect(scale.maximum > scale.minimum)
            #expect((2...100).contains(scale.ticks.count))
        }
    }

    @Test func axisDropsTicksWhoseLabelsWouldCollide() {
        let wide = ValueAxis(
            low: 0, high: 100, start: 0, end: 500, style: .percent, language: .german, labelsAcross: true)
        let narrow = ValueAxis(
            low: 0, high: 100, start: 0, end: 90, style: .percent, language: .german, labelsAcross: true)
        #expect(wide.scale.ticks.count > narrow.scale.ticks.count)
        let spacing = 90 / Double(narrow.scale.ticks.count - 1)
        #expect(narrow.widestLabel < spacing)
    }
}
