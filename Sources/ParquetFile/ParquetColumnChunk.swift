/// One column's rows of one row group as pages: a data page (version 1, uncompressed) with the
/// definition levels and the present values, preceded by a dictionary page for dictionary columns.
struct ParquetColumnChunk {
    /// The pages, headers included.
    private(set) var bytes: [UInt8] = []
    /// Where the data page starts within ``bytes``: after the dictionary page, if any.
    private(set) var dataPageStart = 0
    let hasDictionary: Bool
    let valueCount: Int
    let nullCount: Int

    /// Encodes `rows` of `column`.
    /// - Throws: ``ParquetError/pageTooLarge(column:)`` when a page would exceed Parquet's 2 GiB limit.
    init(_ column: ParquetColumn, rows: Range<Int>) throws(ParquetError) {
        valueCount = rows.count
        var levels: [UInt32] = []
        levels.reserveCapacity(rows.count)
        var values: [UInt8] = []
        var dictionary: (page: [UInt8], count: Int)?
        switch column.values {
        case .double(let cells):
            Self.plain(cells[rows], levels: &levels, into: &values) { $0.bitPattern }
        case .date(let cells):
            Self.plain(cells[rows], levels: &levels, into: &values) { UInt32(bitPattern: $0) }
        case .timestampMillisecondsUTC(let cells):
            Self.plain(cells[rows], levels: &levels, into: &values) { UInt64(bitPattern: $0) }
        case .string(let cells, let usesDictionary):
            if usesDictionary, cells[rows].contains(where: { $0 != nil }) {
                dictionary = Self.dictionaryEncoded(cells[rows], levels: &levels, into: &values)
            } else {
                for cell in cells[rows] {
                    levels.append(cell == nil ? 0 : 1)
                    if let cell { Self.appendByteArray(cell, to: &values) }
                }
            }
        }
        nullCount = levels.count { $0 == 0 }
        hasDictionary = dictionary != nil
        if let dictionary {
            try appendPage(
                type: 2, body: dictionary.page, column: column.name,
                header: ThriftField(
                    7,
                    .structure([
                        ThriftField(1, .i32(Int32(dictionary.count))),
                        ThriftField(2, .i32(ParquetPhysicalType.plainEncoding)),
                    ])))
            dataPageStart = bytes.count
        }
        let encodedLevels = HybridEncoding.encode(levels, bitWidth: 1)
        var body: [UInt8] = []
        Self.appendLittleEndian(UInt32(encodedLevels.count), to: &body)
        body += encodedLevels
        body += values
        try appendPage(
            type: 0, body: body, column: column.name,
            header: ThriftField(
                5,
                .structure([
                    ThriftField(1, .i32(Int32(rows.count))),
                    ThriftField(
                        2,
                        .i32(
                            hasDictionary
                                ? ParquetPhysicalType.rleDictionaryEncoding : ParquetPhysicalType.plainEncoding)
                    ),
                    ThriftField(3, .i32(ParquetPhysicalType.rleEncoding)),
                    ThriftField(4, .i32(ParquetPhysicalType.rleEncoding)),
                ])))
    }

    /// The encodings the chunk uses, for its metadata.
    var encodings: [Int32] {
        hasDictionary
            ? [
                ParquetPhysicalType.plainEncoding, ParquetPhysicalType.rleEncoding,
                ParquetPhysicalType.rleDictionaryEncoding,
            ]
            : [ParquetPhysicalType.plainEncoding, ParquetPhysicalType.rleEncoding]
    }

    private mutating func appendPage(type: Int32, body: [UInt8], column: String, header: ThriftField)
        throws(ParquetError)
    {
        guard let size = Int32(exactly: body.count) else { throw .pageTooLarge(column: column) }
        bytes += ThriftCompactEncoder.encode([
            ThriftField(1, .i32(type)), ThriftField(2, .i32(size)), ThriftField(3, .i32(size)), header,
        ])
        bytes += body
    }

    /// Plain encoding of fixed-width values: their bits little-endian, present values only.
    private static func plain<Value, Bits: FixedWidthInteger>(
        _ cells: ArraySlice<Value?>, levels: inout [UInt32], into bytes: inout [UInt8], bits: (Value) -> Bits
    ) {
        bytes.reserveCapacity(cells.count * Bits.bitWidth / 8)
        for cell in cells {
            levels.append(cell == nil ? 0 : 1)
            if let cell { appendLittleEndian(bits(cell), to: &bytes) }
        }
    }

    /// The dictionary page's body (each distinct text once, in order of appearance) and the data's
    /// indices: one byte of bit width, then the indices in the hybrid encoding.
    private static func dictionaryEncoded(
        _ cells: ArraySlice<String?>, levels: inout [UInt32], into bytes: inout [UInt8]
    ) -> (page: [UInt8], count: Int) {
        var indexOf: [String: UInt32] = [:]
        var page: [UInt8] = []
        var indices: [UInt32] = []
        for cell in cells {
            levels.append(cell == nil ? 0 : 1)
            guard let cell else { continue }
            if let index = indexOf[cell] {
                indices.append(index)
            } else {
                let index = UInt32(indexOf.count)
                indexOf[cell] = index
                appendByteArray(cell, to: &page)
                indices.append(index)
            }
        }
        let bitWidth = HybridEncoding.bitWidth(forMaximum: indexOf.count - 1)
        bytes.append(UInt8(bitWidth))
        bytes += HybridEncoding.encode(indices, bitWidth: bitWidth)
        return (page, indexOf.count)
    }

    /// Plain encoding of a byte array: its length as four bytes little-endian, then its bytes.
    private static func appendByteArray(_ text: String, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        appendLittleEndian(UInt32(truncatingIfNeeded: utf8.count), to: &bytes)
        bytes += utf8
    }

    static func appendLittleEndian<Bits: FixedWidthInteger>(_ value: Bits, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}
