/// A multiset of numbers: how often each distinct value occurs.
///
/// Adding and removing a value are O(1), so a live evaluation can take back a
/// revised response; memory grows with the number of distinct values, not
/// with the number of responses (integer answers in a bounded range stay small).
public struct ValueCounts: Sendable, Hashable {
    /// Occurrences by value; never holds a zero.
    public private(set) var counts: [Double: Int] = [:]
    /// Number of values, counting repeats.
    public private(set) var total = 0

    /// Creates an empty multiset.
    public init() {}

    /// Creates a multiset holding `values`.
    public init(_ values: some Sequence<Double>) {
        for value in values { add(value) }
    }

    /// Adds `value` once, or takes it back once when `weight` is -1.
    ///
    /// Taking back more than was added is ignored: a live evaluation whose
    /// participant data changed in between must not fail, and counts never go negative.
    public mutating func add(_ value: Double, weight: Int = 1) {
        let updated = counts[value, default: 0] + weight
        guard updated >= 0 else { return }
        counts[value] = updated == 0 ? nil : updated
        total += weight
    }

    /// The distinct values in ascending order with their counts.
    public var sorted: [(value: Double, count: Int)] {
        counts.sorted { $0.key < $1.key }.map { (value: $0.key, count: $0.value) }
    }

    /// Adds every value of `other`.
    public mutating func merge(_ other: ValueCounts) {
        for (value, count) in other.counts { add(value, weight: count) }
    }
}
