/// A set of option positions that does not allocate for the first 64 options.
struct OptionMask {
    private var bits: UInt64 = 0
    private var beyond: Set<Int> = []

    /// Adds `index`; false if it was already there.
    mutating func insert(_ index: Int) -> Bool {
        guard (0..<64).contains(index) else { return beyond.insert(index).inserted }
        let bit: UInt64 = 1 << UInt64(index)
        defer { bits |= bit }
        return bits & bit == 0
    }
}
