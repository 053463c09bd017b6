import ArgumentParsing
import HTTPServer
import SurveyWeb

extension ServeCommand {
    /// The server settings that `survey serve`'s options ask for, checked before anything starts.
    /// - Throws: `ServeOptionError` naming the first option with a value the server cannot use.
    static func serverConfiguration(_ arguments: ParsedArguments) throws(ServeOptionError) -> ServerConfiguration {
        var configuration = ServerConfiguration()
        configuration.host = arguments.value("host") ?? "127.0.0.1"
        let port = arguments.value("port") ?? "8080"
        guard let portNumber = Int(port), (0...65535).contains(portNumber) else { throw .port(port) }
        configuration.port = portNumber
        var proxies: [AddressRange] = []
        for value in arguments.values("trusted-proxy") {
            guard let range = AddressRange(value) else { throw .trustedProxy(value) }
            proxies.append(range)
        }
        configuration.trustedProxies = TrustedProxies(proxies)
        if let value = arguments.value("max-connections-per-client") {
            guard let limit = Int(value), limit >= 1 else { throw .connectionsPerClient(value) }
            configuration.maxConnectionsPerClient = limit
        }
        // Personal and setup links carry secrets, which must never reach a log;
        // respondents' addresses are logged only as far as their network.
        configuration.accessLogPath = WebApplication.loggablePath
        configuration.accessLogAddress = WebApplication.loggableAddress
        return configuration
    }
}
