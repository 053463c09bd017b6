import HTTPServer

/// Calls a router straight, without sockets or parsing: `TestMode.router`.
///
/// Deferred and async handlers work too: the call waits for the responder.
/// Every field of `HTTPRequest` reaches the handler as given, so tests can
/// also play a trusted proxy's findings (`isSecure`, `peerAddress`).
public struct RouterTestClient: TestClient {
    private let router: Router

    /// Creates a client for `router`.
    public init(router: Router) {
        self.router = router
    }

    public var mode: TestMode { .router }

    /// Routes `request` and returns the response the handler produced.
    public func execute(_ request: HTTPRequest) async -> HTTPResponse {
        await withCheckedContinuation { continuation in
            router.handle(request, responder: Responder { continuation.resume(returning: $0) })
        }
    }
}
