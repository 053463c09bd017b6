import Foundation
import SurveyModel

/// Which pages and questions are shown for the current answers, and how.
struct PagePlan {
    let survey: Survey
    let answers: Answers
    /// Input that could not be read, by question id.
    let inputErrors: [String: AnswerError]
    let visibility: Visibility
    let participant: [String: String]
    let today: CalendarDate

    init(values: FormValues, visit: Visit, today: CalendarDate) {
        self.init(
            values: values, survey: visit.survey, participant: visit.participant, language: visit.language,
            today: today)
    }

    /// The plan for answers typed in `language` by someone with these participant fields (none in a preview).
    init(values: FormValues, survey: Survey, participant: [String: String], language: String, today: CalendarDate) {
        self.survey = survey
        self.participant = participant
        self.today = today
        let parsed = values.parsedAnswers(for: survey.questions, language: language)
        answers = parsed.answers
        inputErrors = parsed.errors
        visibility = survey.visibility(of: parsed.answers, participant: participant, today: today)
    }

    /// The pages shown, in order.
    var visiblePages: [Page] { survey.pages.filter { visibility.isVisible(page: $0.id) } }

    /// The visible pages with their visible questions.
    var visibleContent: [(page: Page, questions: [Question])] {
        visiblePages.map { page in (page, page.questions.filter { visibility.isVisible(question: $0.id) }) }
    }

    /// How many pages the participant will see, as page `page` states it; nil while that is not certain.
    ///
    /// The count is certain when no page's condition reads a question on this page or a later one: every
    /// answer that decides which pages are shown has then been given (or left blank) on the pages before.
    /// Otherwise a page shows "Seite 2" alone, since a total that jumps from 3 to 4 misleads more than none.
    func certainPageCount(at page: Page) -> Int? {
        guard let index = survey.pages.firstIndex(where: { $0.id == page.id }) else { return nil }
        let settled = Set(survey.pages[..<index].flatMap { $0.questions.map(\.id) })
        let undecided = survey.pages[index...].contains { later in
            later.visibleIf?.references.contains { reference in
                reference.path.questionID.map { !settled.contains($0) } ?? false
            } ?? false
        }
        return undecided ? nil : visiblePages.count
    }

    /// The first visible page after `page`, or nil when it is the last.
    func page(after page: Page) -> Page? {
        guard let index = survey.pages.firstIndex(where: { $0.id == page.id }) else { return nil }
        return survey.pages[(index + 1)...].first { visibility.isVisible(page: $0.id) }
    }

    /// The last visible page before `page`, or nil when it is the first.
    func page(before page: Page) -> Page? {
        guard let index = survey.pages.firstIndex(where: { $0.id == page.id }) else { return nil }
        return survey.pages[..<index].last { visibility.isVisible(page: $0.id) }
    }

    /// How each question of `page` appears: a question whose condition reads
    /// answers of the same page stays visible with its condition in words, since
    /// without a script the page cannot change while it is filled in.
    func presence(on page: Page) -> [String: QuestionPresence] {
        let onPage = Set(page.questions.map(\.id))
        var result: [String: QuestionPresence] = [:]
        for question in page.questions {
            if let condition = question.visibleIf,
                condition.references.contains(where: { $0.path.questionID.map(onPage.contains) ?? false })
            {
                result[question.id] = .conditional
            } else {
                result[question.id] = visibility.isVisible(question: question.id) ? .shown : .hidden
            }
        }
        return result
    }

    /// Error messages of the given pages, by question: unreadable input first, then validation.
    func errors(pages: Set<String>?, language: String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        let checked = survey.pages.filter { pages?.contains($0.id) ?? true }
        for page in checked where visibility.isVisible(page: page.id) {
            for question in page.questions where visibility.isVisible(question: question.id) {
                if let error = inputErrors[question.id] { result[question.id] = [error.message(in: language)] }
            }
        }
        for issue in survey.validate(answers, participant: participant, today: today, pages: pages)
        where result[issue.questionID] == nil {
            result[issue.questionID] = [issue.message(in: language)]
        }
        return result
    }

    /// Where continuing a saved response leads: the first visible page that still needs an answer or a
    /// correction, else the page saved last while it is still shown, else the first page.
    ///
    /// Weiter checks each page, so the first page that needs work is normally the one the participant left;
    /// one left half done with Zurück or Zwischenspeichern is found too. Where nothing is missing, the page
    /// saved last is where the participant stopped reading.
    func resumePage(lastSaved: String?) -> Page? {
        let needsWork = Set(errors(pages: nil, language: survey.defaultLanguage).keys)
        if let page = visiblePages.first(where: { $0.questions.contains { needsWork.contains($0.id) } }) {
            return page
        }
        return visiblePages.first { $0.id == lastSaved } ?? visiblePages.first
    }

    /// The answers to keep on submit: those to visible questions only.
    var submittedAnswers: Answers {
        survey.prunedToVisible(answers, participant: participant, today: today)
    }
}
