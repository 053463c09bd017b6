/// Rows from decoded observations: the path of records the specialised
/// scanner leaves to the general JSON parser, and of the tests' reference.
extension RowGroup {
    /// Sets `row` to `observations`, one per question of `plan`, as ``ResponseDecoder`` reads them.
    mutating func set(row: Int, observations: [Observation], schema: ColumnSchema, plan: EvaluationPlan) {
        for (index, columns) in schema.questions.enumerated() where observations.indices.contains(index) {
            switch (columns, observations[index]) {
            case (.single(let code, _), .option(let option)): ints[code][row] = Int64(option)
            case (.single(let code, let other), .other(let text)):
                if case .single(let options, _) = plan.questions[index].kind { ints[code][row] = Int64(options.count) }
                texts[other].set(row, text)
            case (.boolean(let code), .boolean(let value)): ints[code][row] = value ? 1 : 0
            case (.scale(let point), .point(let value)): ints[point][row] = Int64(value)
            case (.scale(let point), .notApplicable): ints[point][row] = Self.notApplicable
            case (.number(let column), .number(let value)): doubles[column][row] = value
            case (.multiple(let words, let other), .options(let indices, let text)):
                for word in words { ints[word][row] = 0 }
                for option in indices { setOption(option, row: row, words: words) }
                if let text { texts[other].set(row, text) }
            case (.matrix(let present, let cells), .cells(let values)):
                ints[present][row] = 1
                for (offset, cell) in values.enumerated() where offset < cells.count {
                    switch cell {
                    case .point(let point)?: ints[cells.lowerBound + offset][row] = Int64(point)
                    case .notApplicable?: ints[cells.lowerBound + offset][row] = Self.notApplicable
                    case .option(let option)?: ints[cells.lowerBound + offset][row] = Int64(option)
                    case nil: break
                    }
                }
            case (.ranking(let list), .ranking(let order)):
                lists[list].begin(row)
                for option in order { lists[list].append(Int64(option), to: row) }
            case (.text(let column), .text(let text)): texts[column].set(row, text)
            case (.date(let column), .date(let year, let month, let day)):
                ints[column][row] = Int64(year) * 10000 + Int64(month) * 100 + Int64(day)
            default: break
            }
        }
    }

    /// Sets the bit of option `option` in a multiple-choice answer.
    mutating func setOption(_ option: Int, row: Int, words: Range<Int>) {
        let word = words.lowerBound + option / ColumnSchema.bitsPerWord
        guard option >= 0, word < words.upperBound else { return }
        ints[word][row] |= 1 << Int64(option % ColumnSchema.bitsPerWord)
    }

    /// Takes `row` back to "no values", after a parse that gave up half way.
    mutating func clear(row: Int) {
        for column in ints.indices { ints[column][row] = Self.missing }
        for column in doubles.indices { doubles[column][row] = .nan }
        for column in texts.indices { texts[column].lengths[row] = Self.missing }
        for column in lists.indices { lists[column].lengths[row] = Self.missing }
        for question in shown.indices { shown[question][row] = false }
        live[row] = false
    }
}
