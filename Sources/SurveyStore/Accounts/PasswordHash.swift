import CryptoPrimitives

/// A password stored as `pbkdf2-sha256$<iterations>$<salt hex>$<key hex>`.
///
/// The rounds are part of the stored form, so they can be raised for new
/// passwords without invalidating old ones; a hash with fewer rounds than
/// ``defaultIterations`` is replaced when its owner next signs in.
public struct PasswordHash: Sendable, Equatable {
    /// Rounds for new hashes: OWASP's 2023 figure for PBKDF2-HMAC-SHA256, under a second in a release build.
    public static let defaultIterations = 600_000
    /// The rounds this hash was made with.
    public let iterations: Int
    /// The per-password random salt.
    public let salt: [UInt8]
    let key: [UInt8]

    /// Hashes a new password with a fresh salt.
    public init(password: String, iterations: Int = PasswordHash.defaultIterations) {
        precondition(iterations >= 1, "PBKDF2 needs at least one round")
        self.iterations = iterations
        salt = SecureRandom.bytes(count: 16)
        key = PBKDF2.deriveKey(password: Array(password.utf8), salt: salt, iterations: iterations, byteCount: 32)
    }

    /// Reads the stored form; nil for anything else (a damaged file never lets anyone in).
    public init?(stored: String) {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let iterations = Int(parts[1]),
            (1...10_000_000).contains(iterations), let salt = Hex.decode(String(parts[2])),
            let key = Hex.decode(String(parts[3])), !salt.isEmpty, key.count == 32
        else { return nil }
        self.iterations = iterations
        self.salt = salt
        self.key = key
    }

    /// The stored form.
    public var stored: String {
        "pbkdf2-sha256$\(iterations)$\(Hex.encode(salt))$\(Hex.encode(key))"
    }

    /// Whether `password` is the one hashed, compared in constant time.
    public func matches(_ password: String) -> Bool {
        let derived = PBKDF2.deriveKey(
            password: Array(password.utf8), salt: salt, iterations: iterations, byteCount: key.count)
        return ConstantTime.equals(derived, key)
    }

    /// Whether the hash has fewer rounds than `minimum`, so it should be made again from the password.
    public func isWeaker(than minimum: Int = PasswordHash.defaultIterations) -> Bool { iterations < minimum }
}

extension PasswordHash: CustomStringConvertible, CustomDebugStringConvertible {
    /// The parameters only: a hash printed in a message or a test failure never shows its salt or key.
    public var description: String { "pbkdf2-sha256 (\(iterations) rounds)" }
    public var debugDescription: String { description }
}
