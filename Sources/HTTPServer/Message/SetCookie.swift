/// A cookie to set on the client, with the attributes a session cookie needs.
public struct SetCookie: Sendable, Equatable {
    /// Cross-site sending policy.
    public enum SameSite: String, Sendable {
        case strict = "Strict"
        case lax = "Lax"
        case none = "None"
    }

    public var name: String
    public var value: String
    public var path: String?
    public var domain: String?
    /// Lifetime in seconds; 0 deletes the cookie; nil makes it last for the browser session.
    public var maxAge: Int?
    public var httpOnly: Bool
    public var secure: Bool
    public var sameSite: SameSite?

    /// Creates a cookie with safe defaults: `HttpOnly`, `Secure`, `SameSite=Lax`, path `/`.
    ///
    /// `name` must be a token and `value` must not contain `;`, `,`, spaces,
    /// quotes, backslashes or controls; both are checked as programmer errors.
    public init(
        name: String, value: String, path: String? = "/", domain: String? = nil, maxAge: Int? = nil,
        httpOnly: Bool = true, secure: Bool = true, sameSite: SameSite? = .lax
    ) {
        precondition(
            !name.isEmpty && name.utf8.allSatisfy { ASCII.isTokenByte[Int($0)] }, "cookie name must be a token")
        precondition(value.utf8.allSatisfy(Self.isCookieOctet), "cookie value has a forbidden byte")
        self.name = name
        self.value = value
        self.path = path
        self.domain = domain
        self.maxAge = maxAge
        self.httpOnly = httpOnly
        self.secure = secure
        self.sameSite = sameSite
    }

    /// The `Set-Cookie` field value.
    public var headerValue: String {
        var result = "\(name)=\(value)"
        if let path { result += "; Path=\(path)" }
        if let domain { result += "; Domain=\(domain)" }
        if let maxAge { result += "; Max-Age=\(maxAge)" }
        if secure { result += "; Secure" }
        if httpOnly { result += "; HttpOnly" }
        if let sameSite { result += "; SameSite=\(sameSite.rawValue)" }
        return result
    }

    /// `cookie-octet` from RFC 6265 §4.1.1.
    static func isCookieOctet(_ byte: UInt8) -> Bool {
        byte == 0x21 || (0x23...0x2B).contains(byte) || (0x2D...0x3A).contains(byte)
            || (0x3C...0x5B).contains(byte) || (0x5D...0x7E).contains(byte)
    }
}
