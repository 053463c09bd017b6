extension Evaluation {
    /// Adds every response counted in `other`, which must have the same plan.
    ///
    /// Lets parts of a log be counted on several cores and combined.
    mutating func merge(_ other: Evaluation) {
        precondition(plan == other.plan, "merged evaluations of different plans")
        total.merge(other.total)
        for index in groups.indices where other.groups.indices.contains(index) {
            groups[index].merge(other.groups[index])
        }
    }
}

extension GroupTally {
    mutating func merge(_ other: GroupTally) {
        submitted += other.submitted
        for index in questions.indices where other.questions.indices.contains(index) {
            questions[index].merge(other.questions[index])
        }
    }
}

extension QuestionTally {
    mutating func merge(_ other: QuestionTally) {
        shown += other.shown
        answered += other.answered
        if let theirs = other.categories { categories?.merge(theirs) }
        if let theirs = other.multiple { multiple?.merge(theirs) }
        if let theirs = other.numbers { numbers?.merge(theirs) }
        if let theirs = other.ranking { ranking?.merge(theirs) }
        if let theirs = other.texts { texts?.merge(theirs) }
        if let theirs = other.dates { dates?.merge(theirs) }
        if let theirs = other.rows {
            for index in theirs.indices where rows?.indices.contains(index) == true {
                rows?[index].merge(theirs[index])
            }
        }
    }
}

extension ChoiceTally {
    mutating func merge(_ other: ChoiceTally) {
        counts.addElementwise(other.counts)
        otherTexts.merge(other.otherTexts)
    }
}

extension MultipleTally {
    mutating func merge(_ other: MultipleTally) {
        counts.addElementwise(other.counts)
        selections.addElementwise(other.selections)
        otherTexts.merge(other.otherTexts)
    }
}

extension RankingTally {
    mutating func merge(_ other: RankingTally) {
        for index in ranks.indices where other.ranks.indices.contains(index) {
            ranks[index].addElementwise(other.ranks[index])
        }
    }
}

extension TextCounts {
    mutating func merge(_ other: TextCounts) {
        for (text, count) in other.counts { add(text, weight: count) }
    }
}

extension DateTally {
    mutating func merge(_ other: DateTally) {
        for (day, count) in other.days { days[day, default: 0] += count }
    }
}

extension Array where Element == Int {
    /// Adds `other` position by position, as far as both reach.
    mutating func addElementwise(_ other: [Int]) {
        for index in indices where other.indices.contains(index) { self[index] += other[index] }
    }
}
