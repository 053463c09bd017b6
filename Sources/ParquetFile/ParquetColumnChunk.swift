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
    /// The smallest and largest value, plain-encoded, for the statistics that let readers skip row
    /// groups; nil for texts (whose order needs truncation rules) and where there is no value or a NaN.
    let bounds: (minimum: [UInt8], maximum: [UInt8])?

    /// Encodes `rows` of `column`.
    /// - Throws: ``ParquetError/pageTooLarge(column:)`` when a page would exceed Parquet's 2 GiB limit.
    init(_ column: ParquetColumn, rows: Range<Int>) throws(ParquetError) {
        valueCount = rows.count
        var levels: [UInt32] = []
        var values: [UInt8] = []
        var dictionary: (page: [UInt8], count: Int)?
        switch column.values {
        case .double(let cells):
            // Numbers that repeat (0/1, scale points) shrink to a few bits each; the bit pattern is
            // the key, so -0 and 0 stay apart.
            levels = Self.levels(cells[rows])
            dictionary = Self.dictionaryEncoded(
                cells[rows], key: \.bitPattern, onlyIfRepeating: true, into: &values
            ) { Self.appendLittleEndian($0.bitPattern, to: &$1) }
            if dictionary == nil { Self.plain(cells[rows], into: &values) { $0.bitPattern } }
            // The format asks for -0 as a zero minimum and +0 as a zero maximum.
            bounds = Self.bounds(cells[rows]).map { minimum, maximum in
                (
                    Self.plainBytes((minimum == 0 ? -0.0 : minimum).bitPattern),
                    Self.plainBytes((maximum == 0 ? 0.0 : maximum).bitPattern)
                )
            }
        case .date(let cells):
            levels = Self.levels(cells[rows])
            Self.plain(cells[rows], into: &values) { UInt32(bitPattern: $0) }
            bounds = Self.bounds(cells[rows]).map { (Self.plainBytes($0), Self.plainBytes($1)) }
        case .timestampMillisecondsUTC(let cells):
            levels = Self.levels(cells[rows])
            Self.plain(cells[rows], into: &values) { UInt64(bitPattern: $0) }
            bounds = Self.bounds(cells[rows]).map { (Self.plainBytes($0), Self.plainBytes($1)) }
        case .string(let cells, let usesDictionary):
            bounds = nil
            levels = Self.levels(cells[rows])
            if usesDictionary {
                dictionary = Self.dictionaryEncoded(
                    cells[rows], key: { $0 }, onlyIfRepeating: false, into: &values, appendPlain: Self.appendByteArray)
            }
            if dictionary == nil {
                for case let cell? in cells[rows] { Self.appendByteArray(cell, to: &values) }
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

    /// The definition levels: 1 where a row has a value, 0 where it is null.
    private static func levels<Value>(_ cells: ArraySlice<Value?>) -> [UInt32] {
        cells.map { $0 == nil ? 0 : 1 }
    }

    /// The smallest and largest present value; nil when there is none or one is unordered (NaN).
    private static func bounds<Value: Comparable>(_ cells: ArraySlice<Value?>) -> (Value, Value)? {
        var bounds: (Value, Value)?
        for case let cell? in cells {
            guard cell == cell else { return nil }
            bounds = bounds.map { (Swift.min($0.0, cell), Swift.max($0.1, cell)) } ?? (cell, cell)
        }
        return bounds
    }

    static func plainBytes<Bits: FixedWidthInteger>(_ value: Bits) -> [UInt8] {
        var bytes: [UInt8] = []
        appendLittleEndian(value, to: &bytes)
        return bytes
    }

    /// Plain encoding of fixed-width values: their bits little-endian, present values only.
    private static func plain<Value, Bits: FixedWidthInteger>(
        _ cells: ArraySlice<Value?>, into bytes: inout [UInt8], bits: (Value) -> Bits
    ) {
        bytes.reserveCapacity(cells.count * Bits.bitWidth / 8)
        for case let cell? in cells { appendLittleEndian(bits(cell), to: &bytes) }
    }

    /// The dictionary page's body (each distinct value once, plain, in order of appearance) and the
    /// data's indices: one byte of bit width, then the indices in the hybrid encoding.
    ///
    /// Nil when there is no value, or (with `onlyIfRepeating`) when fewer than half the values are
    /// repeats, where a dictionary would cost more than it saves.
    private static func dictionaryEncoded<Value, Key: Hashable>(
        _ cells: ArraySlice<Value?>, key: (Value) -> Key, onlyIfRepeating: Bool, into bytes: inout [UInt8],
        appendPlain: (Value, inout [UInt8]) -> Void
    ) -> (page: [UInt8], count: Int)? {
        var indexOf: [Key: UInt32] = [:]
        var page: [UInt8] = []
        var indices: [UInt32] = []
        for case let cell? in cells {
            let cellKey = key(cell)
            if let index = indexOf[cellKey] {
                indices.append(index)
            } else {
                let index = UInt32(indexOf.count)
                indexOf[cellKey] = index
                appendPlain(cell, &page)
                indices.append(index)
            }
        }
        guard !indices.isEmpty, !onlyIfRepeating || indexOf.count * 2 <= indices.count else { return nil }
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
