/// Parquet's RLE/bit-packed hybrid encoding of small unsigned integers: definition levels and
/// dictionary indices.
///
/// A run is either a repeated value (header `count << 1`, then the value in whole bytes) or groups
/// of eight bit-packed values (header `groups << 1 | 1`, then the values packed lowest bit first).
/// This writer makes runs of repeats where eight or more equal values follow each other and packs
/// everything in between, so long stretches of answered (or unanswered) cells cost a few bytes.
enum HybridEncoding {
    /// The encoded runs of `values`, each below `1 << bitWidth`; no length prefix.
    static func encode(_ values: [UInt32], bitWidth: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var start = 0
        var packedStart = 0
        while start < values.count {
            var end = start + 1
            while end < values.count && values[end] == values[start] { end += 1 }
            // A repeat run only pays where the packed stretch before it ends on a group boundary;
            // otherwise the packed stretch takes the repeats' first values to fill its last group.
            let alignedStart = packedStart + (start - packedStart + 7) / 8 * 8
            if end - alignedStart >= 8 {
                writePacked(values[packedStart..<alignedStart], bitWidth: bitWidth, into: &bytes)
                writeRepeat(values[alignedStart], count: end - alignedStart, bitWidth: bitWidth, into: &bytes)
                packedStart = end
            }
            start = end
        }
        writePacked(values[packedStart...], bitWidth: bitWidth, into: &bytes)
        return bytes
    }

    /// The smallest bit width that holds `maximum` (at least 1, which every reader accepts).
    static func bitWidth(forMaximum maximum: Int) -> Int {
        max(1, Int.bitWidth - maximum.leadingZeroBitCount)
    }

    private static func writeRepeat(_ value: UInt32, count: Int, bitWidth: Int, into bytes: inout [UInt8]) {
        ThriftCompactEncoder.writeVarint(UInt64(count) << 1, into: &bytes)
        for index in 0..<(bitWidth + 7) / 8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * index))) }
    }

    /// Packs `values` in groups of eight; the last group is padded with zeros, which readers ignore
    /// because the page header gives the number of values.
    private static func writePacked(_ values: ArraySlice<UInt32>, bitWidth: Int, into bytes: inout [UInt8]) {
        guard !values.isEmpty else { return }
        let groups = (values.count + 7) / 8
        ThriftCompactEncoder.writeVarint(UInt64(groups) << 1 | 1, into: &bytes)
        var buffer: UInt64 = 0
        var bufferedBits = 0
        for index in 0..<groups * 8 {
            let value = values.startIndex + index < values.endIndex ? values[values.startIndex + index] : 0
            buffer |= UInt64(value) << bufferedBits
            bufferedBits += bitWidth
            while bufferedBits >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                bufferedBits -= 8
            }
        }
    }
}
