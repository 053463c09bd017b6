/// The request line and header section of one request, validated.
public struct HTTPRequestHead: Sendable, Equatable {
    /// How the body of a request is framed.
    public enum BodyFraming: Sendable, Equatable {
        /// No body follows the head.
        case none
        /// Exactly this many bytes follow.
        case length(Int)
        /// Chunked transfer coding.
        case chunked
    }

    /// The method token, case-sensitive as RFC 9110 requires.
    public var method: String
    /// The request target as sent (origin form, absolute form or `*`).
    public var target: String
    /// The minor version: 0 for HTTP/1.0, 1 for HTTP/1.1.
    public var minorVersion: Int
    /// The header fields in order.
    public var headers: HTTPHeaders
    /// Whether the connection may carry another request after this one.
    public var keepAlive: Bool
    /// Whether the client waits for `100 Continue` before sending the body.
    public var expectsContinue: Bool
    /// How the body is framed.
    public var bodyFraming: BodyFraming
}
