extension Evaluation {
    /// The evaluation as it stands, with small cells suppressed and percentages computed.
    ///
    /// - Parameters:
    ///   - filter: The filter expression's text, recorded in the output.
    ///   - includeTexts: Whether free texts and "other" texts are listed; they
    ///     can identify a respondent, so reports list them only on request.
    public func result(filter: String? = nil, includeTexts: Bool = false) -> EvaluationResult {
        let suppression = SmallCellSuppression(threshold: plan.minGroupSize)
        let groupReasons = suppression.hiddenGroupReasons(groups.map(\.submitted))
        let groupHidden = groupReasons.map { $0 != nil }
        var hasSuppressions = groupHidden.contains(true)
        // A filtered set is a group the reader chose: the group rules apply to it too.
        let filtered = filter != nil
        let filteredHidden: Withheld? = filtered && suppression.isSmall(total.submitted) ? .fewAnswers : nil
        let questionSuppression = QuestionSuppression(
            rules: suppression, groupHidden: [filteredHidden] + groupReasons,
            checksSameAnswer: [filtered] + groupReasons.map { _ in true })

        let entries = plan.questions.indices.map { index in
            let question = plan.questions[index]
            var columns = [
                QuestionResult(
                    plan: question, tally: total.questions[index], submitted: total.submitted,
                    includeTexts: includeTexts)
            ]
            // Groups use the total's bins (numbers and dates) so that their rows line up; the layout is
            // made once per question, not once per group.
            var numberLayout: Histogram?
            if case .number(let integer, _) = question.kind, !groups.isEmpty {
                numberLayout = Histogram(
                    total.questions[index].numbers ?? ValueCounts(), integer: integer, maximum: question.limits.maximum)
            }
            for group in groups.indices {
                var result = QuestionResult(
                    plan: question, tally: groups[group].questions[index], submitted: groups[group].submitted,
                    includeTexts: includeTexts)
                if let numberLayout, let values = groups[group].questions[index].numbers {
                    result.histogram = Histogram(values, layout: numberLayout).bins.map(HistogramBin.init)
                }
                if case .date = question.kind {
                    let layout = total.questions[index].dates.flatMap(DateBinLayout.init)
                    result.fillDates(groups[group].questions[index].dates, layout: layout)
                }
                columns.append(result)
            }
            hasSuppressions = questionSuppression.apply(&columns, kind: question.kind) || hasSuppressions
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
}
