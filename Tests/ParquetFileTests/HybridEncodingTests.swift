import Testing

@testable import ParquetFile

/// The RLE/bit-packed hybrid, with runs computed by hand.
struct HybridEncodingTests {
    /// Ten equal values: one repeat run, header 10 << 1 = 0x14, value in one byte.
    @Test func repeatRun() {
        #expect(HybridEncoding.encode(Array(repeating: 1, count: 10), bitWidth: 1) == [0x14, 0x01])
    }

    /// Mixed values: one group of eight bit-packed values (header 1 << 1 | 1), lowest bit first.
    @Test func bitPackedGroup() {
        #expect(HybridEncoding.encode([1, 0, 1], bitWidth: 1) == [0x03, 0x05])
    }

    /// The example of the format's Encodings.md: 0…7 with bit width 3 pack into 0x88 0xC6 0xFA.
    @Test func specificationExample() {
        #expect(HybridEncoding.encode(Array(0...7), bitWidth: 3) == [0x03, 0x88, 0xC6, 0xFA])
    }

    /// Repeats too short after the last whole group stay packed; eight or more past it become a run.
    @Test func packedThenRepeat() {
        let short: [UInt32] = [0, 0, 0] + Array(repeating: 1, count: 10)
        #expect(HybridEncoding.encode(short, bitWidth: 1) == [0x05, 0xF8, 0x1F])
        let long: [UInt32] = [0, 0, 0] + Array(repeating: 1, count: 13)
        #expect(HybridEncoding.encode(long, bitWidth: 1) == [0x03, 0xF8, 0x10, 0x01])
    }

    @Test func bitWidths() {
        #expect(HybridEncoding.bitWidth(forMaximum: 0) == 1)
        #expect(HybridEncoding.bitWidth(forMaximum: 1) == 1)
        #expect(HybridEncoding.bitWidth(forMaximum: 2) == 2)
        #expect(HybridEncoding.bitWidth(forMaximum: 255) == 8)
        #expect(HybridEncoding.bitWidth(forMaximum: 256) == 9)
    }
}
