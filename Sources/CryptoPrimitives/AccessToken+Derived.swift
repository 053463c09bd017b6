extension AccessToken {
    /// The fewest bytes that carry a token's 138.7 bits.
    public static let derivationByteCount = 18

    /// A token computed from secret bytes (e.g. an HMAC), so that whoever holds the secret can compute it again.
    ///
    /// The bytes are read as one big-endian number and written in base 31 with
    /// the token alphabet. 32 bytes of HMAC output give 256 bits, far more than
    /// the 138.7 bits of a token, so the remainder's bias is below 2⁻¹¹⁷.
    /// Returns nil for fewer than ``derivationByteCount`` bytes.
    public init?(derivedFrom bytes: [UInt8]) {
        guard bytes.count >= Self.derivationByteCount else { return nil }
        var number = bytes
        var symbols = [UInt8](repeating: 0, count: Self.symbolCount)
        let base = Self.alphabet.count
        for position in symbols.indices.reversed() {
            // Long division of the whole number by the alphabet's size, keeping the remainder.
            var remainder = 0
            for index in number.indices {
                let value = remainder << 8 | Int(number[index])
                number[index] = UInt8(value / base)
                remainder = value % base
            }
            symbols[position] = Self.alphabet[remainder]
        }
        self.init(typed: String(decoding: symbols, as: UTF8.self))
    }
}
