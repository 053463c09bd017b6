/// A complete request as handlers see it: head, body, and what routing found.
public struct HTTPRequest: Sendable {
    /// The method.
    public var method: HTTPMethod
    /// The path of the target, still percent-encoded, without query or fragment.
    public var path: String
    /// The query after `?`, still encoded, or nil when the target has none.
    public var query: String?
    /// The header fields in order.
    public var headers: HTTPHeaders
    /// The body bytes (empty when there is none).
    public var body: [UInt8]
    /// The client's address as text, e.g. `192.0.2.1` or `2001:db8::1`: the
    /// socket peer, or, when the peer is a trusted proxy, the client it
    /// forwarded for (see `TrustedProxies.client(peer:headers:)`). Limits per
    /// client count its ``clientKey``.
    public var remoteAddress: String
    /// The socket peer's address as text: the proxy itself when there is one.
    public var peerAddress: String
    /// Whether the client reached us over HTTPS, which only a trusted proxy can
    /// tell (the server itself speaks plain HTTP); decides `Secure` cookies.
    public var isSecure: Bool
    /// Parameters bound by the route pattern (`/s/:survey` binds `survey`), percent-decoded.
    public var parameters: [String: String]
    /// What middleware found out about the request for the handler (such as who is signed in).
    public var context = TypedValues()

    /// Creates a request; the server and the test clients call this. Without
    /// `peerAddress`, the client is its own peer.
    public init(
        method: HTTPMethod, target: String, headers: HTTPHeaders = [:], body: [UInt8] = [],
        remoteAddress: String = "127.0.0.1", peerAddress: String? = nil, isSecure: Bool = false
    ) {
        self.method = method
        (self.path, self.query) = Self.split(target: target)
        self.headers = headers
        self.body = body
        self.remoteAddress = remoteAddress
        self.peerAddress = peerAddress ?? remoteAddress
        self.isSecure = isSecure
        self.parameters = [:]
    }

    /// Splits a target into path and query, dropping a fragment and an absolute-form prefix.
    ///
    /// Searches the UTF-8 bytes: every request comes through here, the marks looked for are ASCII,
    /// and the parser admits only ASCII targets, so no character needs grapheme breaking.
    static func split(target: String) -> (path: String, query: String?) {
        var rest = target.utf8[...]
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
        if rest.first != UInt8(ascii: "/"), let colon = rest.firstIndex(of: UInt8(ascii: ":")),
            rest[colon...].starts(with: "://".utf8)
        {
            let afterAuthority = rest[rest.index(colon, offsetBy: 3)...]
            let start = afterAuthority.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }
            rest = afterAuthority[(start ?? afterAuthority.endIndex)...]
        }
        guard let question = rest.firstIndex(of: UInt8(ascii: "?")) else {
            let path = String(decoding: rest, as: UTF8.self)
            return (rest.first != UInt8(ascii: "/") ? "/" + path : path, nil)
        }
        let path = rest[..<question]
        return (
            path.isEmpty ? "/" : String(decoding: path, as: UTF8.self),
            String(decoding: rest[rest.index(after: question)...], as: UTF8.self)
        )
    }
}
