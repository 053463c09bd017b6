/// Why a query string or form body could not be decoded.
public enum FormDecodingError: Error, Equatable, Sendable {
    /// A `%` not followed by two hexadecimal digits, at this byte offset.
    case invalidPercentEncoding(offset: Int)
    /// The decoded bytes of a name or value are not valid UTF-8.
    case invalidUTF8(offset: Int)
    /// The body is not `application/x-www-form-urlencoded`.
    case unsupportedContentType
    /// A `multipart/form-data` body without its boundary, or with a part that is not closed by it.
    case malformedMultipart
}
