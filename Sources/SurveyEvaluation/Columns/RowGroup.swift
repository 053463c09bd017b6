/// Up to ``capacity`` current responses in columns: the unit that is built,
/// written as blocks, read back and counted on one core.
///
/// Arrays are filled with "missing" up to the capacity when the group is
/// made, so a parser can set a row's values in whatever order the record
/// has them. Texts and lists keep their bytes in arrival order with a start
/// per row; writing the group puts them in row order.
struct RowGroup: Sendable {
    /// An integer cell without a value.
    static let missing = Int64.min
    /// A scale's "not applicable" answer.
    static let notApplicable = Int64.min + 1
    /// Rows per group: large enough that per-group costs vanish, small enough that a group of
    /// every column stays a few tens of megabytes.
    static let capacity = 1 << 16

    /// Rows in use.
    var count = 0
    var ints: [[Int64]]
    var doubles: [[Double]]
    var texts: [TextVector]
    var lists: [ListVector]
    /// Per question: whether it was shown in each row.
    var shown: [[Bool]]
    /// Whether each row is a current response (false once a revision or void replaced it).
    var live: [Bool]

    /// An empty group with room for `rows` rows of `schema`.
    init(schema: ColumnSchema, rows: Int = RowGroup.capacity) {
        ints = Array(repeating: Array(repeating: Self.missing, count: rows), count: schema.intCount)
        doubles = Array(repeating: Array(repeating: .nan, count: rows), count: schema.doubleCount)
        texts = Array(repeating: TextVector(rows: rows), count: schema.textCount)
        lists = Array(repeating: ListVector(rows: rows), count: schema.listCount)
        shown = Array(repeating: Array(repeating: false, count: rows), count: schema.questions.count)
        live = Array(repeating: false, count: rows)
    }

    /// Whether another row fits.
    var isFull: Bool { count == live.count }

    /// Empties the group for the next rows, keeping its memory: cheaper than a new group.
    mutating func reset() {
        let used = 0..<count
        for column in ints.indices { ints[column][used] = ArraySlice(repeating: Self.missing, count: count) }
        for column in doubles.indices { doubles[column][used] = ArraySlice(repeating: .nan, count: count) }
        for column in texts.indices {
            texts[column].lengths[used] = ArraySlice(repeating: Self.missing, count: count)
            texts[column].bytes.removeAll(keepingCapacity: true)
        }
        for column in lists.indices {
            lists[column].lengths[used] = ArraySlice(repeating: Self.missing, count: count)
            lists[column].values.removeAll(keepingCapacity: true)
        }
        for question in shown.indices { shown[question][used] = ArraySlice(repeating: false, count: count) }
        live[used] = ArraySlice(repeating: false, count: count)
        count = 0
    }
}

/// One text per row (or none), as UTF-8 bytes.
struct TextVector: Sendable, Hashable {
    /// Byte length per row; ``RowGroup/missing`` when the row has no text.
    var lengths: [Int64]
    /// Where each row's bytes start in `bytes`.
    var starts: [Int]
    var bytes: [UInt8] = []

    init(rows: Int) {
        lengths = Array(repeating: RowGroup.missing, count: rows)
        starts = Array(repeating: 0, count: rows)
    }

    mutating func set(_ row: Int, _ text: UnsafeBufferPointer<UInt8>) {
        starts[row] = bytes.count
        lengths[row] = Int64(text.count)
        bytes.append(contentsOf: text)
    }

    mutating func set(_ row: Int, _ text: String) {
        var text = text
        text.withUTF8 { set(row, $0) }
    }

    func isPresent(_ row: Int) -> Bool { lengths[row] != RowGroup.missing }

    /// The text of `row`, nil when it has none.
    func string(_ row: Int) -> String? {
        guard lengths[row] != RowGroup.missing else { return nil }
        let start = starts[row]
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + Int(lengths[row])]), as: UTF8.self)
        }
    }

    /// Calls `body` with the bytes of `row`'s text, if it has one.
    func withBytes<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard lengths[row] != RowGroup.missing else { return nil }
        let start = starts[row]
        return bytes.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[start..<start + Int(lengths[row])]))
        }
    }
}

/// One list of integers per row (or none).
struct ListVector: Sendable, Hashable {
    /// Entries per row; ``RowGroup/missing`` when the row has no list.
    var lengths: [Int64]
    var starts: [Int]
    var values: [Int64] = []

    init(rows: Int) {
        lengths = Array(repeating: RowGroup.missing, count: rows)
        starts = Array(repeating: 0, count: rows)
    }

    /// Starts `row`'s list; entries follow with ``append(_:to:)``.
    mutating func begin(_ row: Int) {
        starts[row] = values.count
        lengths[row] = 0
    }

    mutating func append(_ value: Int64, to row: Int) {
        values.append(value)
        lengths[row] += 1
    }

    /// The entries of `row`, empty when it has none.
    func list(_ row: Int) -> ArraySlice<Int64> {
        guard lengths[row] > 0 else { return [] }
        return values[starts[row]..<starts[row] + Int(lengths[row])]
    }
}
