import Foundation

/// A seeded xoshiro256** generator, so a seed always gives the same responses on every platform.
///
/// The state is filled from the seed by SplitMix64, as the xoshiro authors recommend;
/// Foundation's and the standard library's generators are not seedable or not stable across versions.
public struct RandomSource: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Creates a generator whose whole output is determined by `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func nextSplitMix() -> UInt64 {
            splitMix &+= Self.golden
            return Self.mix(splitMix)
        }
        state = (nextSplitMix(), nextSplitMix(), nextSplitMix(), nextSplitMix())
    }

    /// Creates the generator of one numbered stream of `seed`, such as one response among many.
    ///
    /// The stream number is scrambled before it meets the seed, so neighbouring
    /// streams do not start from overlapping SplitMix64 sequences.
    public init(seed: UInt64, stream: UInt64) {
        self.init(seed: Self.mix(seed ^ Self.mix(stream &+ Self.golden)))
    }

    private static let golden: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The SplitMix64 finaliser: a bijection that spreads every input bit over the output.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let shifted = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= shifted
        state.3 = rotate(state.3, 45)
        return result
    }

    /// A double in [0, 1) from the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A whole number in `range`, without modulo bias (Lemire's multiply-and-reject).
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        guard span != 0 else { return Int(truncatingIfNeeded: next()) }
        var product = next().multipliedFullWidth(by: span)
        if product.low < span {
            let threshold = (0 &- span) % span
            while product.low < threshold { product = next().multipliedFullWidth(by: span) }
        }
        return range.lowerBound &+ Int(truncatingIfNeeded: product.high)
    }

    /// A standard normal deviate (Box–Muller).
    public mutating func normal() -> Double {
        let u = 1 - unit() // in (0, 1], so the logarithm is finite
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * unit())
    }

    /// An index drawn with probability proportional to `weights`; nil when no weight is positive.
    public mutating func index(weightedBy weights: [Double]) -> Int? {
        let total = weights.reduce(0) { $0 + max($1, 0) }
        guard total > 0 else { return nil }
        var target = unit() * total
        for (index, weight) in weights.enumerated() where weight > 0 {
            target -= weight
            if target < 0 { return index }
        }
        return weights.lastIndex { $0 > 0 }
    }

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}
