import SurveyModel

/// Lets expressions (`visibleIf`, filters) read one response's observations and participant fields.
///
/// Questions not yet found visible read as missing, so an answer left on a
/// hidden question cannot make later questions visible, as in the form.
struct ObservationContext: ExpressionContext {
    let plan: EvaluationPlan
    let positions: [String: Int]
    var observations: [Observation]
    var shown: [Bool]
    let participant: [String: String]
    let today: ExpressionValue

    func value(of path: ReferencePath) -> ExpressionValue {
        switch path {
        case .participant(let field):
            return participant[field].map(ExpressionValue.text) ?? .missing
        case .question(let id):
            guard let index = visibleIndex(id) else { return .missing }
            return Self.value(observations[index], kind: plan.questions[index].kind)
        case .matrixRow(let id, let row):
            guard let index = visibleIndex(id), case .cells(let cells) = observations[index],
                case .matrix(let rows, let cellsPlan) = plan.questions[index].kind,
                let rowIndex = rows.firstIndex(where: { $0.value == row }), cells.indices.contains(rowIndex),
                let cell = cells[rowIndex]
            else { return .missing }
            return Self.value(cell, cells: cellsPlan)
        }
    }

    private func visibleIndex(_ id: String) -> Int? {
        guard let index = positions[id], observations.indices.contains(index), shown.indices.contains(index),
            shown[index]
        else { return nil }
        return index
    }

    /// What an expression sees for an observation, as the form's own context shows it.
    static func value(_ observation: Observation, kind: QuestionPlan.Kind) -> ExpressionValue {
        func option(_ index: Int, _ options: [Category]) -> ExpressionValue {
            options.indices.contains(index) ? .text(options[index].value) : .missing
        }
        switch (observation, kind) {
        case (.option(let index), .single(let options, _)): return option(index, options)
        case (.other, .single): return .text(Question.otherValue)
        case (.options(let indices, let other), .multiple(let options, _)):
            let values = indices.map { option($0, options) } + (other == nil ? [] : [.text(Question.otherValue)])
            return .list(values)
        case (.boolean(let value), _): return .bool(value)
        case (.point(let point), _): return .number(Double(point))
        case (.number(let number), _): return .number(number)
        case (.cells(let cells), .matrix(_, let cellsPlan)):
            return .list(cells.compactMap { $0.map { value($0, cells: cellsPlan) } }.filter { $0 != .missing })
        case (.ranking(let order), .ranking(let options, _)): return .list(order.map { option($0, options) })
        case (.text(let text), _): return .text(text)
        case (.date(let year, let month, let day), _): return .date(year: year, month: month, day: day)
        default: return .missing
        }
    }

    static func value(_ cell: MatrixObservation, cells: MatrixCellsPlan) -> ExpressionValue {
        switch (cell, cells) {
        case (.point(let point), _): .number(Double(point))
        case (.option(let index), .options(let options)):
            options.indices.contains(index) ? .text(options[index].value) : .missing
        default: .missing
        }
    }
}
