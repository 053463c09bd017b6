/// The codes of a block with dynamic Huffman codes (block type 2) and the header that describes them
/// (RFC 1951, 3.2.7): the code lengths, run-length encoded, in a third code of their own.
struct DynamicCodes {
    let literalLengthCode: HuffmanCode
    let distanceCode: HuffmanCode
    /// The order in which the header lists the lengths of the code-length code.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    /// Extra bits after code-length symbols 16 (repeat the last length), 17 and 18 (runs of zeros).
    private static let codeLengthExtraBits: [Int: Int] = [16: 2, 17: 3, 18: 7]

    private let codeLengthCode: HuffmanCode
    /// The code lengths of both codes as code-length symbols, each with its extra bits' value.
    private let runs: [(symbol: Int, extra: UInt32)]
    private let literalLengthsSent: Int
    private let distancesSent: Int
    private let codeLengthsSent: Int

    init(_ symbols: SymbolCounts) {
        literalLengthCode = HuffmanCode(frequencies: symbols.literalLengths, limit: 15)
        distanceCode = HuffmanCode(frequencies: symbols.distances, limit: 15)
        literalLengthsSent = max(257, (literalLengthCode.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        distancesSent = max(1, (distanceCode.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
        runs = Self.runLengths(
            Array(literalLengthCode.lengths.prefix(literalLengthsSent) + distanceCode.lengths.prefix(distancesSent)))
        var frequencies = [Int](repeating: 0, count: 19)
        for run in runs { frequencies[run.symbol] += 1 }
        let codeLengthCode = HuffmanCode(frequencies: frequencies, limit: 7)
        self.codeLengthCode = codeLengthCode
        codeLengthsSent = max(4, (Self.codeLengthOrder.lastIndex { codeLengthCode.lengths[$0] > 0 } ?? 0) + 1)
    }

    /// The size of the header in bits, after the three bits every block starts with.
    var headerBits: Int {
        5 + 5 + 4 + 3 * codeLengthsSent
            + runs.reduce(0) {
                $0 + Int(codeLengthCode.lengths[$1.symbol]) + (Self.codeLengthExtraBits[$1.symbol] ?? 0)
            }
    }

    func writeHeader(into writer: inout BitWriter) {
        writer.write(UInt32(literalLengthsSent - 257), bits: 5)
        writer.write(UInt32(distancesSent - 1), bits: 5)
        writer.write(UInt32(codeLengthsSent - 4), bits: 4)
        for symbol in Self.codeLengthOrder.prefix(codeLengthsSent) {
            writer.write(UInt32(codeLengthCode.lengths[symbol]), bits: 3)
        }
        for run in runs {
            writer.write(
                UInt32(codeLengthCode.reversedCodes[run.symbol]), bits: Int(codeLengthCode.lengths[run.symbol]))
            if let extraBits = Self.codeLengthExtraBits[run.symbol] { writer.write(run.extra, bits: extraBits) }
        }
    }

    /// Code lengths as symbols 0…15, with 16 for 3–6 repeats of the previous length and 17 and 18 for
    /// 3–10 and 11–138 zeros. Runs cross from the literal/length lengths into the distance lengths,
    /// which the format allows.
    private static func runLengths(_ lengths: [UInt8]) -> [(symbol: Int, extra: UInt32)] {
        var runs: [(symbol: Int, extra: UInt32)] = []
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var count = 1
            while index + count < lengths.count, lengths[index + count] == length { count += 1 }
            index += count
            var left = count
            if length == 0 {
                while left >= 11 {
                    let taken = min(left, 138)
                    runs.append((18, UInt32(taken - 11)))
                    left -= taken
                }
                if left >= 3 {
                    runs.append((17, UInt32(left - 3)))
                    left = 0
                }
            } else {
                runs.append((Int(length), 0))
                left -= 1
                while left >= 3 {
                    let taken = min(left, 6)
                    runs.append((16, UInt32(taken - 3)))
                    left -= taken
                }
            }
            runs += repeatElement((symbol: Int(length), extra: UInt32(0)), count: left)
        }
        return runs
    }
}
