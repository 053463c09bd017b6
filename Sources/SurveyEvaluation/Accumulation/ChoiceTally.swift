/// Counts per category of a single choice, a boolean, a scale or a matrix row.
///
/// The slot after the last category counts the free-text "other" choice or a
/// scale's "not applicable", when the plan has one.
public struct ChoiceTally: Sendable, Hashable {
    /// Count per category, then the extra slot if any.
    public internal(set) var counts: [Int]
    /// The "other" texts given.
    public internal(set) var otherTexts = TextCounts()

    /// Creates a tally of `categories` categories, plus one slot if `extraSlot`.
    init(categories: Int, extraSlot: Bool) {
        counts = Array(repeating: 0, count: categories + (extraSlot ? 1 : 0))
    }

    /// Counts category `index`; false (and nothing counted) if there is no such category.
    mutating func add(_ index: Int, weight: Int) -> Bool {
        guard counts.indices.contains(index) else { return false }
        counts[index] += weight
        return true
    }

    /// Counts the "other" slot with its text; false if the tally has no extra slot.
    mutating func addOther(_ text: String?, extraSlot index: Int, weight: Int) -> Bool {
        guard add(index, weight: weight) else { return false }
        if let text { otherTexts.add(text, weight: weight) }
        return true
    }
}
