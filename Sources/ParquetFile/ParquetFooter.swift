/// The Thrift structs of a Parquet footer (parquet.thrift's `FileMetaData`, `SchemaElement`,
/// `ColumnChunk`, `ColumnMetaData`), with the field ids of the format's IDL.
enum ParquetFooter {
    /// Version 2 of the format: the logical type annotations (DATE, TIMESTAMP, STRING) belong to it.
    static let formatVersion: Int32 = 2

    static func fileMetadata(
        columns: [ParquetColumn], rowCount: Int, rowGroups: [ThriftValue], keyValueMetadata: [ParquetKeyValue],
        createdBy: String
    ) -> [ThriftField] {
        let root = ThriftValue.structure([
            ThriftField(3, .i32(0)), // REQUIRED
            ThriftField(4, .string("schema")),
            ThriftField(5, .i32(Int32(columns.count))),
        ])
        var fields = [
            ThriftField(1, .i32(formatVersion)),
            ThriftField(2, .list(.structure, [root] + columns.map(schemaElement))),
            ThriftField(3, .i64(Int64(rowCount))),
            ThriftField(4, .list(.structure, rowGroups)),
        ]
        if !keyValueMetadata.isEmpty {
            fields.append(
                ThriftField(
                    5,
                    .list(
                        .structure,
                        keyValueMetadata.map {
                            .structure([ThriftField(1, .string($0.key)), ThriftField(2, .string($0.value))])
                        })))
        }
        fields.append(ThriftField(6, .string(createdBy)))
        // Every column sorts by its type's order (signed for numbers and dates), which is what tells
        // readers they may trust the statistics' minimum and maximum.
        let typeDefinedOrder = ThriftValue.structure([ThriftField(1, .emptyStructure)])
        fields.append(ThriftField(7, .list(.structure, Array(repeating: typeDefinedOrder, count: columns.count))))
        return fields
    }

    /// An optional leaf of the schema, with the converted type that older readers understand beside
    /// the logical type.
    static func schemaElement(_ column: ParquetColumn) -> ThriftValue {
        let types = ParquetPhysicalType.schemaFields(of: column.values)
        var fields = [
            ThriftField(1, .i32(types.type)),
            ThriftField(3, .i32(1)), // OPTIONAL
            ThriftField(4, .string(column.name)),
        ]
        if let converted = types.converted { fields.append(ThriftField(6, .i32(converted))) }
        if let logical = types.logical { fields.append(ThriftField(10, logical)) }
        return .structure(fields)
    }

    /// A column chunk's metadata; `offset` is where its first page starts in the file.
    static func columnChunk(_ chunk: ParquetColumnChunk, of column: ParquetColumn, at offset: Int64) -> ThriftValue {
        let size = Int64(chunk.bytes.count)
        var metadata = [
            ThriftField(1, .i32(ParquetPhysicalType.schemaFields(of: column.values).type)),
            ThriftField(2, .list(.i32, chunk.encodings.map(ThriftValue.i32))),
            ThriftField(3, .list(.binary, [.string(column.name)])),
            ThriftField(4, .i32(0)), // UNCOMPRESSED
            ThriftField(5, .i64(Int64(chunk.valueCount))),
            ThriftField(6, .i64(size)),
            ThriftField(7, .i64(size)),
            ThriftField(9, .i64(offset + Int64(chunk.dataPageStart))),
        ]
        if chunk.hasDictionary { metadata.append(ThriftField(11, .i64(offset))) }
        var statistics = [ThriftField(3, .i64(Int64(chunk.nullCount)))]
        if let bounds = chunk.bounds {
            statistics += [ThriftField(5, .binary(bounds.maximum)), ThriftField(6, .binary(bounds.minimum))]
        }
        metadata.append(ThriftField(12, .structure(statistics)))
        return .structure([ThriftField(2, .i64(offset)), ThriftField(3, .structure(metadata))])
    }
}
