/// A multiset of texts, so that a revised free-text answer can be taken back.
public struct TextCounts: Sendable, Hashable {
    /// Occurrences by text; never holds a zero.
    public private(set) var counts: [String: Int] = [:]
    /// Number of texts, counting repeats.
    public private(set) var total = 0

    public init() {}

    /// Adds `text` once, or takes it back when `weight` is -1.
    mutating func add(_ text: String, weight: Int) {
        let updated = counts[text, default: 0] + weight
        guard updated >= 0 else { return } // more taken back than added: see ValueCounts.add
        counts[text] = updated == 0 ? nil : updated
        total += weight
    }

    /// Every text as often as it was given, sorted so output does not depend on arrival order.
    public var sortedTexts: [String] {
        counts.sorted { $0.key < $1.key }.flatMap { Array(repeating: $0.key, count: $0.value) }
    }
}
