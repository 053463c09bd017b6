import Foundation

extension Survey {
    /// Checks answers as a submission: which questions are visible, what is required, and
    /// whether every answer fits its question and the question's rules.
    ///
    /// Visibility is decided in form order, each condition seeing only the answers of visible
    /// questions before it, so an answer to a question that became hidden never counts.
    /// - Parameters:
    ///   - answers: answers by question id.
    ///   - participant: the invited participant's fields by id (empty for public surveys).
    ///   - today: the date `today()` gives; the current day in the survey's time zone when nil.
    public func validate(
        answers: [String: Answer], participant: [String: String] = [:], today: CalendarDate? = nil
    ) -> AnswerValidation {
        let day = today ?? CalendarDate.today(in: timeZone)
        var context = AnswerContext(answers: [:], participant: participant, today: day.expressionValue)
        var visible: [Question] = []
        for page in pages where page.visibleIf.map({ $0.isTrue(in: context) }) ?? true {
            for question in page.questions where question.visibleIf.map({ $0.isTrue(in: context) }) ?? true {
                visible.append(question)
                if question.kind.isAnswerable, let answer = answers[question.id] {
                    context.answers[question.id] = answer
                }
            }
        }
        var problems: [String: [AnswerProblem]] = [:]
        for question in visible {
            problems[question.id] = question.problems(with: context.answers[question.id], context: context)
        }
        // A rule is checked only when its question is answered and neither it nor any question the
        // rule reads has a problem of its own: that problem is reported where it is, and the rule's
        // message would only confuse until it is fixed.
        var issues: [AnswerIssue] = []
        for question in visible {
            var own = problems[question.id] ?? []
            if own.isEmpty, context.answers[question.id].map({ !$0.isEmpty }) ?? false {
                let sound = question.rules.filter { rule in
                    rule.expression.references.allSatisfy { reference in
                        reference.questionID.map { problems[$0]?.isEmpty ?? true } ?? true
                    }
                }
                own = sound.filter { !$0.expression.isTrue(in: context) }.map { .rule($0.message) }
            }
            issues += own.map { AnswerIssue(questionID: question.id, problem: $0) }
        }
        let kept = context.answers
        let visibleIDs = visible.map(\.id)
        let dropped = answers.keys.filter { kept[$0] == nil }.sorted()
        return AnswerValidation(answers: kept, visibleQuestions: visibleIDs, droppedAnswers: dropped, issues: issues)
    }

}
