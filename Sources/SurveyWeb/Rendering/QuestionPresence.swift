/// How a question appears on its page.
enum QuestionPresence: Sendable, Equatable {
    /// Shown without condition (none, or one that holds on earlier pages' answers).
    case shown
    /// Its condition depends on this page's answers: shown with the condition in words.
    case conditional
    /// Its condition is false on earlier pages' answers: not shown at all.
    case hidden
}
