/// Occurrences per distinct number, in an open-addressing table keyed by the bit pattern.
///
/// Counting a million numbers into ``ValueCounts``' dictionary hashes each one
/// with SipHash; this table hashes by multiplication and hands only the
/// distinct values to the dictionary at the end.
struct DoubleCounts: Sendable {
    /// Counts of the whole numbers 0..<denseLimit, the common answers (pupils, rooms, devices), by value.
    private var dense: [Int] = []
    private static let denseLimit = 4096
    private var keys: [UInt64]
    private var counts: [Int]
    private var used = 0
    /// The bit pattern of NaN never occurs as a number (JSON cannot write one), so it marks a free slot.
    private static let free = Double.nan.bitPattern

    init() {
        keys = Array(repeating: Self.free, count: 16)
        counts = Array(repeating: 0, count: 16)
    }

    mutating func add(_ value: Double) {
        if value >= 0, value < Double(Self.denseLimit), value == value.rounded(.towardZero), value.sign == .plus {
            if dense.isEmpty { dense = Array(repeating: 0, count: Self.denseLimit) }
            dense[Int(value)] += 1
            return
        }
        // +0 and -0 are one key, as in the dictionary.
        let key = value == 0 ? 0 : value.bitPattern
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let found = keys[slot]
            if found == key {
                counts[slot] += 1
                return
            }
            if found == Self.free {
                keys[slot] = key
                counts[slot] = 1
                used += 1
                if used * 2 > keys.count { grow() }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let old = zip(keys, counts).filter { $0.0 != Self.free }
        keys = Array(repeating: Self.free, count: keys.count * 2)
        counts = Array(repeating: 0, count: keys.count)
        used = 0
        let mask = keys.count - 1
        for (key, count) in old {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while keys[slot] != Self.free { slot = (slot + 1) & mask }
            keys[slot] = key
            counts[slot] = count
            used += 1
        }
    }

    /// Adds every counted value to `values`.
    func add(to values: inout ValueCounts) {
        for (value, count) in dense.enumerated() where count > 0 { values.add(Double(value), weight: count) }
        for (key, count) in zip(keys, counts) where key != Self.free {
            values.add(Double(bitPattern: key), weight: count)
        }
    }
}
