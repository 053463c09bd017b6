import SurveyModel

/// Lets expressions (`visibleIf` while a row is written, filters while rows
/// are counted) read one row of a ``RowGroup``, with the values
/// ``ObservationContext`` gives for the same answers.
///
/// As there, questions not (yet) found visible read as missing. The
/// expression evaluator copies its context often, so the group and layout sit
/// behind one reference in a ``RowSource``.
struct ColumnRowContext: ExpressionContext {
    let source: RowSource
    let row: Int
    /// While a row is written: the questions before this one are decided, the rest read as not shown.
    let decidedUpTo: Int
    let today: ExpressionValue

    private var group: RowGroup { source.group }
    private var columns: ColumnLayout { source.columns }

    func value(of path: ReferencePath) -> ExpressionValue {
        switch path {
        case .participant(let field):
            guard let index = columns.participantIndex[field] else { return .missing }
            let code = group.ints[columns.schema.participantColumns[index]][row]
            let values = columns.participantValues[index]
            guard code >= 0, code < values.count else { return .missing }
            return .text(values[Int(code)])
        case .question(let id):
            guard let index = visibleIndex(id) else { return .missing }
            return questionValue(index)
        case .matrixRow(let id, let rowValue):
            guard let index = visibleIndex(id), case .matrix(let present, let cells) = columns.schema.questions[index],
                group.ints[present][row] != RowGroup.missing,
                case .matrix(let rows, let cellsPlan) = columns.plan.questions[index].kind,
                let rowIndex = rows.firstIndex(where: { $0.value == rowValue }), rowIndex < cells.count
            else { return .missing }
            return cellValue(group.ints[cells.lowerBound + rowIndex][row], cells: cellsPlan)
        }
    }

    private func visibleIndex(_ id: String) -> Int? {
        guard let index = columns.positions[id], index < decidedUpTo else { return nil }
        return group.shown[index][row] ? index : nil
    }

    private func option(_ code: Int64, _ options: [Category]) -> ExpressionValue {
        code >= 0 && code < options.count ? .text(options[Int(code)].value) : .missing
    }

    private func questionValue(_ index: Int) -> ExpressionValue {
        let kind = columns.plan.questions[index].kind
        switch (columns.schema.questions[index], kind) {
        case (.single(let code, _), .single(let options, _)):
            let value = group.ints[code][row]
            return value == Int64(options.count) ? .text(Question.otherValue) : option(value, options)
        case (.boolean(let code), _):
            let value = group.ints[code][row]
            return value == RowGroup.missing ? .missing : .bool(value == 1)
        case (.scale(let point), _):
            let value = group.ints[point][row]
            return value == RowGroup.missing || value == RowGroup.notApplicable ? .missing : .number(Double(value))
        case (.number(let column), _):
            let value = group.doubles[column][row]
            return value.isNaN ? .missing : .number(value)
        case (.multiple(let words, let other), .multiple(let options, _)):
            guard group.ints[words.lowerBound][row] != RowGroup.missing else { return .missing }
            var values: [ExpressionValue] = []
            for option in options.indices {
                let word = group.ints[words.lowerBound + option / ColumnSchema.bitsPerWord][row]
                if word >> Int64(option % ColumnSchema.bitsPerWord) & 1 == 1 {
                    values.append(.text(options[option].value))
                }
            }
            if group.texts[other].isPresent(row) { values.append(.text(Question.otherValue)) }
            return .list(values)
        case (.matrix(let present, let cells), .matrix(_, let cellsPlan)):
            guard group.ints[present][row] != RowGroup.missing else { return .missing }
            return .list(cells.map { cellValue(group.ints[$0][row], cells: cellsPlan) }.filter { $0 != .missing })
        case (.ranking(let list), .ranking(let options, _)):
            guard group.lists[list].lengths[row] != RowGroup.missing else { return .missing }
            return .list(group.lists[list].list(row).map { option($0, options) })
        case (.text(let column), _):
            return group.texts[column].string(row).map(ExpressionValue.text) ?? .missing
        case (.date(let column), _):
            let day = group.ints[column][row]
            guard day != RowGroup.missing else { return .missing }
            return .date(year: Int(day / 10000), month: Int(day / 100 % 100), day: Int(day % 100))
        default:
            return .missing
        }
    }

    private func cellValue(_ value: Int64, cells: MatrixCellsPlan) -> ExpressionValue {
        guard value != RowGroup.missing, value != RowGroup.notApplicable else { return .missing }
        switch cells {
        case .scale: return .number(Double(value))
        case .options(let options): return option(value, options)
        }
    }
}

/// A row group and its layout behind one reference, for ``ColumnRowContext``.
final class RowSource: @unchecked Sendable {
    /// Swapped in and out while rows are written, so it is never copied.
    var group: RowGroup
    let columns: ColumnLayout

    init(group: RowGroup, columns: ColumnLayout) {
        self.group = group
        self.columns = columns
    }
}
