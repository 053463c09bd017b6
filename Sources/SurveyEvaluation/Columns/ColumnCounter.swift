import SurveyModel

/// Counts the live rows of row groups into the tallies of an ``Evaluation``,
/// question by question over whole columns.
///
/// The figures are those ``Evaluation/add(_:)`` gives for the same responses
/// (the property tests compare them): each column is counted into plain
/// arrays per slot (slot 0 all responses, slot 1 + g breakdown group g), which
/// ``finish()`` moves into the tallies the results and reports already read.
struct ColumnCounter {
    let layout: ColumnLayout
    let decoder: ResponseDecoder
    /// Live rows met and rows the filter left out.
    private(set) var submitted = 0
    private(set) var filteredOut = 0
    private let slotCount: Int
    private var slotSubmitted: [Int]
    private var counts: [QuestionCounts]
    /// Breakdown group by value, as ``ResponseDecoder`` finds it (a later equal value wins).
    private let groupPositions: [String: Int]

    /// Per question, per slot.
    struct QuestionCounts {
        var shown: [Int]
        var answered: [Int]
        /// `width` cells per slot; their meaning depends on the question type (see ``width(of:)``).
        var cells: [Int]
        let width: Int
        var texts: [TextTally]
        var numbers: [DoubleCounts]
        var days: [[Int: Int]]

        static let empty = QuestionCounts(
            shown: [], answered: [], cells: [], width: 0, texts: [], numbers: [], days: [])
    }

    init(layout: ColumnLayout, decoder: ResponseDecoder) {
        self.layout = layout
        self.decoder = decoder
        let slots = 1 + (decoder.plan.breakdown?.groups.count ?? 0)
        slotCount = slots
        slotSubmitted = Array(repeating: 0, count: slots)
        counts = decoder.plan.questions.map { question in
            let width = Self.width(of: question.kind)
            return QuestionCounts(
                shown: Array(repeating: 0, count: slots), answered: Array(repeating: 0, count: slots),
                cells: Array(repeating: 0, count: slots * width), width: width,
                texts: Array(repeating: TextTally(), count: slots),
                numbers: Array(repeating: DoubleCounts(), count: slots),
                days: Array(repeating: [:], count: slots))
        }
        var positions: [String: Int] = [:]
        for (index, group) in (decoder.plan.breakdown?.groups ?? []).enumerated() { positions[group.value] = index }
        groupPositions = positions
    }

    /// Cells per slot: categories and "other" / "not applicable" (single, boolean, scale); counts then
    /// numbers of choices (multiple); per matrix row its answered count then its categories; ranks per option.
    static func width(of kind: QuestionPlan.Kind) -> Int {
        switch kind {
        case .single(let options, let other): options.count + (other == nil ? 0 : 1)
        case .boolean: 2
        case .scale(let scale): scale.pointCount + (scale.notApplicable == nil ? 0 : 1)
        case .multiple(let options, let other): 2 * (options.count + (other == nil ? 0 : 1)) + 1
        case .matrix(let rows, let cells): rows.count * (1 + width(of: cells.rowKind))
        case .ranking(let options, let rankCount): options.count * max(rankCount, 0)
        case .number, .text, .date: 0
        }
    }

    /// Counts the live rows of `group` that pass the filter.
    mutating func count(_ group: RowGroup) {
        var rows: [Int] = []
        var slots: [Int] = [] // the breakdown slot of each selected row, 0 when it has none
        rows.reserveCapacity(group.count)
        slots.reserveCapacity(group.count)
        let source = RowSource(group: group, columns: layout)
        let decided = layout.plan.questions.count
        for row in 0..<group.count where group.live[row] {
            submitted += 1
            if let filter = decoder.filter {
                let context = ColumnRowContext(source: source, row: row, decidedUpTo: decided, today: decoder.today)
                guard filter.isTrue(in: context) else {
                    filteredOut += 1
                    continue
                }
            }
            rows.append(row)
            let slot = breakdownGroup(group, row: row).map { $0 + 1 } ?? 0
            slots.append(slot < slotCount ? slot : 0)
            slotSubmitted[0] += 1
            if slot > 0, slot < slotCount { slotSubmitted[slot] += 1 }
        }
        for question in counts.indices {
            countQuestion(question, group, rows: rows, slots: slots)
        }
    }

    private func breakdownGroup(_ group: RowGroup, row: Int) -> Int? {
        switch decoder.groupSource {
        case nil: return nil
        case .participant(let field):
            guard let index = layout.participantIndex[field] else { return nil }
            let code = group.ints[layout.schema.participantColumns[index]][row]
            guard code >= 0, code < layout.participantValues[index].count else { return nil }
            return groupPositions[layout.participantValues[index][Int(code)]]
        case .question(let index):
            guard group.shown.indices.contains(index), group.shown[index][row] else { return nil }
            switch (layout.schema.questions[index], decoder.plan.questions[index].kind) {
            case (.single(let code, _), .single(let options, _)):
                let value = group.ints[code][row]
                if value == Int64(options.count) { return groupPositions[Question.otherValue] }
                guard value >= 0, value < options.count else { return nil }
                return groupPositions[options[Int(value)].value]
            case (.boolean(let code), _):
                let value = group.ints[code][row]
                guard value != RowGroup.missing else { return nil }
                return groupPositions[value == 1 ? "true" : "false"]
            default: return nil
            }
        }
    }

    /// Counts one question's columns over the selected rows; `slots[i]` is row `rows[i]`'s breakdown slot.
    private mutating func countQuestion(_ question: Int, _ group: RowGroup, rows: [Int], slots: [Int]) {
        // Swapped out, so the arrays stay uniquely referenced while they are counted into; the two hottest
        // are counted through pointers.
        var tally = QuestionCounts.empty
        swap(&tally, &counts[question])
        var cells: [Int] = []
        var answered: [Int] = []
        swap(&cells, &tally.cells)
        swap(&answered, &tally.answered)
        cells.withUnsafeMutableBufferPointer { cells in
            answered.withUnsafeMutableBufferPointer { answered in
                countColumns(question, group, rows: rows, slots: slots, into: &tally, cells: cells, answered: answered)
            }
        }
        swap(&cells, &tally.cells)
        swap(&answered, &tally.answered)
        swap(&tally, &counts[question])
    }

    private func countColumns(
        _ question: Int, _ group: RowGroup, rows: [Int], slots: [Int], into tally: inout QuestionCounts,
        cells: UnsafeMutableBufferPointer<Int>, answered: UnsafeMutableBufferPointer<Int>
    ) {
        let kind = decoder.plan.questions[question].kind
        let width = tally.width
        let shownFlags = group.shown[question]
        for (index, row) in rows.enumerated() where shownFlags[row] {
            tally.shown[0] += 1
            if slots[index] > 0 { tally.shown[slots[index]] += 1 }
        }
        /// Counts cell `cell` of the row at `index` (and its answer, unless `answer` is false) in both slots.
        func add(_ cell: Int?, _ index: Int, answer: Bool = true) {
            let slot = slots[index]
            if let cell {
                cells[cell] += 1
                if slot > 0 { cells[slot * width + cell] += 1 }
            }
            if answer {
                answered[0] += 1
                if slot > 0 { answered[slot] += 1 }
            }
        }
        func addText(_ texts: TextVector, _ row: Int, _ index: Int) {
            texts.withBytes(row) { bytes in
                tally.texts[0].add(bytes)
                if slots[index] > 0 { tally.texts[slots[index]].add(bytes) }
            }
        }
        switch (layout.schema.questions[question], kind) {
        case (.single(let code, let other), .single(let options, let otherLabel)):
            let column = group.ints[code]
            for (index, row) in rows.enumerated() {
                let value = column[row]
                if value >= 0 && value < options.count {
                    add(Int(value), index)
                } else if value == Int64(options.count) && otherLabel != nil {
                    add(options.count, index)
                    addText(group.texts[other], row, index)
                }
            }
        case (.boolean(let code), _):
            let column = group.ints[code]
            for (index, row) in rows.enumerated() where column[row] != RowGroup.missing {
                add(column[row] == 1 ? 0 : 1, index)
            }
        case (.scale(let point), .scale(let scale)):
            let column = group.ints[point]
            for (index, row) in rows.enumerated() {
                if let cell = Self.scaleCell(column[row], scale) { add(cell, index) }
            }
        case (.multiple(let words, let other), .multiple(let options, let otherLabel)):
            let optionSlots = options.count + (otherLabel == nil ? 0 : 1)
            let texts = group.texts[other]
            for (index, row) in rows.enumerated() where group.ints[words.lowerBound][row] != RowGroup.missing {
                var chosen = 0
                for (offset, word) in words.enumerated() {
                    var bits = group.ints[word][row]
                    while bits != 0 {
                        let option = offset * ColumnSchema.bitsPerWord + bits.trailingZeroBitCount
                        bits &= bits - 1
                        guard option < options.count else { continue }
                        add(option, index, answer: false)
                        chosen += 1
                    }
                }
                if otherLabel != nil, texts.isPresent(row) {
                    add(options.count, index, answer: false)
                    addText(texts, row, index)
                    chosen += 1
                }
                add(optionSlots + min(chosen, optionSlots), index)
            }
        case (.number(let column), _):
            let values = group.doubles[column]
            for (index, row) in rows.enumerated() where !values[row].isNaN {
                tally.numbers[0].add(values[row])
                if slots[index] > 0 { tally.numbers[slots[index]].add(values[row]) }
                add(nil, index)
            }
        case (.matrix(let present, let cells), .matrix(let matrixRows, let cellsPlan)):
            let rowWidth = Self.width(of: cellsPlan.rowKind)
            for (index, row) in rows.enumerated() where group.ints[present][row] != RowGroup.missing {
                var any = false
                for matrixRow in 0..<min(matrixRows.count, cells.count) {
                    let value = group.ints[cells.lowerBound + matrixRow][row]
                    let cell: Int?
                    switch cellsPlan {
                    case .scale(let scale): cell = Self.scaleCell(value, scale)
                    case .options(let options): cell = value >= 0 && value < options.count ? Int(value) : nil
                    }
                    guard let cell else { continue }
                    any = true
                    let base = matrixRow * (1 + rowWidth)
                    add(base, index, answer: false)
                    add(base + 1 + cell, index, answer: false)
                }
                if any { add(nil, index) }
            }
        case (.ranking(let list), .ranking(let options, let rankCount)):
            let lists = group.lists[list]
            for (index, row) in rows.enumerated() where lists.lengths[row] > 0 {
                var seen = OptionMask()
                for (place, option) in lists.list(row).enumerated()
                where option >= 0 && option < options.count && place < rankCount && seen.insert(Int(option)) {
                    add(Int(option) * rankCount + place, index, answer: false)
                }
                add(nil, index)
            }
        case (.text(let column), _):
            let texts = group.texts[column]
            for (index, row) in rows.enumerated() where texts.isPresent(row) {
                addText(texts, row, index)
                add(nil, index)
            }
        case (.date(let column), _):
            let days = group.ints[column]
            for (index, row) in rows.enumerated() where days[row] != RowGroup.missing {
                tally.days[0][Int(days[row]), default: 0] += 1
                if slots[index] > 0 { tally.days[slots[index]][Int(days[row]), default: 0] += 1 }
                add(nil, index)
            }
        default:
            break
        }
    }

    /// The category of a stored scale point: its position, the "not applicable" slot, or nil when not counted.
    private static func scaleCell(_ value: Int64, _ scale: ScalePlan) -> Int? {
        if value == RowGroup.notApplicable { return scale.notApplicable == nil ? nil : scale.pointCount }
        guard value != RowGroup.missing, value >= Int64(scale.from), value <= Int64(scale.to) else { return nil }
        return Int(value) - scale.from
    }

    /// The evaluation of everything counted.
    func finish() -> Evaluation {
        var evaluation = Evaluation(plan: decoder.plan)
        for slot in 0..<slotCount {
            var tally = slot == 0 ? evaluation.total : evaluation.groups[slot - 1]
            tally.submitted = slotSubmitted[slot]
            for (question, counted) in counts.enumerated() {
                fill(&tally.questions[question], counted, slot: slot, kind: decoder.plan.questions[question].kind)
            }
            if slot == 0 { evaluation.total = tally } else { evaluation.groups[slot - 1] = tally }
        }
        return evaluation
    }

    private func fill(_ tally: inout QuestionTally, _ counted: QuestionCounts, slot: Int, kind: QuestionPlan.Kind) {
        tally.shown = counted.shown[slot]
        tally.answered = counted.answered[slot]
        let cells = Array(counted.cells[slot * counted.width..<(slot + 1) * counted.width])
        switch kind {
        case .single, .boolean, .scale:
            tally.categories?.counts = cells
            if tally.categories != nil { counted.texts[slot].add(to: &tally.categories!.otherTexts) }
        case .multiple(let options, let other):
            let optionSlots = options.count + (other == nil ? 0 : 1)
            tally.multiple?.counts = Array(cells[0..<optionSlots])
            tally.multiple?.selections = Array(cells[optionSlots...])
            if tally.multiple != nil { counted.texts[slot].add(to: &tally.multiple!.otherTexts) }
        case .matrix(let rows, let cellsPlan):
            let rowWidth = Self.width(of: cellsPlan.rowKind)
            for row in rows.indices where tally.rows?.indices.contains(row) == true {
                let base = row * (1 + rowWidth)
                tally.rows?[row].shown = counted.shown[slot]
                tally.rows?[row].answered = cells[base]
                tally.rows?[row].categories?.counts = Array(cells[base + 1..<base + 1 + rowWidth])
            }
        case .ranking(let options, let rankCount):
            tally.ranking?.ranks = options.indices.map { Array(cells[$0 * rankCount..<($0 + 1) * rankCount]) }
        case .number:
            var values = ValueCounts()
            counted.numbers[slot].add(to: &values)
            tally.numbers = values
        case .text:
            if tally.texts != nil { counted.texts[slot].add(to: &tally.texts!) }
        case .date:
            for (day, count) in counted.days[slot] {
                tally.dates?.add(year: day / 10000, month: day / 100 % 100, day: day % 100, weight: count)
            }
        }
    }
}
