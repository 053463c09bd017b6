import ArgumentParsing
import HTTPServer
import SurveyWeb

extension ServeCommand {
    static let adminListen = CommandOption<String?>(
        "admin-listen", value: "host:port",
        help: """
            Serve /healthz and /metrics for monitoring on this address only, such as 127.0.0.1:9090 or \
            [::1]:9090 (default: not at all; never on the public address)
            """)

    /// The admin listener's settings, or nil when `--admin-listen` is not given.
    /// - Throws: `ServeOptionError.adminListen` when the value is not `HOST:PORT` or `[IPv6]:PORT`.
    static func adminConfiguration(_ arguments: ParsedArguments) throws(ServeOptionError) -> ServerConfiguration? {
        guard let value = arguments[adminListen] else { return nil }
        guard let (host, port) = hostAndPort(value) else { throw .adminListen(value) }
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        // A monitor scrapes every few seconds; its lines would drown the respondents' in the log.
        configuration.accessLog = .none
        configuration.maxConnections = 64
        configuration.workerCount = 1
        return configuration
    }

    /// Splits `HOST:PORT` or `[IPv6]:PORT`; the host must be an IP address literal, as for `--host`.
    static func hostAndPort(_ value: String) -> (host: String, port: Int)? {
        guard let colon = value.lastIndex(of: ":") else { return nil }
        var host = String(value[..<colon])
        guard let port = Int(value[value.index(after: colon)...]), (0...65535).contains(port) else { return nil }
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = String(host.dropFirst().dropLast())
            guard host.contains(":") else { return nil }
        } else if host.contains(":") {
            return nil
        }
        guard IPAddress(host) != nil else { return nil }
        return (host, port)
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
