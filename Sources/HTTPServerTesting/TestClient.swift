import HTTPServer

/// What a test talks to: a router in one mode or another (see `TestMode`).
///
/// Scenarios written against this protocol run unchanged with or without sockets.
public protocol TestClient: Sendable {
    /// The mode this client tests in.
    var mode: TestMode { get }

    /// Sends `request` and returns the response.
    ///
    /// In live mode only what a request line, header fields and a body can say
    /// reaches the server; the rest of `HTTPRequest` is the server's own finding.
    /// - Throws: `TestClientError` when no response came back, or when the
    ///   request asks for something the mode cannot express.
    func execute(_ request: HTTPRequest) async throws(TestClientError) -> HTTPResponse
}

extension TestClient {
    /// Sends a GET.
    public func get(_ target: String, headers: HTTPHeaders = [:]) async throws(TestClientError) -> HTTPResponse {
        try await execute(HTTPRequest(method: .get, target: target, headers: headers))
    }

    /// Sends a POST with a urlencoded form built from `form`.
    public func post(
        _ target: String, form: [(String, String)], headers: HTTPHeaders = [:]
    ) async throws(TestClientError) -> HTTPResponse {
        try await execute(.form(target, form, headers: headers))
    }
}

extension HTTPRequest {
    /// A POST of `fields` as `application/x-www-form-urlencoded`, as a browser sends a form.
    public static func form(
        _ target: String, _ fields: [(String, String)], headers: HTTPHeaders = [:],
        remoteAddress: String = "127.0.0.1"
    ) -> HTTPRequest {
        var headers = headers
        headers.set("Content-Type", "application/x-www-form-urlencoded")
        let body = fields.map { "\(URLEncodedForm.encode($0.0))=\(URLEncodedForm.encode($0.1))" }.joined(separator: "&")
        return HTTPRequest(
            method: .post, target: target, headers: headers, body: Array(body.utf8), remoteAddress: remoteAddress)
    }
}
