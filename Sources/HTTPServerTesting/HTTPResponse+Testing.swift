import HTTPServer

extension HTTPResponse {
    /// The body as UTF-8 text, for expectations on pages.
    public var text: String { String(decoding: body, as: UTF8.self) }
    /// The `Location` field of a redirect.
    public var location: String? { headers["Location"] }
}
