/// The symbols of DEFLATE's two alphabets (RFC 1951, 3.2.5): literals and lengths share one,
/// distances have their own; each symbol stands for a base value plus some extra bits.
enum DeflateAlphabet {
    /// The end-of-block symbol.
    static let endOfBlock = 256
    /// Literal/length symbols a block can use (286 and 287 are never used).
    static let literalLengthCount = 286
    static let distanceCount = 30

    /// Base match length of length symbols 257…285.
    static let lengthBases: [Int] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtraBits: [Int] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    static let distanceBases: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtraBits: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]

    /// The length symbol's index (0…28, add 257 for the symbol) of each match length 0…258.
    static let lengthIndex: [UInt8] = (0...258).map { length in
        UInt8(lengthBases.lastIndex { $0 <= max(length, 3) } ?? 0)
    }

    /// The distance symbol of a distance 1…32768.
    static func distanceSymbol(_ distance: Int) -> Int {
        // The symbols come in pairs per power of two: two per doubling of the distance from 4 on.
        guard distance > 4 else { return distance - 1 }
        let bits = Int.bitWidth - (distance - 1).leadingZeroBitCount // bits of distance - 1
        return 2 * (bits - 1) + ((distance - 1) >> (bits - 2) & 1)
    }

    /// The fixed codes of block type 1 (RFC 1951, 3.2.6).
    static let fixedLiteralLengthCode = HuffmanCode(
        lengths: (0..<288).map { symbol in
            switch symbol {
            case 0..<144: 8
            case 144..<256: 9
            case 256..<280: 7
            default: 8
            }
        })
    static let fixedDistanceCode = HuffmanCode(lengths: [UInt8](repeating: 5, count: distanceCount))
}
