import StrictJSON

/// The checks of expressions that need the whole survey: types, survey order and cycles.
extension DefinitionReader {
    mutating func checkExpressions(pages: [Page], participantFields: [ParticipantField]) {
        let schema = Survey.schema(pages: pages, participantFields: participantFields)
        let graph = VisibilityGraph(pending: pendingExpressions, pageOfQuestion: questionOrder.mapValues(\.page))
        for pending in pendingExpressions {
            let readsIncomplete = pending.expression.references.contains {
                $0.questionID.map(incompleteQuestions.contains) ?? false
            }
            for problem in readsIncomplete ? [] : pending.expression.check(against: schema, expecting: .bool) {
                error("\(pending.what): \(problem.message)", at: pending.value.sourceOffset(ofScalar: problem.offset))
            }
            guard pending.role == .visibleIf else { continue }
            var reported = Set<String>()
            for reference in pending.expression.references {
                guard let target = reference.questionID, let found = questionOrder[target],
                    reported.insert(target).inserted
                else { continue }
                checkOrder(pending, reference: reference, target: target, found: found, graph: graph)
            }
        }
    }

    /// Reports a `visibleIf` that depends on the question itself, on a later question, or on a cycle.
    private mutating func checkOrder(
        _ pending: PendingExpression, reference: ExpressionReference, target: String,
        found: (position: Int, page: Int), graph: VisibilityGraph
    ) {
        let offset = pending.value.sourceOffset(ofScalar: reference.offset)
        switch pending.owner {
        case .question(let id, let position):
            if target == id {
                error(
                    "\(pending.what) refers to the question itself; a question cannot decide its own visibility",
                    at: offset)
            } else if found.position > position, let cycle = graph.path(from: target, to: id) {
                error(
                    "\(pending.what) refers to \"\(target)\", whose visibility depends on \"\(id)\" in turn "
                        + "(\(([id] + cycle).joined(separator: " → "))); remove one of these conditions",
                    at: offset)
            } else if found.position > position {
                error(
                    "\(pending.what) refers to \"\(target)\", which comes later in the survey; "
                        + "a question can only depend on questions before it", at: offset)
            }
        case .page(let index):
            if found.page >= index {
                let which = found.page == index ? "is on this page" : "comes on a later page"
                error(
                    "\(pending.what) refers to \"\(target)\", which \(which); "
                        + "a page can only depend on questions of earlier pages", at: offset)
            }
        }
    }
}
