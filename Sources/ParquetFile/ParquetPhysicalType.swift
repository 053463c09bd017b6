/// How a column is stored and annotated: the schema element's physical, converted and logical type.
enum ParquetPhysicalType {
    // Type, ConvertedType and Encoding ids from parquet.thrift.
    static let int32: Int32 = 1
    static let int64: Int32 = 2
    static let double: Int32 = 5
    static let byteArray: Int32 = 6

    static let plainEncoding: Int32 = 0
    static let rleEncoding: Int32 = 3
    static let rleDictionaryEncoding: Int32 = 8

    /// The schema element's fields 1 (type), 6 (converted type) and 10 (logical type) for `values`.
    static func schemaFields(of values: ParquetColumn.Values) -> (type: Int32, converted: Int32?, logical: ThriftValue?)
    {
        switch values {
        case .double: (double, nil, nil)
        case .date: (int32, 6, .structure([ThriftField(6, .emptyStructure)]))
        case .timestampMillisecondsUTC:
            (
                int64, 9,
                .structure([
                    ThriftField(
                        8,
                        .structure([
                            ThriftField(1, .bool(true)),
                            ThriftField(2, .structure([ThriftField(1, .emptyStructure)])),
                        ]))
                ])
            )
        case .string: (byteArray, 0, .structure([ThriftField(1, .emptyStructure)]))
        }
    }
}
