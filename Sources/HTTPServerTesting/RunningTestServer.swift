import HTTPServer

/// A live server that runs exactly as long as something refers to it.
///
/// Tests hand clients and browsers around freely; tying the server's life to
/// references means none of them can outlive it, and no test can forget to
/// stop it.
final class RunningTestServer: Sendable {
    let server: HTTPServer

    /// Starts a server for `router`.
    init(configuration: ServerConfiguration, router: Router) throws(ServerError) {
        server = HTTPServer(configuration: configuration, router: router)
        try server.start()
    }

    /// The port the server chose.
    var port: Int { server.port }

    deinit {
        server.shutdown(gracePeriod: .seconds(2))
    }
}
