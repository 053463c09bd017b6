/// A row group as the blocks of `columns.bin`, in the order of
/// `docs/columnar-file.md`: integer columns, number columns, texts, lists,
/// one shown flag column per question, and last the live flags.
extension RowGroup {
    /// Every block but the live flags, which change when a later record replaces a row.
    func columnBlocks(schema: ColumnSchema) -> [[UInt8]] {
        var blocks: [[UInt8]] = []
        blocks.reserveCapacity(schema.blocksPerGroup)
        func block(_ write: (inout [UInt8]) -> Void) {
            var bytes: [UInt8] = []
            write(&bytes)
            blocks.append(bytes)
        }
        for column in ints { block { BlockCoding.appendInts(column[0..<count], to: &$0) } }
        for column in doubles { block { BlockCoding.appendDoubles(column[0..<count], to: &$0) } }
        for column in texts { block { BlockCoding.appendTexts(column, count: count, to: &$0) } }
        for column in lists { block { BlockCoding.appendList(column, count: count, to: &$0) } }
        for column in shown { block { BlockCoding.appendBits(column[0..<count], to: &$0) } }
        return blocks
    }

    /// The block of live flags.
    static func liveBlock(_ live: ArraySlice<Bool>) -> [UInt8] {
        var bytes: [UInt8] = []
        BlockCoding.appendBits(live, to: &bytes)
        return bytes
    }

    /// Reads a group of `count` rows from its blocks, by position within the group.
    ///
    /// - Parameter skipIDs: Leaves the response ids out (counting does not need them).
    init(
        schema: ColumnSchema, count: Int, skipIDs: Bool = false,
        block: (Int) throws(ColumnsDamage) -> [UInt8]
    ) throws(ColumnsDamage) {
        self.count = count
        var index = 0
        func next() throws(ColumnsDamage) -> BlockReader {
            defer { index += 1 }
            return BlockReader(bytes: try block(index))
        }
        func finished(_ reader: BlockReader) throws(ColumnsDamage) {
            guard reader.remaining == 0 else { throw ColumnsDamage("block \(index - 1) of a group has extra bytes") }
        }
        ints = []
        for _ in 0..<schema.intCount {
            var reader = try next()
            ints.append(try BlockCoding.readInts(count, from: &reader))
            try finished(reader)
        }
        doubles = []
        for _ in 0..<schema.doubleCount {
            var reader = try next()
            doubles.append(try BlockCoding.readDoubles(count, from: &reader))
            try finished(reader)
        }
        texts = []
        for column in 0..<schema.textCount {
            if skipIDs && column == schema.idColumn {
                index += 1
                texts.append(TextVector(rows: count))
                continue
            }
            var reader = try next()
            texts.append(try BlockCoding.readTexts(count, from: &reader))
            try finished(reader)
        }
        lists = []
        for _ in 0..<schema.listCount {
            var reader = try next()
            lists.append(try BlockCoding.readList(count, from: &reader))
            try finished(reader)
        }
        shown = []
        for _ in 0..<schema.questions.count {
            var reader = try next()
            shown.append(try BlockCoding.readBits(count, from: &reader))
            try finished(reader)
        }
        var reader = try next()
        live = try BlockCoding.readBits(count, from: &reader)
        try finished(reader)
    }
}
