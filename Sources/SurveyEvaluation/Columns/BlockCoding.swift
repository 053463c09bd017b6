/// The byte forms of the four column types inside a block of `columns.bin`
/// (see `docs/columnar-file.md`); little-endian throughout.
///
/// Integers are stored in the narrowest width that holds their range above
/// the smallest value, with the two highest codes of the width meaning
/// "missing" and "not applicable": a column of option positions takes one
/// byte per row. Doubles that are all whole numbers are stored as integers.
enum BlockCoding {
    // MARK: Writing

    static func appendInts(_ values: ArraySlice<Int64>, to out: inout [UInt8]) {
        var low = Int64.max
        var high = Int64.min
        for value in values where value != RowGroup.missing && value != RowGroup.notApplicable {
            low = min(low, value)
            high = max(high, value)
        }
        guard low <= high || values.contains(RowGroup.notApplicable) else {
            out.append(0) // every value missing
            return
        }
        if low > high { (low, high) = (0, 0) }
        let (span, overflow) = high.subtractingReportingOverflow(low)
        let width: Int =
            overflow ? 8 : span < 0xFE ? 1 : span < 0xFFFE ? 2 : span < 0xFFFF_FFFE ? 4 : 8
        out.append(UInt8(width))
        if width == 8 {
            out.reserveCapacity(out.count + values.count * 8)
            for value in values { out.appendLittleEndian(UInt64(bitPattern: value)) }
            return
        }
        out.appendLittleEndian(UInt64(bitPattern: low))
        let top = width == 4 ? UInt64(UInt32.max) : (UInt64(1) << UInt64(width * 8)) - 1
        out.reserveCapacity(out.count + values.count * width)
        for value in values {
            let code: UInt64 =
                value == RowGroup.missing ? top : value == RowGroup.notApplicable ? top - 1 : UInt64(value - low)
            switch width {
            case 1: out.append(UInt8(truncatingIfNeeded: code))
            case 2: out.appendLittleEndian(UInt16(truncatingIfNeeded: code))
            default: out.appendLittleEndian(UInt32(truncatingIfNeeded: code))
            }
        }
    }

    static func appendDoubles(_ values: ArraySlice<Double>, to out: inout [UInt8]) {
        let whole = values.allSatisfy { value in
            value.isNaN
                || (value == value.rounded(.towardZero) && abs(value) < 0x1p53 && !(value == 0 && value.sign == .minus))
        }
        if whole {
            out.append(0)
            appendInts(values.map { $0.isNaN ? RowGroup.missing : Int64($0) }[...], to: &out)
        } else {
            out.append(1)
            out.reserveCapacity(out.count + values.count * 8)
            for value in values { out.appendLittleEndian(value.bitPattern) }
        }
    }

    static func appendTexts(_ texts: TextVector, count: Int, to out: inout [UInt8]) {
        appendInts(texts.lengths[0..<count], to: &out)
        var total = 0
        for row in 0..<count where texts.lengths[row] != RowGroup.missing { total += Int(texts.lengths[row]) }
        out.appendLittleEndian(UInt64(total))
        out.reserveCapacity(out.count + total)
        for row in 0..<count where texts.lengths[row] != RowGroup.missing {
            out.append(contentsOf: texts.bytes[texts.starts[row]..<texts.starts[row] + Int(texts.lengths[row])])
        }
    }

    static func appendList(_ list: ListVector, count: Int, to out: inout [UInt8]) {
        appendInts(list.lengths[0..<count], to: &out)
        var values: [Int64] = []
        for row in 0..<count { values += list.list(row) }
        appendInts(values[...], to: &out)
    }

    static func appendBits(_ flags: ArraySlice<Bool>, to out: inout [UInt8]) {
        var byte: UInt8 = 0
        for (offset, flag) in flags.enumerated() {
            if flag { byte |= 1 << UInt8(offset % 8) }
            if offset % 8 == 7 {
                out.append(byte)
                byte = 0
            }
        }
        if flags.count % 8 != 0 { out.append(byte) }
    }

    // MARK: Reading

    static func readInts(_ count: Int, from reader: inout BlockReader) throws(ColumnsDamage) -> [Int64] {
        let width = Int(try reader.byte())
        switch width {
        case 0: return Array(repeating: RowGroup.missing, count: count)
        case 8:
            let bytes = try reader.take(count * 8)
            return (0..<count).map { Int64(bitPattern: bytes.littleEndianUInt64(at: $0 * 8)) }
        case 1, 2, 4:
            let low = Int64(bitPattern: try reader.uint64())
            let top = width == 4 ? UInt64(UInt32.max) : (UInt64(1) << UInt64(width * 8)) - 1
            var values = [Int64](repeating: 0, count: count)
            try reader.withBytes(count * width) { raw in
                values.withUnsafeMutableBufferPointer { values in
                    /// Decodes every row with `load`, the width's reader, chosen once per column.
                    func decode(_ load: (Int) -> UInt64) {
                        for row in 0..<count {
                            let code = load(row)
                            values[row] =
                                code == top
                                ? RowGroup.missing
                                : code == top - 1 ? RowGroup.notApplicable : low &+ Int64(bitPattern: code)
                        }
                    }
                    switch width {
                    case 1: decode { UInt64(raw[$0]) }
                    case 2:
                        decode {
                            UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 2, as: UInt16.self)))
                        }
                    default:
                        decode {
                            UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)))
                        }
                    }
                }
            }
            return values
        default: throw ColumnsDamage("an integer column of width \(width)")
        }
    }

    static func readDoubles(_ count: Int, from reader: inout BlockReader) throws(ColumnsDamage) -> [Double] {
        switch try reader.byte() {
        case 0: return try readInts(count, from: &reader).map { $0 == RowGroup.missing ? .nan : Double($0) }
        case 1:
            let bytes = try reader.take(count * 8)
            return (0..<count).map { Double(bitPattern: bytes.littleEndianUInt64(at: $0 * 8)) }
        case let mode: throw ColumnsDamage("a number column of form \(mode)")
        }
    }

    static func readTexts(_ count: Int, from reader: inout BlockReader) throws(ColumnsDamage) -> TextVector {
        var texts = TextVector(rows: 0)
        texts.lengths = try readInts(count, from: &reader)
        let total = try reader.uint64()
        guard total <= UInt64(reader.remaining) else { throw ColumnsDamage("texts longer than their block") }
        texts.bytes = try reader.take(Int(total))
        texts.starts = []
        texts.starts.reserveCapacity(count)
        var start = 0
        for length in texts.lengths {
            texts.starts.append(start)
            guard length == RowGroup.missing || (length >= 0 && length <= Int64(Int(total) - start)) else {
                throw ColumnsDamage("a text length beyond its block")
            }
            if length != RowGroup.missing { start += Int(length) }
        }
        return texts
    }

    static func readList(_ count: Int, from reader: inout BlockReader) throws(ColumnsDamage) -> ListVector {
        var list = ListVector(rows: 0)
        list.lengths = try readInts(count, from: &reader)
        var total = 0
        list.starts = []
        list.starts.reserveCapacity(count)
        for length in list.lengths {
            list.starts.append(total)
            guard length == RowGroup.missing || (length >= 0 && length <= 1 << 32) else {
                throw ColumnsDamage("a list length of \(length)")
            }
            if length != RowGroup.missing { total += Int(length) }
        }
        // A block of one width byte can claim any number of entries; more than a block's worth is damage.
        guard total <= 1 << 26 else { throw ColumnsDamage("a list block of \(total) entries") }
        list.values = try readInts(total, from: &reader)
        return list
    }

    static func readBits(_ count: Int, from reader: inout BlockReader) throws(ColumnsDamage) -> [Bool] {
        let bytes = try reader.take((count + 7) / 8)
        return (0..<count).map { bytes[$0 / 8] >> UInt8($0 % 8) & 1 == 1 }
    }
}

/// Reads a block front to back; running past its end means the block is damaged.
struct BlockReader {
    let bytes: [UInt8]
    var position = 0

    var remaining: Int { bytes.count - position }

    mutating func byte() throws(ColumnsDamage) -> UInt8 {
        guard position < bytes.count else { throw ColumnsDamage("a block ends early") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func uint64() throws(ColumnsDamage) -> UInt64 {
        try take(8).littleEndianUInt64(at: 0)
    }

    /// Calls `body` with the next `count` bytes in place, without copying them.
    mutating func withBytes(_ count: Int, _ body: (UnsafeRawBufferPointer) -> Void) throws(ColumnsDamage) {
        guard count >= 0, count <= remaining else { throw ColumnsDamage("a block ends early") }
        bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[position..<position + count])) }
        position += count
    }

    mutating func take(_ count: Int) throws(ColumnsDamage) -> [UInt8] {
        guard count >= 0, count <= remaining else { throw ColumnsDamage("a block ends early") }
        defer { position += count }
        return Array(bytes[position..<position + count])
    }
}

/// Why stored columns cannot be used: they are rebuilt from the log.
struct ColumnsDamage: Error, Sendable, Hashable, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension [UInt8] {
    mutating func appendLittleEndian(_ value: some FixedWidthInteger) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    func littleEndianUInt64(at offset: Int) -> UInt64 {
        withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }
}
