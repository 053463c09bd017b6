import Testing

@testable import ParquetFile

/// The compact protocol's bytes, computed by hand from the protocol's specification.
struct ThriftCompactEncoderTests {
    /// Field headers carry the delta to the previous id in the high nibble: id 1 → 0x15 (i32), id 2 → 0x18
    /// (binary, delta 1), id 4 → 0x26 (i64, delta 2).
    @Test func structWithSeveralFields() {
        let bytes = ThriftCompactEncoder.encode([
            ThriftField(1, .i32(1)), ThriftField(2, .string("ab")), ThriftField(4, .i64(-3)),
        ])
        #expect(bytes == [0x15, 0x02, 0x18, 0x02, 0x61, 0x62, 0x26, 0x05, 0x00])
    }

    /// A delta above 15 writes the type alone, then the id as a zigzag varint (20 → 40 = 0x28); 150 → 300.
    @Test func longFieldIDJump() {
        #expect(ThriftCompactEncoder.encode([ThriftField(20, .i32(150))]) == [0x05, 0x28, 0xAC, 0x02, 0x00])
    }

    /// Zigzag maps -1 → 1, -64 → 127, -65 → 129 (two varint bytes), Int32.min → 2^32 - 1 (five bytes).
    @Test(
        arguments: [
            (Int32(-1), [UInt8(0x01)]), (Int32(-64), [UInt8(0x7F)]), (Int32(-65), [UInt8(0x81), 0x01]),
            (Int32.min, [UInt8(0xFF), 0xFF, 0xFF, 0xFF, 0x0F]),
        ] as [(Int32, [UInt8])])
    func negativeI32(value: Int32, encoded: [UInt8]) {
        #expect(ThriftCompactEncoder.encode([ThriftField(1, .i32(value))]) == [0x15] + encoded + [0x00])
    }

    /// A short list packs its size and element type into one byte (3 × i32 → 0x35); 15 and more
    /// elements write 0xF5 and the size as a varint.
    @Test func lists() {
        #expect(
            ThriftCompactEncoder.encode([ThriftField(1, .list(.i32, [.i32(1), .i32(2), .i32(3)]))])
                == [0x19, 0x35, 0x02, 0x04, 0x06, 0x00])
        let long = ThriftCompactEncoder.encode([ThriftField(1, .list(.i32, Array(repeating: .i32(0), count: 15)))])
        #expect(Array(long.prefix(3)) == [0x19, 0xF5, 0x0F])
        #expect(long.count == 3 + 15 + 1)
    }

    /// Booleans live in the field header (1 true, 2 false); a nested struct counts its field ids
    /// from zero and the outer struct continues from its own last id.
    @Test func nestedStructAndBooleans() {
        let bytes = ThriftCompactEncoder.encode([
            ThriftField(1, .structure([ThriftField(1, .bool(true))])), ThriftField(2, .bool(false)),
        ])
        #expect(bytes == [0x1C, 0x11, 0x00, 0x12, 0x00])
    }

    /// Doubles are eight bytes little-endian.
    @Test func double() {
        #expect(ThriftCompactEncoder.encode([ThriftField(1, .double(1))]) == [0x17, 0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0])
    }
}
