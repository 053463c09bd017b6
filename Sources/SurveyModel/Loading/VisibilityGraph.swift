/// Which questions each question's visibility depends on, directly or through its page.
struct VisibilityGraph {
    private var edges: [String: [String]] = [:]

    /// Builds the graph from the `visibleIf` expressions of questions and pages.
    /// - Parameter pageOfQuestion: the page index of every question id.
    init(pending: [PendingExpression], pageOfQuestion: [String: Int]) {
        var pageEdges: [Int: [String]] = [:]
        for item in pending where item.role == .visibleIf {
            let targets = item.expression.references.compactMap(\.questionID)
            switch item.owner {
            case .question(let id, _): edges[id, default: []] += targets
            case .page(let index): pageEdges[index, default: []] += targets
            }
        }
        for (id, page) in pageOfQuestion {
            if let targets = pageEdges[page] { edges[id, default: []] += targets }
        }
    }

    /// The shortest chain of dependencies from `start` to `goal`, both included; nil if there is none.
    func path(from start: String, to goal: String) -> [String]? {
        var previous: [String: String] = [start: start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            if current == goal {
                var chain = [goal]
                var step = goal
                while step != start, let before = previous[step] {
                    chain.append(before)
                    step = before
                }
                return chain.reversed()
            }
            for next in edges[current] ?? [] where previous[next] == nil {
                previous[next] = current
                queue.append(next)
            }
        }
        return nil
    }
}

extension ExpressionReference {
    /// The question a reference reads, directly or through a matrix row; nil for participant fields.
    var questionID: String? {
        switch path {
        case .question(let id): id
        case .matrixRow(let question, _): question
        case .participant: nil
        }
    }
}
