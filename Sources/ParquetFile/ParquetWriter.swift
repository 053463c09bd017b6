/// Writes columns as a Parquet file: `PAR1`, row groups of column chunks, the footer (Thrift
/// compact `FileMetaData`), its length and `PAR1` again.
///
/// The schema is a required root with one optional leaf per column. Pages are uncompressed
/// version-1 data pages in PLAIN encoding (or RLE_DICTIONARY with a dictionary page), so every
/// reader of the format's first decade reads them.
public struct ParquetWriter: Sendable {
    /// The writing application, `name version x (build y)` as readers expect it.
    public var createdBy: String
    /// Key-value pairs stored in the footer, in this order.
    public var keyValueMetadata: [ParquetKeyValue]
    /// The most rows in one row group; readers can work on row groups in parallel.
    public var rowsPerGroup: Int

    public init(createdBy: String, keyValueMetadata: [ParquetKeyValue] = [], rowsPerGroup: Int = 1_000_000) {
        self.createdBy = createdBy
        self.keyValueMetadata = keyValueMetadata
        // A data page header states its number of values as a 32-bit integer.
        self.rowsPerGroup = min(max(1, rowsPerGroup), Int(Int32.max))
    }

    /// The file's bytes.
    /// - Throws: ``ParquetError`` when the columns differ in length or a page grows beyond 2 GiB.
    public func write(_ columns: [ParquetColumn]) throws(ParquetError) -> [UInt8] {
        let rowCount = columns.first?.count ?? 0
        if let uneven = columns.first(where: { $0.count != rowCount }) {
            throw .columnLengthsDiffer(column: uneven.name, rows: uneven.count, expected: rowCount)
        }
        let magic = Array("PAR1".utf8)
        var bytes = magic
        var rowGroups: [ThriftValue] = []
        for (ordinal, start) in stride(from: 0, to: rowCount, by: rowsPerGroup).enumerated() {
            let rows = start..<min(rowCount, start + rowsPerGroup)
            let groupOffset = bytes.count
            var chunks: [ThriftValue] = []
            for column in columns {
                let chunk = try ParquetColumnChunk(column, rows: rows)
                chunks.append(ParquetFooter.columnChunk(chunk, of: column, at: Int64(bytes.count)))
                bytes += chunk.bytes
            }
            let size = Int64(bytes.count - groupOffset)
            rowGroups.append(
                .structure([
                    ThriftField(1, .list(.structure, chunks)),
                    ThriftField(2, .i64(size)),
                    ThriftField(3, .i64(Int64(rows.count))),
                    ThriftField(5, .i64(Int64(groupOffset))),
                    ThriftField(6, .i64(size)),
                    ThriftField(7, .i16(Int16(truncatingIfNeeded: ordinal))),
                ]))
        }
        let footer = ThriftCompactEncoder.encode(
            ParquetFooter.fileMetadata(
                columns: columns, rowCount: rowCount, rowGroups: rowGroups, keyValueMetadata: keyValueMetadata,
                createdBy: createdBy))
        bytes += footer
        ParquetColumnChunk.appendLittleEndian(UInt32(truncatingIfNeeded: footer.count), to: &bytes)
        return bytes + magic
    }
}

/// One key-value pair of a Parquet file's metadata.
public struct ParquetKeyValue: Sendable, Hashable {
    public let key: String
    public let value: String

    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}
