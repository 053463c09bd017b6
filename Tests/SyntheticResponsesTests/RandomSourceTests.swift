import Testing

@testable import SyntheticResponses

struct RandomSourceTests {
    @Test func matchesTheReferenceAlgorithm() {
        // Computed with the xoshiro256** and SplitMix64 reference code (Blackman and Vigna) for seed 12345.
        var random = RandomSource(seed: 12345)
        #expect(
            [random.next(), random.next(), random.next()] == [
                0xBE6A_3637_4160_D49B, 0x214A_AA06_37A6_88C6, 0xF69D_16DE_9954_D388,
            ])
    }

    @Test func sameSeedSameSequence() {
        var first = RandomSource(seed: 7)
        var second = RandomSource(seed: 7)
        var other = RandomSource(seed: 8)
        let a = (0..<100).map { _ in first.next() }
        #expect(a == (0..<100).map { _ in second.next() })
        #expect(a != (0..<100).map { _ in other.next() })
    }

    @Test(arguments: [0...0, 1...6, -3...3, 0...1_000_000, Int.min...Int.max])
    func integersStayInRange(range: ClosedRange<Int>) {
        var random = RandomSource(seed: 1)
        for _ in 0..<2000 { #expect(range.contains(random.integer(in: range))) }
    }

    @Test func integersAreEven() {
        var random = RandomSource(seed: 2)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[random.integer(in: 0...5)] += 1 }
        #expect(counts.allSatisfy { (9_500...10_500).contains($0) }, "\(counts)")
    }

    @Test func weightsAreRespected() {
        var random = RandomSource(seed: 3)
        var counts = [0, 0, 0]
        for _ in 0..<40_000 { counts[random.index(weightedBy: [1, 0, 3]) ?? 1] += 1 }
        #expect(counts[1] == 0)
        #expect((9_400...10_600).contains(counts[0]), "\(counts)")
        #expect(random.index(weightedBy: [0, -1]) == nil)
    }

    @Test func unitAndNormalLookRight() {
        var random = RandomSource(seed: 4)
        let units = (0..<20_000).map { _ in random.unit() }
        #expect(units.allSatisfy { $0 >= 0 && $0 < 1 })
        let normals = (0..<20_000).map { _ in random.normal() }
        let mean = normals.reduce(0, +) / Double(normals.count)
        let variance = normals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(normals.count - 1)
        #expect(abs(mean) < 0.03)
        #expect(abs(variance - 1) < 0.05)
    }
}
