import ArgumentParsing
import HTTPServer
import SurveyWeb

extension ServeCommand {
    static let adminListen = CommandOption<String?>(
        "admin-listen", value: "address",
        help: """
            Serve /healthz and /metrics for monitoring here only: HOST:PORT such as 127.0.0.1:9090, \
            [IPV6]:PORT or unix:/path (default: not at all; never on the public listener)
            """)

    /// The admin listener's settings, or nil when `--admin-listen` is not given.
    /// - Throws: `ServeOptionError.adminListen` when the value is no address `--listen` would take.
    static func adminConfiguration(_ arguments: ParsedArguments) throws(ServeOptionError) -> ServerConfiguration? {
        guard let value = arguments[adminListen] else { return nil }
        guard let address = ListenAddress(value) else { throw .adminListen(value) }
        var configuration = ServerConfiguration()
        configuration.listen = [address]
        // A monitor scrapes every few seconds; its lines would drown the respondents' in the log.
        configuration.accessLog = .none
        configuration.maxConnections = 64
        configuration.workerCount = 1
        return configuration
    }

    /// Starts the admin listener with `/healthz` and `/metrics`.
    static func startOperatorServer(
        _ configuration: ServerConfiguration, application: WebApplication, server: ServerMetrics, store: StoreMetrics
    ) throws(ServerError) -> HTTPServer {
        let endpoints = OperatorEndpoints(application: application, server: server, store: store)
        let operatorServer = HTTPServer(configuration: configuration, router: endpoints.router)
        try operatorServer.start()
        return operatorServer
    }
}
