import HTTPServer

extension ServerConfiguration {
    /// A server for one test: 127.0.0.1, a free port (see `HTTPServer.port`),
    /// no access log to clutter the test output, and two workers, enough to
    /// show concurrency without crowding a small machine.
    public static var loopbackTesting: ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.host = "127.0.0.1"
        configuration.port = 0
        configuration.accessLog = .none
        configuration.workerCount = 2
        return configuration
    }
}
