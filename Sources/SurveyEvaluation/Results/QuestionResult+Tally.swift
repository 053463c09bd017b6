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
            selections = Self.selections(tally.multiple?.selections ?? [], shown: tally.shown, limits: plan.limits)
            if includeTexts { texts = tally.multiple?.otherTexts.sortedTexts }
        case .number(let integer, let unit):
            self.unit = unit
            let values = tally.numbers ?? ValueCounts()
            // Sorted once for both: at a million responses sorting is most of a report's time.
            let sorted = values.sorted
            stats = Summary(sorted: sorted)
            histogram = Histogram(sorted: sorted, total: values.total, integer: integer, maximum: plan.limits.maximum)
                .bins.map(HistogramBin.init)
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
            fillDates(tally.dates, layout: tally.dates.flatMap(DateBinLayout.init))
        }
    }

    /// Counts the answers of `dates` in the bins of `layout`: its own for a
    /// total, the total's for a group, so that the rows line up.
    mutating func fillDates(_ dates: DateTally?, layout: DateBinLayout?) {
        dateBins = layout?.width
        months = (layout?.bins(dates ?? DateTally()) ?? []).map {
            Frequency(value: $0.label, label: $0.label, count: $0.count)
        }
    }

    /// How many respondents chose 0, 1, 2, … options, from 0 to the most an
    /// answer may have (the definition's maximum, else every option).
    ///
    /// Choosing nothing is stored as no answer, so "0 chosen" is everyone
    /// shown the question minus those who chose something. Answers with more
    /// choices than the definition now allows (it changed after they were
    /// given) are counted with the maximum rather than dropped.
    private static func selections(_ counts: [Int], shown: Int, limits: AnswerLimits) -> [Frequency] {
        guard !counts.isEmpty else { return [] }
        let most = max(0, min(limits.maximumChoices ?? counts.count - 1, counts.count - 1))
        var chosen = Array(counts.prefix(most + 1))
        chosen[most] += counts.dropFirst(most + 1).reduce(0, +)
        chosen[0] = max(0, shown - chosen.dropFirst().reduce(0, +))
        return chosen.enumerated().map {
            Frequency(value: String($0.offset), label: String($0.offset), count: $0.element)
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

extension HistogramBin {
    /// The result's bin of a histogram bin, before suppression.
    init(_ bin: Histogram.Bin) {
        self.init(from: bin.lower, to: bin.upper, count: bin.count)
        includesUpper = bin.includesUpper
    }
}
