/// A secret access token that a person types from a printed letter.
///
/// Tokens use an alphabet without look-alikes (no 0/O, 1/I/L), upper case,
/// in groups of four separated by hyphens, e.g. `K7QX-M2PA-…`. 28 symbols from
/// a 31-symbol alphabet carry 28 · log2(31) ≈ 138.7 bits, above the 128 bits
/// required. Typed tokens are normalised (case folded, spaces and hyphens
/// ignored) before comparison or hashing.
public struct AccessToken: Sendable, Hashable, CustomStringConvertible {
    /// The symbols a token may contain.
    public static let alphabet: [UInt8] = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ".utf8)
    /// Number of symbols in a token, separators excluded.
    public static let symbolCount = 28
    /// Symbols per group when written for people.
    public static let groupSize = 4

    /// The symbols without separators, upper case.
    public let symbols: String

    /// Creates a fresh token from the secure random source.
    public static func generate() -> AccessToken {
        var symbols = [UInt8]()
        symbols.reserveCapacity(symbolCount)
        // Rejection sampling keeps every symbol uniformly likely: 248 = 8 · 31.
        let limit = UInt8(256 / alphabet.count * alphabet.count)
        while symbols.count < symbolCount {
            for byte in SecureRandom.bytes(count: symbolCount) where byte < limit && symbols.count < symbolCount {
                symbols.append(alphabet[Int(byte) % alphabet.count])
            }
        }
        return AccessToken(validatedSymbols: String(decoding: symbols, as: UTF8.self))
    }

    /// Parses a token as a person typed it, or returns nil if it cannot be one.
    ///
    /// Lower case is accepted; spaces, hyphens and tabs are ignored.
    public init?(typed text: String) {
        var symbols = [UInt8]()
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: " "), UInt8(ascii: "\t"):
                continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                symbols.append(byte - 32)
            default:
                symbols.append(byte)
            }
            guard symbols.count <= Self.symbolCount, let last = symbols.last, Self.alphabet.contains(last) else {
                return nil
            }
        }
        guard symbols.count == Self.symbolCount else { return nil }
        self.init(validatedSymbols: String(decoding: symbols, as: UTF8.self))
    }

    private init(validatedSymbols: String) {
        symbols = validatedSymbols
    }

    /// The token in groups of four, as printed on invitations.
    public var description: String {
        var groups = [Substring]()
        var rest = Substring(symbols)
        while !rest.isEmpty {
            groups.append(rest.prefix(Self.groupSize))
            rest = rest.dropFirst(Self.groupSize)
        }
        return groups.joined(separator: "-")
    }

    /// The SHA-256 hash of the normalised symbols, in hex: the only form ever stored.
    public var hashHex: String {
        Hex.encode(SHA256.hash(symbols))
    }
}
