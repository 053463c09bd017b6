import Foundation
import HTTPServer

/// Sends requests over loopback sockets to a real server: `TestMode.live`.
///
/// Each request goes on a connection of its own, from the request's remote
/// address (any of 127.0.0.0/8 is a distinct client on Linux), so limits per
/// client see what they would see in production. The blocking socket work
/// runs on a thread of its own, never on the shared concurrency pool that
/// other tests need.
public struct LoopbackTestClient: TestClient {
    private let server: RunningTestServer

    init(server: RunningTestServer) {
        self.server = server
    }

    public var mode: TestMode { .live }

    /// The port of the live server.
    public var port: Int { server.port }

    public func execute(_ request: HTTPRequest) async throws(TestClientError) -> HTTPResponse {
        guard request.peerAddress == request.remoteAddress, !request.isSecure else {
            throw .connectionPropertiesNotOnTheWire
        }
        guard let source = Self.loopbackSource(request.remoteAddress) else {
            throw .remoteAddressNotOnLoopback(request.remoteAddress)
        }
        let port = server.port
        let wire = Self.wireBytes(of: request)
        let expectsBody = request.method != .head
        let outcome: Result<LiveTestClient.Response, LiveTestClient.Failure> = await withCheckedContinuation {
            continuation in
            Thread.detachNewThread {
                continuation.resume(
                    returning: Result { () throws(LiveTestClient.Failure) in
                        let connection = try LiveTestClient(port: port, from: source)
                        try connection.send(wire)
                        return try connection.readResponse(bodyExpected: expectsBody)
                    })
            }
        }
        switch outcome {
        case .success(let response):
            return HTTPResponse(
                status: HTTPStatus(code: response.status, reasonPhrase: response.reasonPhrase),
                headers: response.headers, body: response.body)
        case .failure(let failure):
            throw .transport(failure)
        }
    }

    /// The dotted IPv4 address to connect from, when `text` names one in 127.0.0.0/8.
    static func loopbackSource(_ text: String) -> String? {
        guard let address = IPAddress(text), address.isIPv4, address.network(prefixLength: 8) == IPAddress("127.0.0.0")
        else { return nil }
        return address.description
    }

    /// The request as a browser would write it: `Host` and, for a body or a
    /// POST, `Content-Length` unless the request brings its own.
    static func wireBytes(of request: HTTPRequest) -> [UInt8] {
        var head = "\(request.method.rawValue) \(request.path)\(request.query.map { "?" + $0 } ?? "") HTTP/1.1\r\n"
        if !request.headers.contains("Host") { head += "Host: localhost\r\n" }
        for (name, value) in request.headers { head += "\(name): \(value)\r\n" }
        if !request.headers.contains("Content-Length"), !request.body.isEmpty || request.method == .post {
            head += "Content-Length: \(request.body.count)\r\n"
        }
        return Array((head + "\r\n").utf8) + request.body
    }
}
