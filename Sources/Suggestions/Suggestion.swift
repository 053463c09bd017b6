/// Finds the candidate closest to a mistyped word, for "did you mean …?" hints.
///
/// Distances are Damerau–Levenshtein (optimal string alignment: insertions,
/// deletions, substitutions and swaps of two neighbours), counted in Unicode
/// scalars and ignoring case, so `requried` finds `required` and `Schulart`
/// finds `schulart`. A candidate qualifies only when the distance is at most a
/// third of the word's length (at least 1) and smaller than either word, so a
/// short word is never "corrected" into something unrelated (`ab` finds
/// nothing in `xy`). Ties go to the alphabetically first candidate, which keeps
/// messages stable whatever order a dictionary hands out its keys in.
///
/// - Parameters:
///   - word: The word that was not recognised.
///   - candidates: The words that would have been accepted.
/// - Returns: The closest candidate, or `nil` when none is close enough or the
///   word itself is among the candidates.
package func closestMatch(to word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    let limit = max(1, target.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != word {
        let other = Array(candidate.lowercased().unicodeScalars)
        // The length difference is a lower bound of the distance; skipping early
        // keeps the cost bounded when a word is far longer than any candidate.
        guard abs(other.count - target.count) <= limit else { continue }
        let distance = editDistance(target, other)
        guard distance <= limit, distance < min(target.count, other.count) else { continue }
        if let current = best,
            current.distance < distance || (current.distance == distance && current.candidate < candidate)
        {
            continue
        }
        best = (candidate, distance)
    }
    return best?.candidate
}

/// The optimal-string-alignment distance between two scalar sequences.
private func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rolling rows: the transposition step looks two rows back.
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, previousPrevious[j - 2] + 1)
            }
            current[j] = value
        }
        (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
}
