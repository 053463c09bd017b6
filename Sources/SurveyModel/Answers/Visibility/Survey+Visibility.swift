import Foundation

extension Survey {
    /// Works out which pages and questions are shown, in form order.
    ///
    /// Each condition sees only answers to questions found visible before it, so an
    /// answer left behind on a question that became hidden counts as missing and
    /// cannot keep later questions visible. The loader guarantees that `visibleIf`
    /// refers only to earlier questions, which makes one pass enough.
    public func visibility(of answers: Answers, participant: [String: String], today: CalendarDate) -> Visibility {
        visibilityAndPrunedAnswers(answers, participant: participant, today: today).visibility
    }

    /// The answers without those to hidden questions, notes or unknown questions, as kept on submit.
    public func prunedToVisible(_ answers: Answers, participant: [String: String], today: CalendarDate) -> Answers {
        visibilityAndPrunedAnswers(answers, participant: participant, today: today).answers
    }

    /// Both results of one pass, for validation, which needs the two together.
    func visibilityAndPrunedAnswers(_ answers: Answers, participant: [String: String], today: CalendarDate)
        -> (visibility: Visibility, answers: Answers)
    {
        var context = AnswerContext(answers: Answers(), participant: participant, today: today)
        var visiblePages: Set<String> = []
        var visibleQuestions: Set<String> = []
        for page in pages {
            if let condition = page.visibleIf, !condition.isTrue(in: context) { continue }
            visiblePages.insert(page.id)
            for question in page.questions {
                if let condition = question.visibleIf, !condition.isTrue(in: context) { continue }
                visibleQuestions.insert(question.id)
                if question.kind.isAnswerable, let answer = answers[question.id] {
                    context.answers[question.id] = answer
                }
            }
        }
        return (Visibility(pages: visiblePages, questions: visibleQuestions), context.answers)
    }

    /// The day it is at `instant` in the survey's time zone, for `today()` in expressions.
    public func today(at instant: Date = Date()) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let date = CalendarDate(year: year, month: month, day: day)
        else { preconditionFailure("the Gregorian calendar gave no date for \(instant)") }
        return date
    }
}
