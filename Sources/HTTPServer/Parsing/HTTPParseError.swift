/// Why the request parser refused the bytes it was given.
///
/// Every case maps to the status the server answers with before it closes the
/// connection; the parser never recovers from an error, because after a framing
/// error no later byte on the connection can be trusted.
public enum HTTPParseError: Error, Equatable, Sendable {
    /// The method is empty or contains a byte that is not a token character.
    case invalidMethod
    /// The request target is empty, contains a forbidden byte, or has an unusable form.
    case invalidTarget
    /// The version is not of the form `HTTP/<digit>.<digit>`.
    case invalidVersion
    /// A well-formed version other than HTTP/1.0 and HTTP/1.1.
    case unsupportedVersion
    /// A CR not followed by LF, or an LF not preceded by CR.
    case invalidLineEnding
    /// A field name that is empty or contains a byte that is not a token character.
    case invalidHeaderName
    /// Whitespace between a field name and its colon (a classic smuggling disguise).
    case whitespaceBeforeColon
    /// A field line starting with whitespace (obsolete line folding).
    case obsoleteLineFolding
    /// A field value with a control byte such as NUL.
    case invalidHeaderValue
    /// The request line exceeds the configured limit.
    case requestLineTooLong
    /// The header section exceeds the configured size limit.
    case headerSectionTooLarge
    /// The header section has more fields than the configured limit.
    case tooManyHeaderFields
    /// An HTTP/1.1 request without a `Host` field.
    case missingHost
    /// More than one `Host` field.
    case duplicateHost
    /// A `Content-Length` that is not a plain run of digits or overflows.
    case invalidContentLength
    /// More than one `Content-Length` field, or a list of lengths.
    case duplicateContentLength
    /// Both `Content-Length` and `Transfer-Encoding`.
    case contentLengthWithTransferEncoding
    /// A `Transfer-Encoding` that is malformed, repeated, or sent with HTTP/1.0.
    case invalidTransferEncoding
    /// A well-formed `Transfer-Encoding` naming a coding other than `chunked`.
    case unsupportedTransferCoding
    /// A chunk size that is not hexadecimal or overflows.
    case invalidChunkSize
    /// A chunk extension with a forbidden byte or beyond its length limit.
    case invalidChunkExtension
    /// Chunk data not followed by CRLF.
    case invalidChunkTerminator
    /// The body exceeds the limit in force for the request.
    case bodyTooLarge
    /// An `Expect` field other than `100-continue`.
    case unsupportedExpectation

    /// The status the server answers with.
    public var status: HTTPStatus {
        switch self {
        case .requestLineTooLong: .uriTooLong
        case .headerSectionTooLarge, .tooManyHeaderFields: .requestHeaderFieldsTooLarge
        case .unsupportedVersion: .httpVersionNotSupported
        case .unsupportedTransferCoding: .notImplemented
        case .bodyTooLarge: .contentTooLarge
        case .unsupportedExpectation: .expectationFailed
        default: .badRequest
        }
    }
}
