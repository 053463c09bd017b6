extension Survey {
    /// Checks a response against the definition: requirements, each question's settings and its `validate` rules.
    ///
    /// Hidden pages and questions are skipped, and their answers count as missing
    /// for every condition (see ``visibility(of:participant:today:)``). Each question
    /// gets at most one issue: "required", else the first problem with its settings,
    /// else the first of its rules that is not true. A rule is checked only when its
    /// question is answered and every other question it refers to is free of issues,
    /// so one wrong figure does not set off messages on the questions that compare with it.
    /// - Parameters:
    ///   - answers: the answers so far, possibly including answers to hidden questions.
    ///   - participant: the participant's field values by field id.
    ///   - today: the day `today()` returns; ``today(at:)`` gives it in the survey's time zone.
    ///   - pages: the ids of the pages to check (the form checks the page just posted); nil checks the whole response.
    /// - Returns: the issues in form order; empty when the answers can be accepted.
    public func validate(
        _ answers: Answers, participant: [String: String], today: CalendarDate, pages pageIDs: Set<String>? = nil
    ) -> [ValidationIssue] {
        let (visibility, visibleAnswers) = visibilityAndPrunedAnswers(answers, participant: participant, today: today)
        let context = AnswerContext(answers: visibleAnswers, participant: participant, today: today)
        let checked = questions.filter { $0.kind.isAnswerable && visibility.isVisible(question: $0.id) }
        // Rules may refer to any question, so every visible question is checked before any rule runs.
        var ownProblems: [String: AnswerError] = [:]
        for question in checked {
            ownProblems[question.id] = Survey.problem(
                of: question, answer: visibleAnswers[question.id], context: context)
        }
        let inScope = pageIDs.map { ids in Set(pages.filter { ids.contains($0.id) }.flatMap { $0.questions.map(\.id) })
        }
        var issues: [ValidationIssue] = []
        for question in checked where inScope?.contains(question.id) ?? true {
            if let problem = ownProblems[question.id] {
                issues.append(ValidationIssue(questionID: question.id, error: problem))
                continue
            }
            guard let answer = visibleAnswers[question.id], !answer.isEmpty else { continue }
            let failed = question.rules.first { rule in
                let blocked = rule.expression.references.contains { reference in
                    reference.path.questionID.map { $0 != question.id && ownProblems[$0] != nil } ?? false
                }
                return !blocked && !rule.expression.isTrue(in: context)
            }
            if let failed {
                issues.append(ValidationIssue(questionID: question.id, error: .ruleFailed(failed.message)))
            }
        }
        return issues
    }

    /// The problem of a question apart from its rules: unanswered while required, or an answer its settings refuse.
    private static func problem(of question: Question, answer: Answer?, context: AnswerContext) -> AnswerError? {
        let required: Bool =
            switch question.requirement {
            case .optional: false
            case .always: true
            case .when(let condition): condition.isTrue(in: context)
            }
        guard let answer, !answer.isEmpty else { return required ? .required : nil }
        return question.problem(with: answer, required: required)
    }
}
