extension QuestionResult {
    /// Why figures of this result are hidden, for a footnote that explains only the marks that occur.
    var withheldReasons: Set<Withheld> {
        var reasons = Set(
            frequencies.compactMap(\.withheld) + selections.compactMap(\.withheld) + months.compactMap(\.withheld)
                + histogram.compactMap(\.withheld) + ranking.compactMap(\.withheld)
                + ranking.compactMap(\.rankedWithheld))
        if let withheld { reasons.insert(withheld) }
        if let statsWithheld { reasons.insert(statsWithheld) }
        for row in rows { reasons.formUnion(row.withheldReasons) }
        return reasons
    }
}

extension QuestionEntry {
    var withheldReasons: Set<Withheld> {
        groups.reduce(total.withheldReasons) { $0.union($1.withheldReasons) }
    }
}

extension EvaluationResult {
    var withheldReasons: Set<Withheld> {
        var reasons = questions.reduce(Set<Withheld>()) { $0.union($1.withheldReasons) }
        if breakdown?.groups.contains(where: \.suppressed) == true { reasons.insert(.fewAnswers) }
        return reasons
    }
}
