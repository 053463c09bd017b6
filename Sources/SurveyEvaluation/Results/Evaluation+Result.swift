extension Evaluation {
    /// The evaluation as it stands, with small cells suppressed and percentages computed.
    ///
    /// - Parameters:
    ///   - filter: The filter expression's text, recorded in the output.
    ///   - includeTexts: Whether free texts and "other" texts are listed; they
    ///     can identify a respondent, so reports list them only on request.
    public func result(filter: String? = nil, includeTexts: Bool = false) -> EvaluationResult {
        let suppression = SmallCellSuppression(threshold: plan.minGroupSize)
        let groupHidden = suppression.hiddenGroups(groups.map(\.submitted))
        var hasSuppressions = groupHidden.contains(true)

        let entries = plan.questions.indices.map { index in
            let question = plan.questions[index]
            var columns = [
                QuestionResult(
                    plan: question, tally: total.questions[index], submitted: total.submitted,
                    includeTexts: includeTexts)
            ]
            for group in groups.indices {
                var result = QuestionResult(
                    plan: question, tally: groups[group].questions[index], submitted: groups[group].submitted,
                    includeTexts: includeTexts)
                // Groups use the total's bins (numbers and dates) so that their rows line up.
                if case .number(let integer, _) = question.kind, let values = groups[group].questions[index].numbers {
                    let layout = Histogram(
                        total.questions[index].numbers ?? ValueCounts(), integer: integer,
                        maximum: question.limits.maximum)
                    result.histogram = Histogram(values, layout: layout).bins.map(HistogramBin.init)
                }
                if case .date = question.kind {
                    let layout = total.questions[index].dates.flatMap(DateBinLayout.init)
                    result.fillDates(groups[group].questions[index].dates, layout: layout)
                }
                columns.append(result)
            }
            let hiddenColumns = [false] + groupHidden
            hasSuppressions =
                suppress(&columns, hiddenColumns: hiddenColumns, kind: question.kind, suppression) || hasSuppressions
            for column in columns.indices { columns[column].fillPercentages() }
            return QuestionEntry(total: columns[0], groups: Array(columns.dropFirst()))
        }

        let breakdown = plan.breakdown.map { breakdown in
            BreakdownResult(
                id: breakdown.id, label: breakdown.label,
                groups: breakdown.groups.indices.map { index in
                    let hidden = groupHidden.indices.contains(index) && groupHidden[index]
                    return GroupInfo(
                        value: breakdown.groups[index].value, label: breakdown.groups[index].label,
                        responses: hidden ? nil : groups[index].submitted, suppressed: hidden)
                })
        }
        return EvaluationResult(
            surveyID: plan.surveyID, title: plan.title, responses: total.submitted, filter: filter,
            minGroupSize: plan.minGroupSize, breakdown: breakdown, questions: entries,
            hasSuppressions: hasSuppressions)
    }

    /// Applies suppression to one question's columns (total, then groups); true if anything was hidden.
    private func suppress(
        _ columns: inout [QuestionResult], hiddenColumns groupHidden: [Bool], kind: QuestionPlan.Kind,
        _ suppression: SmallCellSuppression
    ) -> Bool {
        guard suppression.threshold > 1 else { return false }
        let before = columns
        // A column is hidden when its group is, or when too few answered the question in it.
        func hiddenColumns(_ columns: [QuestionResult]) -> [Bool] {
            columns.indices.map { groupHidden[$0] || suppression.isSmall(columns[$0].base.answered ?? 0) }
        }
        switch kind {
        case .single, .boolean, .scale:
            let hidden = hiddenColumns(columns)
            let minimum = if case .scale = kind { 3 } else { 2 }
            suppression.suppress(
                &columns, columnHidden: hidden, path: \.frequencies, knownSum: true, minimumHidden: minimum)
            hideFigures(&columns, hidden: hidden, suppression)
        case .multiple:
            let hidden = hiddenColumns(columns)
            suppression.suppress(&columns, columnHidden: hidden, path: \.frequencies, knownSum: false, minimumHidden: 2)
            suppression.suppress(&columns, columnHidden: hidden, path: \.selections, knownSum: true, minimumHidden: 2)
            hideFigures(&columns, hidden: hidden, suppression)
        case .number:
            let hidden = hiddenColumns(columns)
            suppression.suppress(&columns, columnHidden: hidden, path: \.histogram, knownSum: true, minimumHidden: 2)
            hideFigures(&columns, hidden: hidden, suppression)
        case .date:
            let hidden = hiddenColumns(columns)
            suppression.suppress(&columns, columnHidden: hidden, path: \.months, knownSum: true, minimumHidden: 2)
            hideFigures(&columns, hidden: hidden, suppression)
        case .ranking:
            let hidden = hiddenColumns(columns)
            suppression.suppress(&columns, columnHidden: hidden, path: \.ranking, knownSum: true, minimumHidden: 2)
            hideFigures(&columns, hidden: hidden, suppression)
        case .matrix(let rows, let cells):
            let minimum = if case .scale = cells { 3 } else { 2 }
            for row in rows.indices where columns.allSatisfy({ $0.rows.indices.contains(row) }) {
                var rowColumns = columns.map { $0.rows[row] }
                let hidden = hiddenColumns(rowColumns)
                suppression.suppress(
                    &rowColumns, columnHidden: hidden, path: \.frequencies, knownSum: true, minimumHidden: minimum)
                hideFigures(&rowColumns, hidden: hidden, suppression)
                for column in columns.indices { columns[column].rows[row] = rowColumns[column] }
            }
            for column in columns.indices where groupHidden[column] {
                columns[column].suppressed = true
                columns[column].withheld = .fewAnswers
                columns[column].base = Base(submitted: nil, shown: nil, answered: nil)
            }
        case .text:
            for column in columns.indices where groupHidden[column] {
                columns[column].suppressed = true
                columns[column].withheld = .fewAnswers
                columns[column].base = Base(submitted: nil, shown: nil, answered: nil)
                columns[column].texts = nil
            }
        }
        return columns != before
    }

    /// Hides statistics computed from too few values, single values (min, max,
    /// date range), and everything of a hidden group.
    private func hideFigures(_ columns: inout [QuestionResult], hidden: [Bool], _ suppression: SmallCellSuppression) {
        for column in columns.indices {
            if let stats = columns[column].stats {
                columns[column].stats =
                    hidden[column] || suppression.isSmall(stats.n)
                    ? Summary(n: stats.n)
                    // The smallest and largest value each belong to one respondent.
                    : Summary(
                        n: stats.n, mean: stats.mean, median: stats.median, sd: stats.sd, q1: stats.q1, q3: stats.q3)
            }
            columns[column].dateRange = nil
            for index in columns[column].ranking.indices
            where hidden[column] || suppression.isSmall(columns[column].ranking[index].ranked ?? 0) {
                columns[column].ranking[index].meanRank = nil
                columns[column].ranking[index].ranked = nil
            }
            if hidden[column] { columns[column].texts = nil }
            if hidden[column] && column > 0 {
                columns[column].suppressed = true
                columns[column].withheld = .fewAnswers
                columns[column].base = Base(submitted: nil, shown: nil, answered: nil)
                columns[column].stats = nil
            }
        }
    }
}
