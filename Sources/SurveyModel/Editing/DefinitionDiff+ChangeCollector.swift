extension DefinitionDiff {
    /// Walks both versions in the new one's reading order and records what differs.
    struct ChangeCollector {
        let old: Survey
        let new: Survey
        /// The languages texts are compared in: the new version's, then those only the old one had.
        let languages: [String]
        private(set) var changes: [DefinitionChange] = []

        init(old: Survey, new: Survey) {
            self.old = old
            self.new = new
            languages = new.languages + old.languages.filter { !new.languages.contains($0) }
        }

        mutating func add(_ subject: DefinitionChange.Subject, page: String?, _ kind: DefinitionChange.Kind) {
            changes.append(DefinitionChange(subject, page: page, kind))
        }

        /// Records a setting whose value differs; nil stands for a setting that is absent.
        mutating func setting(
            _ setting: DefinitionChange.Setting, _ before: DefinitionChange.Value?,
            _ after: DefinitionChange.Value?, _ subject: DefinitionChange.Subject, page: String?
        ) {
            guard before != after else { return }
            add(subject, page: page, .setting(setting, old: before, new: after))
        }

        /// Records a text added or removed as a whole, or each language in which it reads differently.
        mutating func text(
            _ field: DefinitionChange.TextField, _ before: LocalizedText?, _ after: LocalizedText?,
            _ subject: DefinitionChange.Subject, page: String?
        ) {
            switch (before, after) {
            case (nil, nil):
                return
            case (let before?, let after?):
                // A plain string reads the same in every language: one change, named by no language.
                let compared = before.isPlain && after.isPlain ? Array(languages.prefix(1)) : languages
                for language in compared where before.text(in: language) != after.text(in: language) {
                    let named = compared.count > 1 ? language : nil
                    add(
                        subject, page: page,
                        .text(field, language: named, old: before.text(in: language), new: after.text(in: language)))
                }
            default:
                add(subject, page: page, .textPresence(field, old: before, new: after))
            }
        }
    }

    /// The ids both lists hold that keep their relative order: a longest common subsequence.
    ///
    /// An id outside it has moved; inserting or removing others moves nothing. Ids are unique in
    /// each list (the loader sees to it), so this is the longest increasing run of old positions
    /// in new order, found in O(n log n) by patience sorting.
    static func stableIDs(old: [String], new: [String]) -> Set<String> {
        let oldPositions = Dictionary(old.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let sequence = new.compactMap { id in oldPositions[id].map { (id: id, position: $0) } }
        // tails[k]: the index in `sequence` of the smallest end of an increasing run of length k + 1.
        var tails: [Int] = []
        var previous = Array(repeating: -1, count: sequence.count)
        for (index, element) in sequence.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if sequence[tails[middle]].position < element.position { low = middle + 1 } else { high = middle }
            }
            previous[index] = low > 0 ? tails[low - 1] : -1
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var stable = Set<String>()
        var index = tails.last ?? -1
        while index >= 0 {
            stable.insert(sequence[index].id)
            index = previous[index]
        }
        return stable
    }
}
