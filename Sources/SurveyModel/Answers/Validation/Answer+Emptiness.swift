extension Answer {
    /// Whether the answer says nothing, like an unticked checkbox list, and so counts as unanswered.
    public var isEmpty: Bool {
        switch self {
        case .text(let text): text.isEmpty
        case .multiple(let choice): choice.count == 0
        case .matrix(let cells): cells.isEmpty
        case .ranking(let values): values.isEmpty
        case .number, .single, .boolean, .scale, .date: false
        }
    }
}
