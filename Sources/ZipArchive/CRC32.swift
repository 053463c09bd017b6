/// The CRC-32 of ZIP, gzip and PNG (polynomial 0xEDB88320, reflected, inverted before and after).
///
/// A table of 256 remainders turns the bitwise definition into one lookup
/// per byte; the checksum of `"123456789"` is `0xCBF43926`.
package struct CRC32: Sendable {
    private static let table: [UInt32] = (0..<256).map { byte in
        var remainder = UInt32(byte)
        for _ in 0..<8 {
            remainder = remainder & 1 == 1 ? 0xEDB8_8320 ^ (remainder >> 1) : remainder >> 1
        }
        return remainder
    }

    private var state: UInt32 = 0xFFFF_FFFF

    package init() {}

    /// Adds `bytes` to the checksum.
    package mutating func update(_ bytes: some Sequence<UInt8>) {
        var state = self.state
        Self.table.withUnsafeBufferPointer { table in
            for byte in bytes {
                state = table[Int((state ^ UInt32(byte)) & 0xFF)] ^ (state >> 8)
            }
        }
        self.state = state
    }

    /// The checksum of the bytes so far.
    package var value: UInt32 { ~state }

    /// The checksum of `bytes`.
    package static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }
}
