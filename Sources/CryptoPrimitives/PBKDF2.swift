/// PBKDF2 with HMAC-SHA256 as the pseudo-random function (RFC 8018 §5.2).
public enum PBKDF2 {
    /// Derives `byteCount` bytes from `password` and `salt` with `iterations` rounds.
    ///
    /// - Precondition: `iterations` ≥ 1 and `byteCount` ≥ 1; these come from the
    ///   program's configuration, never from input.
    public static func deriveKey(
        password: [UInt8], salt: [UInt8], iterations: Int, byteCount: Int
    ) -> [UInt8] {
        precondition(iterations >= 1 && byteCount >= 1, "PBKDF2 needs at least one iteration and one byte")
        let prf = HMACSHA256(key: password)
        var derived = [UInt8]()
        derived.reserveCapacity(byteCount + SHA256.digestByteCount)
        var blockIndex: UInt32 = 1
        while derived.count < byteCount {
            var u = prf.authenticationCode(
                for: salt + [
                    UInt8(truncatingIfNeeded: blockIndex >> 24), UInt8(truncatingIfNeeded: blockIndex >> 16),
                    UInt8(truncatingIfNeeded: blockIndex >> 8), UInt8(truncatingIfNeeded: blockIndex),
                ])
            var block = u
            for _ in 1..<iterations {
                u = prf.authenticationCode(for: u)
                for index in block.indices {
                    block[index] ^= u[index]
                }
            }
            derived.append(contentsOf: block)
            blockIndex += 1
        }
        return Array(derived.prefix(byteCount))
    }
}
