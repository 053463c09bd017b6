/// Encodes ``ThriftValue``s with Thrift's compact protocol, the encoding of Parquet's page headers
/// and footer.
///
/// Integers are zigzag varints; a field header packs the delta to the previous field id of the
/// same struct (1…15) with the type into one byte, and falls back to the type byte followed by the
/// id when the delta does not fit; booleans in fields live in the type nibble.
public enum ThriftCompactEncoder {
    /// The bytes of a struct with `fields`, including its stop byte.
    public static func encode(_ fields: [ThriftField]) -> [UInt8] {
        var bytes: [UInt8] = []
        writeStructure(fields, into: &bytes)
        return bytes
    }

    /// The compact type id of a field of `value`'s type.
    static func typeID(of value: ThriftValue) -> UInt8 {
        switch value {
        case .bool(let flag): flag ? 1 : 2
        case .i16: ThriftElementType.i16.rawValue
        case .i32: ThriftElementType.i32.rawValue
        case .i64: ThriftElementType.i64.rawValue
        case .double: ThriftElementType.double.rawValue
        case .binary: ThriftElementType.binary.rawValue
        case .list: ThriftElementType.list.rawValue
        case .structure: ThriftElementType.structure.rawValue
        }
    }

    static func writeStructure(_ fields: [ThriftField], into bytes: inout [UInt8]) {
        // Field ids are delta-encoded against the previous field of this struct only; a nested
        // struct starts again from 0.
        var previousID: Int16 = 0
        for field in fields {
            let type = typeID(of: field.value)
            let delta = Int(field.id) - Int(previousID)
            if (1...15).contains(delta) {
                bytes.append(UInt8(delta) << 4 | type)
            } else {
                bytes.append(type)
                writeVarint(zigzag(Int64(field.id)), into: &bytes)
            }
            previousID = field.id
            if case .bool = field.value { continue }
            writeValue(field.value, into: &bytes)
        }
        bytes.append(0)
    }

    static func writeValue(_ value: ThriftValue, into bytes: inout [UInt8]) {
        switch value {
        case .bool(let flag): bytes.append(flag ? 1 : 2)
        case .i16(let number): writeVarint(zigzag(Int64(number)), into: &bytes)
        case .i32(let number): writeVarint(zigzag(Int64(number)), into: &bytes)
        case .i64(let number): writeVarint(zigzag(number), into: &bytes)
        case .double(let number):
            // The compact protocol writes doubles little-endian (the binary protocol big-endian).
            withUnsafeBytes(of: number.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        case .binary(let data):
            writeVarint(UInt64(data.count), into: &bytes)
            bytes.append(contentsOf: data)
        case .list(let elementType, let elements):
            if elements.count < 15 {
                bytes.append(UInt8(elements.count) << 4 | elementType.rawValue)
            } else {
                bytes.append(0xF0 | elementType.rawValue)
                writeVarint(UInt64(elements.count), into: &bytes)
            }
            for element in elements { writeValue(element, into: &bytes) }
        case .structure(let fields): writeStructure(fields, into: &bytes)
        }
    }

    /// Folds signed numbers into unsigned ones so that small magnitudes of either sign stay short.
    static func zigzag(_ number: Int64) -> UInt64 {
        UInt64(bitPattern: (number << 1) ^ (number >> 63))
    }

    /// Unsigned LEB128: seven bits per byte, lowest first, the high bit set on all but the last.
    static func writeVarint(_ number: UInt64, into bytes: inout [UInt8]) {
        var rest = number
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}
