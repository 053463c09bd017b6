import SurveyModel

/// How a question appears on its page.
enum QuestionPresence: Sendable, Equatable {
    /// Shown without condition (none, or one that holds on earlier pages' answers).
    case shown
    /// Its condition depends on this page's answers: shown with the condition in words.
    case conditional
    /// Its condition is false on earlier pages' answers: not shown at all.
    case hidden
}

extension QuestionPresence {
    /// Every question of `page` shown, those with a condition with the condition in words: the office's
    /// previews use this where no answers decide (a page opened on its own, or one the answers skip).
    static func everyQuestion(on page: Page) -> [String: QuestionPresence] {
        Dictionary(
            page.questions.map { ($0.id, $0.visibleIf == nil ? QuestionPresence.shown : .conditional) },
            uniquingKeysWith: { first, _ in first })
    }
}
