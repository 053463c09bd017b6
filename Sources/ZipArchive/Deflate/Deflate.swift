/// DEFLATE compression (RFC 1951): LZ77 matches, then per block whichever encoding is smallest:
/// stored, the fixed Huffman codes, or codes made for the block's own symbol frequencies.
package enum Deflate {
    /// Tokens per block: each block gets codes for its own stretch of the input.
    static let tokensPerBlock = 16384
    /// The most bytes one stored block holds (its length field has 16 bits).
    static let maximumStoredBlock = 65535

    /// The raw DEFLATE stream of `input` (no zlib or gzip wrapper, as ZIP wants it).
    package static func compress(_ input: [UInt8]) -> [UInt8] {
        var finder = MatchFinder(input)
        var writer = BitWriter()
        repeat {
            let (tokens, bytes) = finder.nextTokens(limit: tokensPerBlock)
            writeBlock(tokens, raw: input[bytes], isFinal: finder.isAtEnd, into: &writer)
        } while !finder.isAtEnd
        return writer.finish()
    }

    private static func writeBlock(
        _ tokens: [DeflateToken], raw: ArraySlice<UInt8>, isFinal: Bool, into writer: inout BitWriter
    ) {
        let symbols = SymbolCounts(tokens)
        let dynamic = DynamicCodes(symbols)
        let fixedBits =
            3 + DeflateAlphabet.fixedLiteralLengthCode.cost(of: symbols.literalLengths)
            + DeflateAlphabet.fixedDistanceCode.cost(of: symbols.distances) + symbols.extraBits
        let dynamicBits =
            3 + dynamic.headerBits + dynamic.literalLengthCode.cost(of: symbols.literalLengths)
            + dynamic.distanceCode.cost(of: symbols.distances) + symbols.extraBits
        let storedChunks = max(1, (raw.count + maximumStoredBlock - 1) / maximumStoredBlock)
        let storedBits = storedChunks * (3 + 7 + 32) + 8 * raw.count
        if storedBits < min(fixedBits, dynamicBits) {
            writeStored(raw, isFinal: isFinal, into: &writer)
        } else if fixedBits <= dynamicBits {
            writer.write(isFinal ? 1 : 0, bits: 1)
            writer.write(1, bits: 2)
            writeTokens(
                tokens, DeflateAlphabet.fixedLiteralLengthCode, DeflateAlphabet.fixedDistanceCode, into: &writer)
        } else {
            writer.write(isFinal ? 1 : 0, bits: 1)
            writer.write(2, bits: 2)
            dynamic.writeHeader(into: &writer)
            writeTokens(tokens, dynamic.literalLengthCode, dynamic.distanceCode, into: &writer)
        }
    }

    /// Stored blocks of at most 65,535 bytes each; only the last of them is final.
    private static func writeStored(_ raw: ArraySlice<UInt8>, isFinal: Bool, into writer: inout BitWriter) {
        var start = raw.startIndex
        repeat {
            let end = min(start + maximumStoredBlock, raw.endIndex)
            writer.write(isFinal && end == raw.endIndex ? 1 : 0, bits: 1)
            writer.write(0, bits: 2)
            writer.alignToByte()
            let length = UInt32(end - start)
            writer.write(length, bits: 16)
            writer.write(~length & 0xFFFF, bits: 16)
            writer.append(contentsOf: raw[start..<end])
            start = end
        } while start < raw.endIndex
    }

    private static func writeTokens(
        _ tokens: [DeflateToken], _ literalLengthCode: HuffmanCode, _ distanceCode: HuffmanCode,
        into writer: inout BitWriter
    ) {
        func put(_ symbol: Int, _ code: HuffmanCode) {
            writer.write(UInt32(code.reversedCodes[symbol]), bits: Int(code.lengths[symbol]))
        }
        for token in tokens {
            guard token.length > 0 else {
                put(Int(token.value), literalLengthCode)
                continue
            }
            let lengthIndex = Int(DeflateAlphabet.lengthIndex[Int(token.length)])
            put(257 + lengthIndex, literalLengthCode)
            writer.write(
                UInt32(Int(token.length) - DeflateAlphabet.lengthBases[lengthIndex]),
                bits: DeflateAlphabet.lengthExtraBits[lengthIndex])
            let distanceSymbol = DeflateAlphabet.distanceSymbol(Int(token.value))
            put(distanceSymbol, distanceCode)
            writer.write(
                UInt32(Int(token.value) - DeflateAlphabet.distanceBases[distanceSymbol]),
                bits: DeflateAlphabet.distanceExtraBits[distanceSymbol])
        }
        put(DeflateAlphabet.endOfBlock, literalLengthCode)
    }
}

/// How often a block uses each symbol, and how many extra bits its lengths and distances need.
struct SymbolCounts {
    var literalLengths = [Int](repeating: 0, count: DeflateAlphabet.literalLengthCount)
    var distances = [Int](repeating: 0, count: DeflateAlphabet.distanceCount)
    var extraBits = 0

    init(_ tokens: [DeflateToken]) {
        literalLengths[DeflateAlphabet.endOfBlock] = 1
        for token in tokens {
            guard token.length > 0 else {
                literalLengths[Int(token.value)] += 1
                continue
            }
            let lengthIndex = Int(DeflateAlphabet.lengthIndex[Int(token.length)])
            literalLengths[257 + lengthIndex] += 1
            let distanceSymbol = DeflateAlphabet.distanceSymbol(Int(token.value))
            distances[distanceSymbol] += 1
            extraBits +=
                DeflateAlphabet.lengthExtraBits[lengthIndex] + DeflateAlphabet.distanceExtraBits[distanceSymbol]
        }
    }
}
