/// HMAC with SHA-256 (RFC 2104), keyed once and reusable for many messages.
public struct HMACSHA256: Sendable {
    /// Hash state after absorbing `key ⊕ ipad`; copied for every message.
    private let innerStart: SHA256
    /// Hash state after absorbing `key ⊕ opad`.
    private let outerStart: SHA256

    /// Prepares the keyed states; keys longer than a block are hashed first, as the RFC says.
    public init(key: [UInt8]) {
        var block = key.count > SHA256.blockByteCount ? SHA256.hash(key) : key
        block.append(contentsOf: repeatElement(0, count: SHA256.blockByteCount - block.count))
        var inner = SHA256()
        inner.update(block.map { $0 ^ 0x36 })
        var outer = SHA256()
        outer.update(block.map { $0 ^ 0x5c })
        innerStart = inner
        outerStart = outer
    }

    /// Returns the 32-byte authentication code of `message`.
    public func authenticationCode(for message: [UInt8]) -> [UInt8] {
        var inner = innerStart
        inner.update(message)
        var outer = outerStart
        outer.update(inner.finalize())
        return outer.finalize()
    }

    /// Returns the authentication code of `message` under `key` in one call.
    public static func authenticationCode(for message: [UInt8], key: [UInt8]) -> [UInt8] {
        HMACSHA256(key: key).authenticationCode(for: message)
    }
}
