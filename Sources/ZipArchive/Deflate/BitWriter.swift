/// Packs bit fields into bytes the way DEFLATE orders them: each field's least significant bit first,
/// fields filling each byte from its least significant bit up (RFC 1951, section 3.1.1).
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var bufferedBits = 0

    /// Appends the `count` low bits of `value` (at most 32).
    mutating func write(_ value: UInt32, bits count: Int) {
        buffer |= UInt64(value & UInt32(truncatingIfNeeded: (UInt64(1) << count) - 1)) << bufferedBits
        bufferedBits += count
        while bufferedBits >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            bufferedBits -= 8
        }
    }

    /// Pads the last byte with zero bits, as a stored block's length fields require.
    mutating func alignToByte() {
        if bufferedBits > 0 { write(0, bits: 8 - bufferedBits) }
    }

    /// Appends whole bytes; the writer must be at a byte boundary.
    mutating func append(contentsOf raw: ArraySlice<UInt8>) {
        precondition(bufferedBits == 0, "raw bytes need a byte boundary")
        bytes.append(contentsOf: raw)
    }

    /// The bytes written, the last one padded with zero bits.
    mutating func finish() -> [UInt8] {
        alignToByte()
        return bytes
    }
}
