import StrictJSON

/// The checks of expressions that need the whole survey: types, survey order and cycles.
extension DefinitionReader {
    mutating func checkExpressions(pages: [Page], participantFields: [ParticipantField]) {
        let schema = Survey.schema(pages: pages, participantFields: participantFields)
        let choices = ChoiceOptions(pages: pages, participantFields: participantFields)
        let graph = VisibilityGraph(pending: pendingExpressions, pageOfQuestion: questionOrder.mapValues(\.page))
        for pending in pendingExpressions {
            let readsIncomplete = pending.expression.references.contains {
                $0.questionID.map(incompleteQuestions.contains) ?? false
            }
            for problem in readsIncomplete ? [] : pending.expression.check(against: schema, expecting: .bool) {
                error(
                    choices.message(for: problem, in: pending.what),
                    at: pending.value.sourceOffset(ofScalar: problem.offset))
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
                error(DiagnosticMessage(.conditionOnItself, parts: [.phrase(pending.what)]), at: offset)
            } else if found.position > position, let cycle = graph.path(from: target, to: id) {
                let path = ([id] + cycle).joined(separator: " → ")
                error(
                    DiagnosticMessage(
                        .conditionCycle, parts: [.phrase(pending.what), .literal(target), .literal(id), .literal(path)]),
                    at: offset)
            } else if found.position > position {
                error(
                    DiagnosticMessage(.conditionOnLaterQuestion, parts: [.phrase(pending.what), .literal(target)]),
                    at: offset)
            }
        case .page(let index):
            if found.page >= index {
                let id: DiagnosticMessageID =
                    found.page == index ? .pageConditionOnSamePage : .pageConditionOnLaterPage
                error(DiagnosticMessage(id, parts: [.phrase(pending.what), .literal(target)]), at: offset)
            }
        }
    }
}
