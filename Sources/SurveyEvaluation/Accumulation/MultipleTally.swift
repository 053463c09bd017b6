/// Counts of a multiple-choice question: respondents per option and how many options each chose.
public struct MultipleTally: Sendable, Hashable {
    /// Respondents per option, then the "other" choice if offered.
    public internal(set) var counts: [Int]
    /// `selections[k]`: respondents who chose exactly k options ("other" included).
    public internal(set) var selections: [Int]
    public internal(set) var otherTexts = TextCounts()
    private let hasOther: Bool

    init(options: Int, other: Bool) {
        hasOther = other
        counts = Array(repeating: 0, count: options + (other ? 1 : 0))
        selections = Array(repeating: 0, count: options + (other ? 1 : 0) + 1)
    }

    /// Counts one answer; option positions outside the plan are ignored, repeats counted once.
    mutating func add(_ indices: [Int], other: String?, weight: Int) {
        var chosen = 0
        // An answer lists each option at most once; the mask guards anyway so
        // that a malformed record cannot count a respondent twice.
        var seen = OptionMask()
        let optionCount = counts.count - (hasOther ? 1 : 0)
        for index in indices where index >= 0 && index < optionCount && seen.insert(index) {
            counts[index] += weight
            chosen += 1
        }
        if hasOther, let other {
            counts[optionCount] += weight
            otherTexts.add(other, weight: weight)
            chosen += 1
        }
        selections[min(chosen, selections.count - 1)] += weight
    }
}
