/// Which pages and questions of a survey are shown for one response.
public struct Visibility: Sendable, Hashable {
    /// Ids of the visible pages.
    public let pages: Set<String>
    /// Ids of the visible questions (notes included); a question on a hidden page is hidden.
    public let questions: Set<String>

    /// Whether page `id` is shown.
    public func isVisible(page id: String) -> Bool { pages.contains(id) }

    /// Whether question `id` is shown.
    public func isVisible(question id: String) -> Bool { questions.contains(id) }
}
