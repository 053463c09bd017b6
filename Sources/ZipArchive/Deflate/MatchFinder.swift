/// One step of LZ77 parsing: a literal byte, or a copy of earlier bytes.
struct DeflateToken {
    /// The match length (3…258), or 0 for a literal.
    let length: UInt16
    /// The literal byte, or the match's distance back (1…32768).
    let value: UInt16

    static func literal(_ byte: UInt8) -> DeflateToken { DeflateToken(length: 0, value: UInt16(byte)) }
}

/// Finds repeated strings in the 32 KiB window DEFLATE allows, through hash chains.
///
/// Every position is hashed by its next three bytes; positions with the same hash are chained,
/// newest first. A search follows at most ``maximumChain`` links and compares at most 258 bytes per
/// link, so the cost per input byte is bounded and compression takes linear time even for input
/// that repeats one byte for megabytes.
///
/// Matching is lazy, as in zlib: before a match shorter than ``lazyLimit`` is taken, the next
/// position is searched too, and when it has a longer match the first byte goes out as a literal.
struct MatchFinder {
    static let windowSize = 32768
    static let minimumMatch = 3
    static let maximumMatch = 258
    /// How many earlier positions one search looks at: zlib's default level looks at 128, its fast
    /// levels at 4 to 32; the workbooks written here repeat themselves within a few rows.
    static let maximumChain = 48
    /// Matches at least this long are taken at once (zlib's default level stops looking at 32).
    static let lazyLimit = 32
    private static let hashBits = 15

    private let input: [UInt8]
    private(set) var position = 0
    /// The newest position of each hash, or -1.
    private var head = [Int32](repeating: -1, count: 1 << hashBits)
    /// For each position in the window (modulo its size), the previous position with the same hash, or -1.
    private var previous = [Int32](repeating: -1, count: windowSize)

    init(_ input: [UInt8]) { self.input = input }

    var isAtEnd: Bool { position >= input.count }

    /// The tokens for the next bytes, at most `limit` of them, and the bytes they stand for.
    mutating func nextTokens(limit: Int) -> (tokens: [DeflateToken], bytes: Range<Int>) {
        let start = position
        var tokens: [DeflateToken] = []
        tokens.reserveCapacity(min(limit, input.count - start))
        var match = longestMatch(at: position)
        while position < input.count, tokens.count < limit {
            insert(position)
            if match.length >= Self.minimumMatch {
                let next = match.length < Self.lazyLimit ? longestMatch(at: position + 1) : (length: 0, distance: 0)
                if next.length > match.length {
                    tokens.append(.literal(input[position]))
                    position += 1
                    match = next
                    continue
                }
                tokens.append(DeflateToken(length: UInt16(match.length), value: UInt16(match.distance)))
                for matched in position + 1..<position + match.length { insert(matched) }
                position += match.length
            } else {
                tokens.append(.literal(input[position]))
                position += 1
            }
            match = longestMatch(at: position)
        }
        return (tokens, start..<position)
    }

    private func hash(_ index: Int) -> Int {
        (Int(input[index]) << 10 ^ Int(input[index + 1]) << 5 ^ Int(input[index + 2])) & (1 << Self.hashBits - 1)
    }

    private mutating func insert(_ index: Int) {
        guard index + 2 < input.count else { return }
        let hash = hash(index)
        previous[index & (Self.windowSize - 1)] = head[hash]
        head[hash] = Int32(index)
    }

    /// The longest earlier copy of the bytes at `position` (the nearest among equals); length 0 if none.
    private func longestMatch(at position: Int) -> (length: Int, distance: Int) {
        guard position + 2 < input.count else { return (0, 0) }
        let limit = min(Self.maximumMatch, input.count - position)
        var best = (length: 0, distance: 0)
        var candidate = Int(head[hash(position)])
        var links = Self.maximumChain
        while candidate >= 0, position - candidate <= Self.windowSize, links > 0 {
            // A longer match must at least agree at the byte after the best one so far.
            if input[candidate + best.length] == input[position + best.length] {
                var length = 0
                while length < limit, input[candidate + length] == input[position + length] { length += 1 }
                if length > best.length {
                    best = (length, position - candidate)
                    if length == limit { break }
                }
            }
            let next = Int(previous[candidate & (Self.windowSize - 1)])
            guard next < candidate else { break }
            candidate = next
            links -= 1
        }
        return best
    }
}
