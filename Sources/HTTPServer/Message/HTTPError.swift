/// An error a handler throws to answer with a status instead of a page.
///
/// Only the status and the public message reach the client; anything else a
/// handler throws becomes a bare 500, so internals never leak.
public struct HTTPError: Error, Sendable, Equatable {
    /// The status to answer with.
    public var status: HTTPStatus
    /// Text safe to show the client; nil shows the reason phrase.
    public var publicMessage: String?

    /// Creates an error with a status and an optional message for the client.
    public init(_ status: HTTPStatus, publicMessage: String? = nil) {
        self.status = status
        self.publicMessage = publicMessage
    }
}
