import HTTPServer

/// The two ways a test reaches a router, so one scenario can run both ways.
///
/// `router` is fast and shows what a handler answers; `live` also proves what
/// the server makes of it on the wire: parsing, framing, header lines,
/// several `Set-Cookie` fields. Use both where both matter, e.g.
/// `@Test(arguments: TestMode.allCases)`.
public enum TestMode: String, CaseIterable, Sendable, CustomStringConvertible {
    /// Requests go straight to the router: no sockets, no parsing.
    case router
    /// Requests go over loopback sockets to a real server on 127.0.0.1 and a free port.
    case live

    public var description: String { rawValue }

    /// A client for `router` in this mode.
    ///
    /// In live mode a server starts here and stops when the last copy of the
    /// client is gone, so browsers made from the client keep it running.
    /// - Parameter configure: changes to the live server's configuration (limits,
    ///   timeouts, trusted proxies); the router mode has no server to configure.
    /// - Throws: `ServerError` when the live server cannot start.
    public func client(
        for router: Router, configure: (inout ServerConfiguration) -> Void = { _ in }
    ) throws(ServerError) -> any TestClient {
        switch self {
        case .router:
            return RouterTestClient(router: router)
        case .live:
            var configuration = ServerConfiguration.loopbackTesting
            configure(&configuration)
            return LoopbackTestClient(server: try RunningTestServer(configuration: configuration, router: router))
        }
    }
}
