/// A linear value axis from zero (or a negative minimum) to a nice maximum,
/// with ticks in steps of 1, 2 or 5 times a power of ten.
struct AxisScale: Sendable, Equatable {
    /// The lowest value on the axis.
    var minimum: Double
    /// The highest value on the axis.
    var maximum: Double
    /// The distance between ticks.
    var step: Double
    /// How many decimals the tick labels need to show the step exactly.
    var decimals: Int

    /// Finds the axis for data between `low` and `high`.
    ///
    /// - Parameters:
    ///   - low: The smallest data value; the axis always includes zero.
    ///   - high: The largest data value.
    ///   - targetTicks: About how many intervals the axis should have.
    ///   - cap: An upper limit such as 100 for percentages, used when the
    ///     data stay below it and the nice maximum would overshoot it.
    ///   - tight: Ends the axis at the next fifth of a step beyond the data
    ///     rather than at the next tick, for charts whose space is short.
    init(low: Double, high: Double, targetTicks: Int = 5, cap: Double? = nil, tight: Bool = false) {
        // Clamping keeps the span finite, so the step and the ticks are too.
        let lowest = max(-1e300, min(0, low.isFinite ? low : 0))
        var highest = min(1e300, max(0, high.isFinite ? high : 0))
        // A span too small for a readable tick label is widened to one unit.
        if !(highest - lowest > 1e-9) { highest = lowest + 1 }
        let (step, decimals) = Self.niceStep(for: (highest - lowest) / Double(max(1, targetTicks)))
        self.step = step
        self.decimals = decimals
        let unit = tight ? step / 5 : step
        self.minimum = lowest < 0 ? -Self.ceilingMultiple(of: unit, covering: -lowest) : 0
        var maximum = Self.ceilingMultiple(of: unit, covering: highest)
        if let cap, highest <= cap, maximum > cap { maximum = cap }
        self.maximum = maximum
    }

    /// The multiples of the step from minimum to maximum.
    var ticks: [Double] {
        var result: [Double] = []
        var index = (minimum / step - 1e-9).rounded(.up)
        // Index arithmetic avoids the drift of repeated addition; the count
        // limit guards against a step lost in rounding at extreme magnitudes.
        while index * step <= maximum + step * 1e-9 && result.count < 100 {
            result.append(index * step)
            index += 1
        }
        return result
    }

    /// Maps a value onto `range`, a pixel interval.
    func position(of value: Double, in range: ClosedRange<Double>) -> Double {
        let fraction = (value - minimum) / (maximum - minimum)
        return range.lowerBound + fraction * (range.upperBound - range.lowerBound)
    }

    /// The smallest step of 1, 2 or 5 times a power of ten at least `rough`,
    /// and the decimals it needs.
    static func niceStep(for rough: Double) -> (step: Double, decimals: Int) {
        guard rough.isFinite, rough > 0 else { return (1, 0) }
        var exponent = 0
        var power = 1.0
        // Exact powers of ten by repeated multiplication or division, with
        // no logarithm, so every platform finds the same step.
        while power * 10 <= rough {
            power *= 10
            exponent += 1
        }
        while power > rough {
            power /= 10
            exponent -= 1
        }
        for multiple in [1.0, 2.0, 5.0, 10.0] where multiple * power >= rough * (1 - 1e-12) {
            let step = multiple * power
            let decimals = multiple == 10 ? max(0, -(exponent + 1)) : max(0, -exponent)
            return (step, decimals)
        }
        return (10 * power, max(0, -(exponent + 1)))
    }

    /// The smallest multiple of `step` that is at least `value`.
    private static func ceilingMultiple(of step: Double, covering value: Double) -> Double {
        (value / step - 1e-9).rounded(.up) * step
    }
}
