extension QuestionResult {
    /// The unsuppressed result of `tally`; percentages are filled in later by ``fillPercentages()``.
    ///
    /// - Parameters:
    ///   - plan: The question.
    ///   - tally: Its counts in one set of responses.
    ///   - submitted: Submitted responses in that set.
    ///   - includeTexts: Whether free texts are listed (they can identify a respondent).
    init(plan: QuestionPlan, tally: QuestionTally, submitted: Int, includeTexts: Bool) {
        let percentBase: PercentBase = if case .multiple = plan.kind { .shown } else { .answered }
        self.init(
            id: plan.id, type: plan.typeName, title: plan.title,
            base: Base(submitted: submitted, shown: tally.shown, answered: tally.answered), percentBase: percentBase)
        switch plan.kind {
        case .single(let options, let other):
            let categories = options + (other.map { [Category(value: "other", label: $0)] } ?? [])
            frequencies = Self.frequencies(categories, tally.categories?.counts)
            if includeTexts { texts = tally.categories?.otherTexts.sortedTexts }
        case .boolean(let yes, let no):
            frequencies = Self.frequencies(
                [Category(value: "true", label: yes), Category(value: "false", label: no)], tally.categories?.counts)
        case .scale(let scale):
            fillScale(scale, counts: tally.categories?.counts ?? [])
        case .multiple(let options, let other):
            let categories = options + (other.map { [Category(value: "other", label: $0)] } ?? [])
            frequencies = Self.frequencies(categories, tally.multiple?.counts)
            // Choosing nothing is stored as no answer, so "0 chosen" is everyone
            // shown the question minus those who chose something.
            var chosen = tally.multiple?.selections ?? []
            if !chosen.isEmpty { chosen[0] = max(0, tally.shown - chosen.dropFirst().reduce(0, +)) }
            selections = chosen.enumerated().map {
                Frequency(value: String($0.offset), label: String($0.offset), count: $0.element)
            }
            if includeTexts { texts = tally.multiple?.otherTexts.sortedTexts }
        case .number(let integer, let unit):
            self.unit = unit
            let values = tally.numbers ?? ValueCounts()
            stats = Summary(values)
            histogram = Histogram(values, integer: integer).bins.map {
                HistogramBin(from: $0.lower, to: $0.upper, count: $0.count)
            }
        case .matrix(let rowCategories, let cells):
            rows = zip(rowCategories, tally.rows ?? []).map { row, rowTally in
                QuestionResult(
                    plan: QuestionPlan(id: "\(plan.id).\(row.value)", title: row.label, kind: cells.rowKind),
                    tally: rowTally, submitted: submitted, includeTexts: includeTexts)
            }
        case .ranking(let options, _):
            ranking = options.indices.map { index in
                let rank = tally.ranking?.meanRank(of: index) ?? (mean: nil, ranked: 0)
                let first = tally.ranking?.ranks[index].first ?? 0
                return RankedOption(
                    value: options[index].value, label: options[index].label, ranked: rank.ranked,
                    meanRank: rank.mean, first: first)
            }
        case .text:
            if includeTexts { texts = tally.texts?.sortedTexts }
        case .date:
            if let range = tally.dates?.range {
                dateRange = DateRange(from: Self.isoDay(range.lowerBound), to: Self.isoDay(range.upperBound))
            }
            months = (tally.dates?.months ?? []).map { entry in
                let text = "\(entry.month / 100)-\(Self.twoDigits(entry.month % 100))"
                return Frequency(value: text, label: text, count: entry.count)
            }
        }
    }

    private mutating func fillScale(_ scale: ScalePlan, counts: [Int]) {
        var categories = scale.categories
        if let notApplicable = scale.notApplicable { categories.append(Category(value: "na", label: notApplicable)) }
        frequencies = Self.frequencies(categories, counts)
        let points = (0..<scale.pointCount).compactMap { index -> (value: Double, count: Int)? in
            guard counts.indices.contains(index), counts[index] > 0 else { return nil }
            return (value: Double(scale.from + index), count: counts[index])
        }
        stats = Summary(sorted: points)
    }

    private static func frequencies(_ categories: [Category], _ counts: [Int]?) -> [Frequency] {
        categories.enumerated().map { index, category in
            let count = counts.flatMap { $0.indices.contains(index) ? $0[index] : nil } ?? 0
            return Frequency(value: category.value, label: category.label, count: count)
        }
    }

    private static func isoDay(_ key: Int) -> String {
        "\(key / 10000)-\(twoDigits(key / 100 % 100))-\(twoDigits(key % 100))"
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    /// Computes every percentage from the (possibly suppressed) counts and the bases.
    mutating func fillPercentages() {
        let base = self.base.count(percentBase)
        func percent(_ count: Int?, of base: Int?) -> Double? {
            guard let count, let base, base > 0 else { return nil }
            return Double(count) * 100 / Double(base)
        }
        for index in frequencies.indices {
            frequencies[index].percent = percent(frequencies[index].count, of: base)
        }
        for index in selections.indices {
            selections[index].percent = percent(selections[index].count, of: self.base.shown)
        }
        for index in months.indices {
            months[index].percent = percent(months[index].count, of: self.base.answered)
        }
        for index in ranking.indices {
            ranking[index].firstPercent = percent(ranking[index].first, of: self.base.answered)
        }
        for index in rows.indices { rows[index].fillPercentages() }
    }
}
