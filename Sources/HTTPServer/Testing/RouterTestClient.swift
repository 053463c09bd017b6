/// Calls a router straight, without sockets or parsing, for fast handler tests.
///
/// Deferred and async handlers work too: the call waits for the responder.
public struct RouterTestClient: Sendable {
    private let router: Router

    /// Creates a client for `router`.
    public init(router: Router) {
        self.router = router
    }

    /// Routes `request` and returns the response the handler produced.
    public func execute(_ request: HTTPRequest) async -> HTTPResponse {
        await withCheckedContinuation { continuation in
            router.handle(request, responder: Responder { continuation.resume(returning: $0) })
        }
    }

    /// Sends a GET.
    public func get(_ target: String, headers: HTTPHeaders = [:]) async -> HTTPResponse {
        await execute(HTTPRequest(method: .get, target: target, headers: headers))
    }

    /// Sends a POST with a urlencoded form built from `form`.
    public func post(_ target: String, form: [(String, String)], headers: HTTPHeaders = [:]) async -> HTTPResponse {
        var headers = headers
        headers.set("Content-Type", "application/x-www-form-urlencoded")
        let body = form.map { "\(URLEncodedForm.encode($0.0))=\(URLEncodedForm.encode($0.1))" }.joined(separator: "&")
        return await execute(HTTPRequest(method: .post, target: target, headers: headers, body: Array(body.utf8)))
    }
}
