import CryptoPrimitives

/// Signs and checks cookie values and derives anti-forgery tokens with one server key.
///
/// A respondent's access (which survey, which response, which participant)
/// travels in a signed cookie rather than a server-side table: it survives a
/// restart of the server (the key is kept on disk), costs no lock per request,
/// and cannot be forged or altered without the key.
struct CookieSigner: Sendable {
    private let mac: HMACSHA256

    /// Creates a signer with a secret key of at least 32 bytes.
    init(key: [UInt8]) {
        precondition(key.count >= 32, "the signing key needs at least 32 bytes")
        mac = HMACSHA256(key: key)
    }

    /// `payload` followed by `~` and its signature; `payload` must consist of cookie-safe characters.
    ///
    /// - Parameter purpose: What the value is for (a cookie, a share link), so that one kind can never pass as another.
    func sign(_ payload: String, purpose: String = "cookie") -> String {
        payload + "~" + tag(payload, purpose: purpose)
    }

    /// The payload of a value made by ``sign(_:purpose:)`` for the same purpose, or nil if it was altered.
    func verify(_ signed: String, purpose: String = "cookie") -> String? {
        guard let separator = signed.lastIndex(of: "~") else { return nil }
        let payload = String(signed[..<separator])
        let given = Array(signed[signed.index(after: separator)...].utf8)
        let expected = Array(tag(payload, purpose: purpose).utf8)
        return ConstantTime.equals(given, expected) ? payload : nil
    }

    /// The anti-forgery token that belongs to a session value.
    func csrfToken(for session: String) -> String {
        tag(session, purpose: "csrf")
    }

    /// Whether `token` is the anti-forgery token of `session`, compared in constant time.
    func checkCSRF(_ token: String?, session: String) -> Bool {
        guard let token else { return false }
        return ConstantTime.equals(Array(token.utf8), Array(csrfToken(for: session).utf8))
    }

    /// A stable identifier derived from `message` with the key: 32 hex digits.
    func derivedIdentifier(_ message: String) -> String {
        tag(message, purpose: "id")
    }

    /// 128 bits of the HMAC of `purpose` and `message`, in hex.
    private func tag(_ message: String, purpose: String) -> String {
        Hex.encode(mac.authenticationCode(for: Array((purpose + ":" + message).utf8)).prefix(16))
    }
}
