import SurveyModel

/// Reads one log line straight into a row of a ``RowGroup``: the decoder
/// specialised to one survey that makes building columns from the log fast.
///
/// Keys are matched as bytes against the survey's question ids, values go
/// straight into the columns, and no tree, string or array is made per record.
/// Whatever is unusual (escapes, unknown keys, drafts, malformed JSON) makes it
/// give up with ``Outcome/unsure``; the caller then clears the row and reads the
/// line with the general parser, whose verdict counts. The semantics are
/// ``ResponseDecoder``'s, which the property tests compare on random records.
struct RecordScanner {
    let layout: ColumnLayout
    let table: ScanTable
    /// Per question: the record in which it was last met, to catch a repeated key.
    private var seen: [UInt32]
    private var stamp: UInt32 = 0

    enum Outcome {
        /// A submit whose answers are in the row; byte ranges of the response and participant ids.
        case submit(response: Range<Int>, participant: Range<Int>?)
        case void(response: Range<Int>)
        /// Left to the general parser.
        case unsure
    }

    init(layout: ColumnLayout) {
        self.layout = layout
        table = ScanTable(plan: layout.plan)
        seen = Array(repeating: 0, count: layout.plan.questions.count)
    }

    private static let recordKeys = ByteStrings(
        [
            "kind", "seq", "response", "revision", "time", "definition", "participant", "key", "page", "reason",
            "answers",
        ].map { Array($0.utf8) })
    /// `submit`, `void`, `value`, `values`, `other`, by these positions.
    private static let words = ByteStrings(["submit", "void", "value", "values", "other"].map { Array($0.utf8) })

    /// Reads `line` into `row` of `group`.
    mutating func scan(_ line: UnsafeBufferPointer<UInt8>, row: Int, into group: inout RowGroup) -> Outcome {
        stamp &+= 1
        if stamp == 0 {
            for index in seen.indices { seen[index] = 0 }
            stamp = 1
        }
        var cursor = ByteCursor(line)
        guard cursor.take(UInt8(ascii: "{")) else { return .unsure }
        var keysSeen = 0
        var isSubmit: Bool?
        var response: Range<Int>?
        var participant: Range<Int>?
        var hasAnswers = false
        while true {
            guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")),
                let which = Self.recordKeys.index(of: key, in: cursor, among: 0, count: Self.recordKeys.count),
                keysSeen & (1 << which) == 0
            else { return .unsure }
            keysSeen |= 1 << which
            switch which {
            case 0:
                guard let kind = cursor.string() else { return .unsure }
                if Self.words.equals(0, kind, in: cursor) {
                    isSubmit = true
                } else if Self.words.equals(1, kind, in: cursor) {
                    isSubmit = false
                } else {
                    return .unsure // drafts and unknown kinds go to the general parser
                }
            case 2:
                guard let id = cursor.string() else { return .unsure }
                response = id
            case 6:
                guard let id = cursor.string() else { return .unsure }
                participant = id
            case 10:
                guard isSubmit == true, answers(&cursor, row: row, into: &group) else { return .unsure }
                hasAnswers = true
            default:
                guard cursor.skipScalar() else { return .unsure }
            }
            switch cursor.continues(closedBy: UInt8(ascii: "}")) {
            case true?: continue
            case false?: break
            case nil: return .unsure
            }
            break
        }
        cursor.skipWhitespace()
        guard cursor.atEnd, let isSubmit, let response else { return .unsure }
        if isSubmit {
            return hasAnswers ? .submit(response: response, participant: participant) : .unsure
        }
        return .void(response: response)
    }

    /// The `answers` object.
    private mutating func answers(_ cursor: inout ByteCursor, row: Int, into group: inout RowGroup) -> Bool {
        guard cursor.take(UInt8(ascii: "{")) else { return false }
        if cursor.take(UInt8(ascii: "}")) { return true }
        var next = 0
        while true {
            guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")),
                let question = table.question(key, in: cursor, next: next), seen[question] != stamp
            else { return false }
            seen[question] = stamp
            next = question + 1
            guard answer(&cursor, question: question, row: row, into: &group) else { return false }
            switch cursor.continues(closedBy: UInt8(ascii: "}")) {
            case true?: continue
            case false?: return true
            case nil: return false
            }
        }
    }

    /// One answer; false to give up.
    private func answer(_ cursor: inout ByteCursor, question: Int, row: Int, into group: inout RowGroup) -> Bool {
        let start = cursor.start()
        switch layout.schema.questions[question] {
        case .single(let code, let other):
            if start == .string {
                guard let value = cursor.string() else { return false }
                if let option = table.option(value, in: cursor, question: question) {
                    group.ints[code][row] = Int64(option)
                }
                return true
            }
            guard start == .object else { return cursor.skipScalar() }
            guard let (value, text) = pair(&cursor, first: 2, second: 4) else { return false }
            if let value, ScanTable.other.equals(0, value, in: cursor), let text {
                group.ints[code][row] = Int64(table.optionCount[question])
                group.texts[other].set(row, cursor.slice(text))
            }
            return true
        case .multiple(let words, let other):
            switch start {
            case .array: return options(&cursor, question: question, row: row, words: words, into: &group)
            case .object:
                guard cursor.take(UInt8(ascii: "{")) else { return false }
                if cursor.take(UInt8(ascii: "}")) { return true }
                var found = 0
                var text: Range<Int>?
                var present = false
                while true {
                    guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")) else { return false }
                    if Self.words.equals(3, key, in: cursor), found & 1 == 0 {
                        found |= 1
                        if cursor.start() == .array {
                            guard options(&cursor, question: question, row: row, words: words, into: &group) else {
                                return false
                            }
                            present = true
                        } else if !cursor.skipScalar() {
                            return false
                        }
                    } else if Self.words.equals(4, key, in: cursor), found & 2 == 0 {
                        found |= 2
                        if cursor.start() == .string {
                            text = cursor.string()
                            if text == nil { return false }
                        } else if !cursor.skipScalar() {
                            return false
                        }
                    } else {
                        return false
                    }
                    switch cursor.continues(closedBy: UInt8(ascii: "}")) {
                    case true?: continue
                    case false?:
                        if present, let text { group.texts[other].set(row, cursor.slice(text)) }
                        return true
                    case nil: return false
                    }
                }
            default: return cursor.skipScalar()
            }
        case .boolean(let code):
            if start == .literal {
                guard let value = cursor.literal() else { return false }
                if let value { group.ints[code][row] = value ? 1 : 0 }
                return true
            }
            return cursor.skipScalar()
        case .scale(let point):
            guard let value = scalePoint(&cursor, start: start) else { return false }
            group.ints[point][row] = value
            return true
        case .number(let column):
            if start == .number {
                guard let value = cursor.number() else { return false }
                group.doubles[column][row] = value
                return true
            }
            return cursor.skipScalar()
        case .matrix(let present, let cells):
            guard start == .object else { return start != .array && cursor.skipScalar() }
            return matrix(&cursor, question: question, row: row, present: present, cells: cells, into: &group)
        case .ranking(let list):
            guard start == .array else { return start != .object && cursor.skipScalar() }
            guard cursor.take(UInt8(ascii: "[")) else { return false }
            group.lists[list].begin(row)
            return optionValues(&cursor, question: question) { group.lists[list].append(Int64($0), to: row) }
        case .text(let column):
            guard start == .string else { return cursor.skipScalar() }
            guard let value = cursor.string() else { return false }
            group.texts[column].set(row, cursor.slice(value))
            return true
        case .date(let column):
            guard start == .string else { return cursor.skipScalar() }
            guard let value = cursor.string() else { return false }
            if case .date(let year, let month, let day)? = ExpressionValue.isoDate(
                String(decoding: cursor.slice(value), as: UTF8.self))
            {
                group.ints[column][row] = Int64(year) * 10000 + Int64(month) * 100 + Int64(day)
            }
            return true
        }
    }

    /// A scale point as stored (``RowGroup/notApplicable`` for "na", ``RowGroup/missing`` for anything else);
    /// nil to give up.
    private func scalePoint(_ cursor: inout ByteCursor, start: ByteCursor.Start) -> Int64? {
        switch start {
        case .number:
            guard let value = cursor.number() else { return nil }
            return Int(exactly: value).map(Int64.init) ?? RowGroup.missing
        case .string:
            guard let value = cursor.string() else { return nil }
            return ScanTable.notApplicable.equals(0, value, in: cursor) ? RowGroup.notApplicable : RowGroup.missing
        default:
            return cursor.skipScalar() ? RowGroup.missing : nil
        }
    }

    /// A multiple-choice array of option values into the row's bit set.
    private func options(
        _ cursor: inout ByteCursor, question: Int, row: Int, words: Range<Int>, into group: inout RowGroup
    ) -> Bool {
        guard cursor.take(UInt8(ascii: "[")) else { return false }
        for word in words { group.ints[word][row] = 0 }
        return optionValues(&cursor, question: question) { group.setOption($0, row: row, words: words) }
    }

    /// The rest of an array after its `[`: each string that is one of the question's option values is
    /// handed to `body` as the option's index; other values are skipped. False when the array is malformed.
    private func optionValues(_ cursor: inout ByteCursor, question: Int, _ body: (Int) -> Void) -> Bool {
        if cursor.take(UInt8(ascii: "]")) { return true }
        while true {
            if cursor.start() == .string {
                guard let value = cursor.string() else { return false }
                if let option = table.option(value, in: cursor, question: question) { body(option) }
            } else if !cursor.skipScalar() {
                return false
            }
            switch cursor.continues(closedBy: UInt8(ascii: "]")) {
            case true?: continue
            case false?: return true
            case nil: return false
            }
        }
    }

    /// A matrix answer: an object of row values.
    private func matrix(
        _ cursor: inout ByteCursor, question: Int, row: Int, present: Int, cells: Range<Int>,
        into group: inout RowGroup
    ) -> Bool {
        guard table.rowCount[question] <= 64, cursor.take(UInt8(ascii: "{")) else { return false }
        group.ints[present][row] = 1
        if cursor.take(UInt8(ascii: "}")) { return true }
        let isScale = if case .matrix(_, .scale) = layout.plan.questions[question].kind { true } else { false }
        var rowsSeen: UInt64 = 0
        while true {
            guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")),
                let rowIndex = table.row(key, in: cursor, question: question), rowsSeen & (1 << rowIndex) == 0
            else { return false }
            rowsSeen |= 1 << rowIndex
            let start = cursor.start()
            if isScale {
                guard let value = scalePoint(&cursor, start: start) else { return false }
                group.ints[cells.lowerBound + rowIndex][row] = value
            } else if start == .string {
                guard let value = cursor.string() else { return false }
                if let option = table.option(value, in: cursor, question: question) {
                    group.ints[cells.lowerBound + rowIndex][row] = Int64(option)
                }
            } else if !cursor.skipScalar() {
                return false
            }
            switch cursor.continues(closedBy: UInt8(ascii: "}")) {
            case true?: continue
            case false?: return true
            case nil: return false
            }
        }
    }

    /// An object with at most the keys `first` and `second` (positions in `words`): the ranges of their values where these are
    /// strings; nil to give up.
    private func pair(_ cursor: inout ByteCursor, first: Int, second: Int) -> (Range<Int>?, Range<Int>?)? {
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        var values: [Range<Int>?] = [nil, nil]
        var found = 0
        if cursor.take(UInt8(ascii: "}")) { return (nil, nil) }
        while true {
            guard let key = cursor.string(), cursor.take(UInt8(ascii: ":")) else { return nil }
            let slot =
                Self.words.equals(first, key, in: cursor) ? 0 : Self.words.equals(second, key, in: cursor) ? 1 : -1
            guard slot >= 0, found & (1 << slot) == 0 else { return nil }
            found |= 1 << slot
            if cursor.start() == .string {
                guard let value = cursor.string() else { return nil }
                values[slot] = value
            } else if !cursor.skipScalar() {
                return nil
            }
            switch cursor.continues(closedBy: UInt8(ascii: "}")) {
            case true?: continue
            case false?: return (values[0], values[1])
            case nil: return nil
            }
        }
    }
}
